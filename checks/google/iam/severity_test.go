package iam

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/linttest"
	"github.com/tenantlint/tenantlint/lint/load"
)

// TestPublicMemberSeverity: critical where data or keys are exposed, medium
// for invokers of Cloud Run and Cloud Functions, high elsewhere.
func TestPublicMemberSeverity(t *testing.T) {
	out := linttest.Run(t, "../../../fixtures/checks/google-iam-no-public-members", []*lint.Check{NoPublicMembers}, load.Options{})
	want := map[string]lint.Severity{
		"google_secret_manager_secret_iam_member.public":                    lint.Critical,
		"google_bigquery_dataset_iam_binding.readers":                       lint.Critical,
		"google_kms_crypto_key_iam_member.by_id":                            lint.Critical,
		"data.google_iam_policy.topic":                                      lint.Critical,
		"google_cloud_run_v2_service_iam_member.site":                       lint.Medium,
		"google_service_account_iam_member.impersonate":                     lint.High,
		"module.public_secret.google_secret_manager_secret_iam_member.this": lint.Critical,
	}
	got := map[string]lint.Severity{}
	for _, f := range out.Findings {
		got[f.Address] = f.Severity
	}
	for addr, sev := range want {
		if got[addr] != sev {
			t.Errorf("%s: severity %q, want %q", addr, got[addr], sev)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got findings on %v", got)
	}
}
