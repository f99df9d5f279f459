package checks_test

import (
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
)

// TestProviderRegistries holds each provider's list to the rules of the
// whole one: sorted, unique, every ID under the provider's prefix; and All is
// exactly their join.
func TestProviderRegistries(t *testing.T) {
	n := 0
	for i, p := range checks.Providers {
		if i > 0 && checks.Providers[i-1].Name >= p.Name {
			t.Errorf("providers not sorted at %s", p.Name)
		}
		if len(p.Checks) == 0 {
			t.Errorf("%s: empty registry", p.Name)
		}
		for j, c := range p.Checks {
			if !strings.HasPrefix(c.ID, p.Name+"-") || c.Provider() != p.Name {
				t.Errorf("%s registry holds %s", p.Name, c.ID)
			}
			if j > 0 && p.Checks[j-1].ID >= c.ID {
				t.Errorf("%s registry not sorted (or duplicated) at %s", p.Name, c.ID)
			}
			if checks.All[n] != c {
				t.Errorf("checks.All[%d] is %s, want %s from the %s registry", n, checks.All[n].ID, c.ID, p.Name)
			}
			n++
		}
	}
	if n != len(checks.All) {
		t.Errorf("checks.All has %d checks, the providers %d", len(checks.All), n)
	}
}
