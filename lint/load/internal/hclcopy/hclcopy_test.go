package hclcopy

import (
	"reflect"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/tenantlint/tenantlint/lint/load/internal/testsources"
)

// sources are the files of the fixtures and of the corpus (testsources).
func sources(t testing.TB) map[string][]byte {
	return testsources.Native(t, "../../../../fixtures", "../../../../../shared/corpus/real")
}

func parse(t testing.TB, src []byte, name string) *hcl.File {
	t.Helper()
	f, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	if diags.HasErrors() {
		return nil
	}
	return f
}

// TestCopyIsTheParseUnderTheNewName: for every file, the copy of its parse
// under one name is the parse of its text under the other, node for node.
func TestCopyIsTheParseUnderTheNewName(t *testing.T) {
	n := 0
	for path, src := range sources(t) {
		orig := parse(t, src, "first/"+path)
		if orig == nil {
			continue
		}
		n++
		got, ok := File(orig, src, "second/"+path)
		if !ok {
			t.Errorf("%s: not copied", path)
			continue
		}
		want := parse(t, src, "second/"+path)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the copy differs from a parse under the new name", path)
		}
		if !reflect.DeepEqual(orig, parse(t, src, "first/"+path)) {
			t.Errorf("%s: copying changed the original", path)
		}
	}
	if n < 50 {
		t.Fatalf("only %d files parsed", n)
	}
}

// TestMovedIsTheParseFurtherDown: for every file, its parse moved down by
// some lines and bytes is the parse of its text starting there.
func TestMovedIsTheParseFurtherDown(t *testing.T) {
	for path, src := range sources(t) {
		orig := parse(t, src, "shared.tf")
		if orig == nil {
			continue
		}
		got, ok := Moved(orig, src, path, 41, 1234)
		if !ok {
			t.Errorf("%s: not copied", path)
			continue
		}
		want, diags := hclsyntax.ParseConfig(src, path, hcl.Pos{Line: 42, Column: 1, Byte: 1234})
		if diags.HasErrors() || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the moved copy differs from a parse starting at line 42", path)
		}
	}
}

// TestJoinRefusesArguments: a part with a top-level argument is not joined
// (only the parse of the whole text reports an argument set twice).
func TestJoinRefusesArguments(t *testing.T) {
	a := parse(t, []byte("x = 1\n"), "a.tf")
	b, _ := hclsyntax.ParseConfig([]byte("x = 2\n"), "a.tf", hcl.Pos{Line: 2, Column: 1, Byte: 6})
	if _, ok := Join([]*hcl.File{a, b}, []byte("x = 1\nx = 2\n")); ok {
		t.Fatal("parts with arguments were joined")
	}
	if _, ok := Join(nil, nil); ok {
		t.Fatal("no parts were joined")
	}
}

// TestCopySharesNothingThatChanges: changing the copy (as instrumenting an
// expression does) leaves the original as parsed.
func TestCopySharesNothingThatChanges(t *testing.T) {
	src := []byte(`
locals {
  names = [for s in var.subnets : s.name if s.public]
  ids   = aws_subnet.this[*].id
  greeting = "hello ${var.name}"
}
resource "aws_s3_bucket" "b" {
  bucket = format("%s-logs", var.prefix)
  dynamic "rule" {
    for_each = var.rules
    content { id = rule.value.id }
  }
}
`)
	orig := parse(t, src, "a.tf")
	cp, ok := File(orig, src, "b.tf")
	if !ok {
		t.Fatal("not copied")
	}
	_ = hclsyntax.VisitAll(cp.Body.(*hclsyntax.Body), func(n hclsyntax.Node) hcl.Diagnostics {
		switch e := n.(type) {
		case *hclsyntax.FunctionCallExpr:
			e.Name = "changed"
			for i := range e.Args {
				e.Args[i] = &hclsyntax.LiteralValueExpr{}
			}
		case *hclsyntax.Attribute:
			e.Expr = &hclsyntax.LiteralValueExpr{}
		case *hclsyntax.Body:
			for k := range e.Attributes {
				e.Attributes[k+"_x"] = e.Attributes[k]
				break
			}
			e.Blocks = append(e.Blocks[:0:0], e.Blocks...)
		}
		return nil
	})
	if !reflect.DeepEqual(orig, parse(t, src, "a.tf")) {
		t.Fatal("changing the copy changed the original")
	}
}

// TestSplatSymbolStaysOneNode: a splat's Each expression reads the symbol
// the splat binds; in the copy they are still one node, or evaluating the
// copy finds no value for it.
func TestSplatSymbolStaysOneNode(t *testing.T) {
	src := []byte("x = [{a = 1}, {a = 2}][*].a\n")
	cp, ok := File(parse(t, src, "a.tf"), src, "b.tf")
	if !ok {
		t.Fatal("not copied")
	}
	attr := cp.Body.(*hclsyntax.Body).Attributes["x"]
	v, diags := attr.Expr.Value(nil)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if v.LengthInt() != 2 {
		t.Fatalf("got %#v", v)
	}
	if attr.Expr.Range().Filename != "b.tf" {
		t.Fatalf("range names %q", attr.Expr.Range().Filename)
	}
}

func BenchmarkCopyAgainstParse(b *testing.B) {
	srcs := sources(b)
	var files []*hcl.File
	var texts [][]byte
	for p, src := range srcs {
		if f := parse(b, src, p); f != nil {
			files, texts = append(files, f), append(texts, src)
		}
	}
	b.Run("parse", func(b *testing.B) {
		for b.Loop() {
			for _, src := range texts {
				parse(b, src, "x.tf")
			}
		}
	})
	b.Run("copy", func(b *testing.B) {
		for b.Loop() {
			for i, f := range files {
				if _, ok := File(f, texts[i], "x.tf"); !ok {
					b.Fatal("not copied")
				}
			}
		}
	})
}

// FuzzCopy: whatever text parses without errors, its copy is its parse
// under the other name.
func FuzzCopy(f *testing.F) {
	for _, s := range []string{
		"a = 1\n",
		"x = [for k, v in var.m : k => v... if v != null]\n",
		"b \"l1\" \"l2\" {\n  c = a.b[0].*.d\n  e = <<-EOT\n  ${x} %{ if y }z%{ endif }\n  EOT\n}\n",
		"y = !a ? -b : (c + d) * e[\"k\"]\n",
		"z = { (var.k) = f(a, b...) }\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		orig, diags := hclsyntax.ParseConfig(src, "a.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		got, ok := File(orig, src, "b.tf")
		if !ok {
			t.Fatal("a clean parse was not copied")
		}
		want, _ := hclsyntax.ParseConfig(src, "b.tf", hcl.InitialPos)
		if !reflect.DeepEqual(got, want) {
			t.Fatal("the copy differs from the parse under the new name")
		}
	})
}
