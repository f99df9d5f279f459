package google_test

import (
	"testing"

	"github.com/tenantlint/tenantlint/checks/google/iam"
	"github.com/tenantlint/tenantlint/checks/google/storage"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/linttest"
	"github.com/tenantlint/tenantlint/lint/load"
)

// TestSeverities holds the checks whose findings raise or lower their
// severity to it, over their fixtures: the severity of every finding, by
// resource address.
func TestSeverities(t *testing.T) {
	for _, tc := range []struct {
		check *lint.Check
		want  map[string]lint.Severity
	}{
		// Critical where data or keys are exposed, medium for invokers of
		// Cloud Run and Cloud Functions, high elsewhere.
		{iam.NoPublicMembers, map[string]lint.Severity{
			"google_secret_manager_secret_iam_member.public":                    lint.Critical,
			"google_bigquery_dataset_iam_binding.readers":                       lint.Critical,
			"google_kms_crypto_key_iam_member.by_id":                            lint.Critical,
			"data.google_iam_policy.topic":                                      lint.Critical,
			"google_cloud_run_v2_service_iam_member.site":                       lint.Medium,
			"google_service_account_iam_member.impersonate":                     lint.High,
			"module.public_secret.google_secret_manager_secret_iam_member.this": lint.Critical,
		}},
		// Public write or owner access is critical, read high.
		{storage.NoPublicACL, map[string]lint.Severity{
			"google_storage_bucket_acl.predefined":                 lint.High,
			"google_storage_bucket_acl.entities":                   lint.High,
			"google_storage_bucket_access_control.writer":          lint.Critical,
			"google_storage_default_object_acl.objects":            lint.High,
			"google_storage_default_object_access_control.objects": lint.High,
			"google_storage_object_acl.report":                     lint.Critical,
			"module.public.google_storage_bucket_acl.this":         lint.Critical,
		}},
	} {
		t.Run(tc.check.ID, func(t *testing.T) {
			out := linttest.Run(t, "../../fixtures/checks/"+tc.check.ID, []*lint.Check{tc.check}, load.Options{})
			got := map[string]lint.Severity{}
			for _, f := range out.Findings {
				got[f.Address] = f.Severity
			}
			for addr, sev := range tc.want {
				if got[addr] != sev {
					t.Errorf("%s: severity %q, want %q", addr, got[addr], sev)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("findings on %v", got)
			}
		})
	}
}
