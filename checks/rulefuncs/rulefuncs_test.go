package rulefuncs_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/checks/rulefuncs"
	"github.com/tenantlint/tenantlint/lint/rules/ruletest"
)

// TestFixtureRules runs the custom rule suite as `tenantlint test-rules
// fixtures/rules` does: each rule over the fixtures beside it.
func TestFixtureRules(t *testing.T) {
	rs, err := ruletest.Run("../../fixtures/rules", ruletest.Options{
		Library:  rulefuncs.Library(),
		Reserved: func(id string) bool { return checks.ByID(id) != nil },
		Now:      time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	rulesSeen := 0
	for _, r := range rs {
		rulesSeen += len(r.Rules)
		for _, p := range r.Problems {
			t.Errorf("%s", p)
		}
	}
	if rulesSeen < 20 {
		t.Errorf("%d fixture rules, want at least 20", rulesSeen)
	}
}

func TestNaming(t *testing.T) {
	for typ, want := range map[string]string{
		"aws_s3_bucket": "bucket", "data.aws_s3_bucket": "bucket", "azurerm_key_vault": "resource_id",
		"google_storage_bucket": "name",
	} {
		if !strings.Contains(strings.Join(rulefuncs.Naming(typ).Args(), " "), want) {
			t.Errorf("Naming(%s) = %v, want %s among them", typ, rulefuncs.Naming(typ).Args(), want)
		}
	}
	if len(rulefuncs.Naming("kubernetes_pod").Args()) != 0 {
		t.Errorf("an unknown provider has a naming")
	}
}
