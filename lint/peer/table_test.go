package peer_test

import (
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint/peer"
)

func TestTableResolves(t *testing.T) {
	if err := peer.LoadError(); err != nil {
		t.Fatal(err)
	}
	tab := peer.Default()
	var avd, long, ckv, mapped int
	for _, e := range tab.Entries {
		for _, id := range e.Ours {
			if checks.ByID(id) == nil {
				t.Errorf("%v maps to %q, which is not a registered check", e.IDs(), id)
			}
		}
		if len(e.Ours) > 0 {
			mapped++
		}
		for _, id := range e.IDs() {
			if got := tab.Lookup(id); got != e {
				t.Errorf("Lookup(%q) does not find its own entry", id)
			}
		}
		if e.AVD != "" {
			avd++
			if tab.Lookup(strings.TrimPrefix(e.AVD, "AVD-")) != e || tab.Lookup(strings.ToLower(e.AVD)) != e {
				t.Errorf("%s: short or lower-case form not found", e.AVD)
			}
		}
		if e.Long != "" {
			long++
		}
		if e.Checkov != "" {
			ckv++
		}
	}
	// Breadth: a migration path, not a sample.
	if avd < 150 || long < 230 || ckv < 400 || mapped < 400 {
		t.Errorf("table too small: %d AVD, %d long, %d checkov IDs, %d mapped", avd, long, ckv, mapped)
	}
	for _, provider := range []string{"aws-", "azure-", "google-"} {
		n := 0
		for _, c := range checks.All {
			if strings.HasPrefix(c.ID, provider) && len(tab.PeerIDs(c.ID)) > 0 {
				n++
			}
		}
		if n < 40 {
			t.Errorf("only %d %s checks have peer IDs", n, provider)
		}
	}
}

func TestParseTablesRejects(t *testing.T) {
	for name, c := range map[string]struct{ trivy, checkov string }{
		"bad AVD":        {"AVD-AWS-88\taws-x-y\taws-s3-encrypt-buckets\t\n", ""},
		"bad long":       {"AVD-AWS-0088\tAws_X\taws-s3-encrypt-buckets\t\n", ""},
		"dup AVD":        {"AVD-AWS-0088\taws-a-b\tx\t\nAVD-AWS-0088\taws-c-d\tx\t\n", ""},
		"dup long":       {"AVD-AWS-0088\taws-a-b\tx\t\nAVD-AWS-0089\taws-a-b\tx\t\n", ""},
		"no note":        {"AVD-AWS-0088\taws-a-b\t-\t\n", ""},
		"fields":         {"AVD-AWS-0088\taws-a-b\n", ""},
		"bad checkov":    {"", "CKV-AWS-1\tx\t\n"},
		"dup checkov":    {"", "CKV_AWS_1\tx\t\nCKV_AWS_1\ty\t\n"},
		"unmapped quiet": {"", "CKV_AWS_1\t-\t\n"},
	} {
		if _, err := peer.ParseTables([]byte(c.trivy), []byte(c.checkov)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestLookupFor(t *testing.T) {
	tab := peer.Default()
	if tab.LookupFor(peer.Checkov, "AVD-AWS-0088") != nil || tab.LookupFor(peer.Trivy, "CKV_AWS_19") != nil {
		t.Error("a tool reads another tool's IDs")
	}
	if e := tab.LookupFor(peer.Tfsec, "aws-s3-enable-bucket-encryption"); e == nil || e.AVD != "AVD-AWS-0088" {
		t.Errorf("long ID: %+v", e)
	}
	if e := tab.LookupFor(peer.Checkov, "ckv_aws_19"); e == nil || e.Ours[0] != "aws-s3-encrypt-buckets" {
		t.Errorf("checkov: %+v", e)
	}
}
