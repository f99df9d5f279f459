package scan

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/output"
)

// TestCorpusUndecidedHaveReasons: on the shared corpus of real modules,
// every decision a check left open says why, with a reason that names
// something: none is "no reason recorded", none has an empty subject, and
// none is the bare fallback of a dynamic block over an unknown collection.
func TestCorpusUndecidedHaveReasons(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "real")
	if !dirExists(corpus) {
		t.Skip("no shared corpus at " + corpus)
	}
	opts := Options{
		Paths: []string{corpus}, Checks: checks.All, Tool: output.Tool{Name: "tenantlint", Version: "test"},
		Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
	}
	s, err := Settle(&opts)
	if err != nil {
		t.Fatal(err)
	}
	col := Collect(opts, s)
	if len(col.Undecided) < 1000 {
		t.Fatalf("only %d undecided decisions on the corpus: the scan did not run as expected", len(col.Undecided))
	}
	bad := 0
	for _, u := range col.Undecided {
		if why := genericReason(u.Reasons); why != "" {
			bad++
			if bad <= 20 {
				t.Errorf("%s:%d: %s on %s (%s): %s", u.Range.Filename, u.Range.Start.Line, u.Check.ID, u.Address, u.Path, why)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d decisions in all without a reason that says why", bad)
	}
}

// genericReason says what is wrong with the reasons of a decision, "" if
// nothing.
func genericReason(rs []lint.Reason) string {
	if len(rs) == 0 {
		return "no reason"
	}
	for _, r := range rs {
		switch {
		case r.Kind == lint.NoReason:
			return r.String()
		case strings.TrimSpace(r.Subject) == "":
			return "a reason without a subject: " + string(r.Kind)
		case r.Kind == lint.Expansion && r.Subject == "dynamic block":
			return "unknown for_each of a dynamic block, without saying why: " + r.String()
		}
	}
	return ""
}

func TestGenericReason(t *testing.T) {
	for _, c := range []struct {
		rs   []lint.Reason
		want bool
	}{
		{nil, true},
		{[]lint.Reason{{Kind: lint.NoReason}}, true},
		{[]lint.Reason{lint.Because(lint.Computed, "")}, true},
		{[]lint.Reason{lint.Because(lint.Expansion, "dynamic block")}, true},
		{[]lint.Reason{lint.Because(lint.Computed, "arn of aws_sqs_queue.q[0]")}, false},
		{[]lint.Reason{lint.Because(lint.NoValue, "var.x"), {Kind: lint.NoReason}}, true},
	} {
		if got := genericReason(c.rs) != ""; got != c.want {
			t.Errorf("genericReason(%v) = %v, want %v", c.rs, got, c.want)
		}
	}
}
