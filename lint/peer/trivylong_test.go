package peer

import (
	"slices"
	"testing"
)

// trivy's own long IDs (its service spelling, its short code) name the same
// checks as tfsec's spelling and the AVD ID.
func TestTrivyLongIDs(t *testing.T) {
	tab := Default()
	for trivyLong, avd := range map[string]string{
		"aws-apigateway-enable-access-logging":    "AVD-AWS-0001",
		"aws-elasticsearch-enable-domain-logging": "AVD-AWS-0042",
		"aws-elasticsearch-use-secure-tls-policy": "AVD-AWS-0126",
		"aws-s3-enable-logging":                   "AVD-AWS-0089",
		"AWS-APIGATEWAY-ENABLE-TRACING":           "AVD-AWS-0003",
	} {
		e, want := tab.LookupFor(Trivy, trivyLong), tab.Lookup(avd)
		if e == nil || want == nil {
			t.Errorf("%s: %v, %s: %v", trivyLong, e, avd, want)
			continue
		}
		if !slices.Equal(e.Ours, want.Ours) {
			t.Errorf("%s maps to %v, %s to %v", trivyLong, e.Ours, avd, want.Ours)
		}
	}
	// One with no counterpart of ours says so, as its AVD row does.
	if e := tab.Lookup("aws-apigateway-enable-cache"); e == nil || len(e.Ours) != 0 || e.Note == "" {
		t.Errorf("aws-apigateway-enable-cache: %+v", e)
	}
	if ids := tab.PeerIDs("aws-s3-enable-access-logging"); !slices.Contains(ids, "aws-s3-enable-logging") {
		t.Errorf("peer IDs of aws-s3-enable-access-logging: %v", ids)
	}
}

// checkov IDs added after the policy index the table was first built from:
// mapped ones resolve to our check, the others say why there is none.
func TestNewerCheckovIDs(t *testing.T) {
	tab := Default()
	for id, ours := range map[string]string{
		"CKV_AWS_375": "aws-s3-no-public-acl", "CKV_AZURE_234": "azure-defender-plan-standard",
		"CKV_GCP_112": "google-iam-no-public-members", "CKV_GCP_114": "google-iam-no-basic-roles",
		"CKV_AWS_373": "", "CKV_AWS_376": "", "CKV_GCP_118": "",
	} {
		e := tab.LookupFor(Checkov, id)
		switch {
		case e == nil:
			t.Errorf("%s: not in the table", id)
		case ours == "" && (len(e.Ours) != 0 || e.Note == ""):
			t.Errorf("%s: %v %q, want none with a note", id, e.Ours, e.Note)
		case ours != "" && !slices.Equal(e.Ours, []string{ours}):
			t.Errorf("%s: %v, want %s", id, e.Ours, ours)
		}
	}
}
