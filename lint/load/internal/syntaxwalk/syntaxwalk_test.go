package syntaxwalk_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
	"github.com/tenantlint/tenantlint/lint/load/internal/syntaxwalk"
	"github.com/tenantlint/tenantlint/lint/load/internal/testsources"
)

// nodeKey names a node by its type and range. The range of an Attributes
// map is one of its members', picked in map order, so it is left out.
func nodeKey(n hclsyntax.Node) string {
	if _, ok := n.(hclsyntax.Attributes); ok {
		return fmt.Sprintf("%T", n)
	}
	if s, ok := n.(hclsyntax.ChildScope); ok {
		return fmt.Sprintf("%T %d %s", n, len(s.LocalNames), n.Range())
	}
	return fmt.Sprintf("%T %s", n, n.Range())
}

func visitAll(n hclsyntax.Node) []string {
	var out []string
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		out = append(out, nodeKey(n))
		return nil
	})
	return out
}

func walked(n hclsyntax.Node) []string {
	var out []string
	syntaxwalk.Nodes(n, func(n hclsyntax.Node) { out = append(out, nodeKey(n)) })
	return out
}

// expressions returns every argument expression of a body, at any depth.
func expressions(b *hclsyntax.Body) []hclsyntax.Expression {
	var out []hclsyntax.Expression
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range b.Attributes {
			if !yield(k) {
				return
			}
		}
	}) {
		out = append(out, b.Attributes[name].Expr)
	}
	for _, blk := range b.Blocks {
		out = append(out, expressions(blk.Body)...)
	}
	return out
}

// TestWalksAreHCLs: over every fixture and corpus file, plain and with the
// budget counters in place, Nodes visits the nodes VisitAll visits (the
// arguments of a body come in map order in both, so they are compared as
// sorted lists), and Variables returns what hclsyntax.Variables returns, in
// its order, for every argument.
func TestWalksAreHCLs(t *testing.T) {
	srcs := testsources.Native(t, "../../../../fixtures", "../../../../../shared/corpus/real")
	exprs, fors := 0, 0
	for path, src := range srcs {
		for _, counted := range []bool{false, true} {
			f, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
			if diags.HasErrors() {
				continue
			}
			body := f.Body.(*hclsyntax.Body)
			if counted {
				limits.Instrument(body)
			}
			want, got := visitAll(body), walked(body)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(want, got) {
				t.Fatalf("%s (counted %v): Nodes visits %d nodes, VisitAll %d", path, counted, len(got), len(want))
			}
			for _, e := range expressions(body) {
				exprs++
				if _, ok := e.(*hclsyntax.ForExpr); ok {
					fors++
				}
				want, got := hclsyntax.Variables(e), syntaxwalk.Variables(e)
				if !reflect.DeepEqual(want, got) {
					t.Fatalf("%s %s (counted %v): Variables gives %d traversals, hclsyntax %d", path, e.Range(), counted, len(got), len(want))
				}
			}
		}
	}
	if exprs < 1000 || fors == 0 {
		t.Fatalf("only %d expressions (%d for expressions) compared", exprs, fors)
	}
}

// TestVariablesForScopes: the iteration variables of a for expression are
// local inside it and nowhere else, at any depth, and through the budget
// counters; an object key read as a name is no reference.
func TestVariablesForScopes(t *testing.T) {
	cases := map[string][]string{
		`[for k, v in var.m : "${k}=${v}" if v != local.skip]`:         {"var", "local"},
		`{ for x in var.xs : x => [for y in x.ys : y + x.n + var.z] }`: {"var", "var"},
		`concat([for x in var.xs : x], [x])`:                           {"var", "x"},
		`{ name = var.a, (local.k) = 1, x = each.value }`:              {"var", "local", "each"},
		`aws_s3_bucket.b[*].id`:                                        {"aws_s3_bucket"},
		`"%{ for s in var.list }${s}-${upper(local.sep)}%{ endfor }"`:  {"var", "local"},
	}
	for src, roots := range cases {
		e, diags := hclsyntax.ParseExpression([]byte(src), "t.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", src, diags)
		}
		for _, counted := range []bool{false, true} {
			if counted {
				limits.Instrument(e)
			}
			var got []string
			for _, tr := range syntaxwalk.Variables(e) {
				got = append(got, tr.RootName())
			}
			if !slices.Equal(got, roots) {
				t.Errorf("%s (counted %v): roots %q, want %q", src, counted, got, roots)
			}
			if want := hclsyntax.Variables(e); !reflect.DeepEqual(want, syntaxwalk.Variables(e)) {
				t.Errorf("%s (counted %v): differs from hclsyntax.Variables", src, counted)
			}
		}
	}
}

// odd is a node type the walks do not know: hclsyntax walks it for them.
type odd struct{ *hclsyntax.ForExpr }

// TestUnknownNodesAreWalkedByHCL: below a node of a type the package does
// not know, the walks still see every node and honour the scopes of the for
// expressions inside and around it.
func TestUnknownNodesAreWalkedByHCL(t *testing.T) {
	src := `[for k, v in var.m : { for x in v : x => "${k}${local.y}" }]`
	e, diags := hclsyntax.ParseExpression([]byte(src), "t.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	inner := odd{e.(*hclsyntax.ForExpr).ValExpr.(*hclsyntax.ForExpr)}
	e.(*hclsyntax.ForExpr).ValExpr = inner
	var roots []string
	for _, tr := range syntaxwalk.Variables(e) {
		roots = append(roots, tr.RootName())
	}
	if want := []string{"var", "local"}; !slices.Equal(roots, want) {
		t.Errorf("roots %q, want %q", roots, want)
	}
	want, got := visitAll(e), walked(e)
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(want, got) {
		t.Errorf("Nodes visits %q\nVisitAll %q", got, want)
	}
}
