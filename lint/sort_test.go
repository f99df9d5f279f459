package lint

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func rng(file string, line int) hcl.Range {
	return hcl.Range{Filename: file, Start: hcl.Pos{Line: line, Byte: line * 10}, End: hcl.Pos{Line: line, Byte: line*10 + 5}}
}

// TestSortFindingsIsTotal feeds the same findings in every order a worker
// pool could produce and expects one result: the duplicate kept is the one
// with the first module-call chain.
func TestSortFindingsIsTotal(t *testing.T) {
	c := &Check{ID: "x-y-z", Severity: High}
	mk := func(calls ...hcl.Range) *Finding {
		return &Finding{Check: c, Severity: High, Message: "m", Range: rng("mod/main.tf", 3), Address: "aws_x.y", ModuleCalls: calls}
	}
	want := rng("a/main.tf", 1)
	base := []*Finding{mk(rng("b/main.tf", 7)), mk(want), mk(rng("c/main.tf", 2)), mk(rng("a/main.tf", 1), rng("a/x.tf", 9))}
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		in := slices.Clone(base)
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		out := SortFindings(in)
		if len(out) != 1 {
			t.Fatalf("got %d findings, want the duplicates folded into 1", len(out))
		}
		if len(out[0].ModuleCalls) != 1 || out[0].ModuleCalls[0] != want {
			t.Fatalf("kept call chain %v, want [%v]", out[0].ModuleCalls, want)
		}
	}
}

func TestSortDiagnosticsIsTotal(t *testing.T) {
	sub := rng("a.tf", 1)
	base := []Diagnostic{
		{Severity: DiagWarning, Summary: "s", Detail: "d", Subject: &sub},
		{Severity: DiagError, Summary: "s", Detail: "d", Subject: &sub},
		{Severity: DiagWarning, Summary: "s", Detail: "d", Subject: &sub},
	}
	var first []Diagnostic
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 30 {
		in := slices.Clone(base)
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		out := SortDiagnostics(in)
		if len(out) != 2 {
			t.Fatalf("got %d diagnostics, want 2 (exact duplicates dropped)", len(out))
		}
		if i == 0 {
			first = out
		} else if out[0].Severity != first[0].Severity {
			t.Fatalf("order depends on input order: %v then %v", first, out)
		}
	}
}
