package storage

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/linttest"
	"github.com/tenantlint/tenantlint/lint/load"
)

// TestACLSeverity: public write or owner access is critical, read high.
func TestACLSeverity(t *testing.T) {
	out := linttest.Run(t, "../../../fixtures/checks/google-storage-no-public-acl", []*lint.Check{NoPublicACL}, load.Options{})
	want := map[string]lint.Severity{
		"google_storage_bucket_acl.predefined":                 lint.High,
		"google_storage_bucket_acl.entities":                   lint.High,
		"google_storage_bucket_access_control.writer":          lint.Critical,
		"google_storage_default_object_acl.objects":            lint.High,
		"google_storage_default_object_access_control.objects": lint.High,
		"google_storage_object_acl.report":                     lint.Critical,
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
