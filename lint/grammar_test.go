package lint

import "testing"

func TestSingularDays(t *testing.T) {
	for in, want := range map[string]string{
		"keeps backups for 1 days (fewer than 7)": "keeps backups for 1 day (fewer than 7)",
		"1 days":                "1 day",
		"keeps 11 days":         "keeps 11 days",
		"keeps 0.1 days":        "keeps 0.1 days",
		"keeps -1 days":         "keeps -1 days",
		"keeps 21 days, 1 days": "keeps 21 days, 1 day",
		"for 1 daysx":           "for 1 daysx",
	} {
		if got := singularDays(in); got != want {
			t.Errorf("singularDays(%q) = %q, want %q", in, got, want)
		}
	}
}
