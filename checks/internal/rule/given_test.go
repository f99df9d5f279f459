package rule

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
)

func TestGiven(t *testing.T) {
	run := func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !Given(r.Attr("key")) {
				p.Reportf(r, "no key")
			}
		}
	}
	runCases(t, run, []tcase{
		{"absent", res("a", ""), []string{"x_thing.a : no key"}},
		{"null", res("a", "key = null"), []string{"x_thing.a : no key"}},
		{"empty", res("a", `key = ""`), []string{"x_thing.a : no key"}},
		{"blank", res("a", `key = "  "`), []string{"x_thing.a : no key"}},
		{"set", res("a", `key = "k"`), nil},
		{"number", res("a", `key = 0`), nil},
		{"unknown", res("a", `key = var.unknown`), nil},
	})
}
