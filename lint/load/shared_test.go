package load

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
)

// TestSharedParsesKeepEachFilesName: three module folders hold the same
// main.tf byte for byte; it is parsed once, each folder gets a copy, and
// every resource, attribute and diagnostic names its own file.
func TestSharedParsesKeepEachFilesName(t *testing.T) {
	mod := "variable \"name\" {\n  type = string\n}\n\nresource \"aws_s3_bucket\" \"this\" {\n  bucket = var.name\n  tags   = { for k in [\"a\", \"b\"] : k => upper(k) }\n}\n\noutput \"ids\" {\n  value = [aws_s3_bucket.this][*].bucket\n}\n"
	broken := "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n}\n"
	dir := writeTree(t, map[string]string{
		"main.tf":        "module \"a\" {\n  source = \"./a\"\n  name = \"alpha\"\n}\nmodule \"b\" {\n  source = \"./b\"\n  name = \"beta\"\n}\nmodule \"c\" {\n  source = \"./c\"\n  name = \"gamma\"\n}\n",
		"a/main.tf":      mod,
		"b/main.tf":      mod,
		"c/main.tf":      mod,
		"x/main.tf":      broken,
		"y/main.tf":      broken,
		"j/main.tf.json": `{"resource": {"aws_s3_bucket": {"j": {"bucket": "j"}}}}`,
		"k/main.tf.json": `{"resource": {"aws_s3_bucket": {"j": {"bucket": "j"}}}}`,
	})
	type seen struct{ addr, file, attrFile, bucket string }
	mods, st := Stream([]string{dir}, Options{}, func(m *lint.Module) []seen {
		var out []seen
		for _, r := range m.All() {
			s := seen{addr: r.Address, file: r.Range.Filename}
			if a := r.Body.Attr("bucket"); a.Set {
				s.attrFile = a.Range.Filename
				if a.Value.IsKnown() && !a.Value.IsNull() {
					s.bucket = a.Value.AsString()
				}
			}
			out = append(out, s)
		}
		return out
	})
	var got []seen
	for _, m := range mods {
		got = append(got, m...)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].addr+got[i].file < got[j].addr+got[j].file })
	rel := func(p string) string { return strings.TrimPrefix(p, dir+"/") }
	var lines []string
	for _, s := range got {
		lines = append(lines, s.addr+" "+rel(s.file)+" "+rel(s.attrFile)+" "+s.bucket)
	}
	want := []string{
		"aws_s3_bucket.j j/main.tf.json j/main.tf.json j",
		"aws_s3_bucket.j k/main.tf.json k/main.tf.json j",
		"aws_s3_bucket.x x/main.tf x/main.tf ",
		"aws_s3_bucket.x y/main.tf y/main.tf ",
		"module.a.aws_s3_bucket.this a/main.tf a/main.tf alpha",
		"module.b.aws_s3_bucket.this b/main.tf b/main.tf beta",
		"module.c.aws_s3_bucket.this c/main.tf c/main.tf gamma",
	}
	if !slices.Equal(lines, want) {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	var syntax []string
	for _, d := range st.Diagnostics {
		if d.Severity == lint.DiagError && d.Subject != nil {
			syntax = append(syntax, rel(d.Subject.Filename))
		}
	}
	sort.Strings(syntax)
	if !slices.Equal(syntax, []string{"x/main.tf", "y/main.tf"}) {
		t.Errorf("syntax errors in %q, want one in each broken file", syntax)
	}
	sp := st.p.shared
	if sp.copied != 3 {
		t.Errorf("%d files were given a copy, want the 3 that share a text", sp.copied)
	}
	if len(sp.trees) != 0 || sp.held != 0 {
		t.Errorf("%d trees (%d bytes) still held after every file took its copy", len(sp.trees), sp.held)
	}
}

// TestSharedParsesAreBounded: past the bound on texts in flight, files are
// parsed on their own; under it, shared.
func TestSharedParsesAreBounded(t *testing.T) {
	s := newSharedParses()
	s.limit = 64
	small := []byte("locals {\n  a = 1\n}\n")
	big := []byte("locals {\n  a = \"" + strings.Repeat("x", 64) + "\"\n}\n")
	for _, src := range [][]byte{small, small, big, big} {
		s.note("a.tf", src)
	}
	for _, src := range [][]byte{small, big, big, small} {
		if f, d := s.parse(src, "a.tf"); f == nil || len(d) != 0 {
			t.Fatalf("parse failed: %v", d)
		}
	}
	if s.copied != 2 || len(s.trees) != 0 || s.held != 0 {
		t.Fatalf("%d copies (want the 2 of the small text), %d trees and %d bytes left", s.copied, len(s.trees), s.held)
	}
}

// TestSharedBlocksKeepEachFilesPlace: two variants of a module share their
// variable blocks but not their resources. A block is shared with the
// comments and blank lines above it, so only the second variable block is
// the same text in both; it is parsed once and copied into each file at its
// own lines. Every resource, attribute and diagnostic names its own file and
// line, and no tree is left once both files are parsed.
func TestSharedBlocksKeepEachFilesPlace(t *testing.T) {
	shared := "variable \"name\" {\n  type    = string\n  default = \"x\"\n}\n\nvariable \"tags\" {\n  type    = map(string)\n  default = {}\n}\n"
	dir := writeTree(t, map[string]string{
		"a/main.tf": "# variant a\n" + shared + "\nresource \"aws_s3_bucket\" \"a\" {\n  bucket = var.name\n  tags   = var.tags\n}\n",
		"b/main.tf": "# variant b\n\n\n" + shared + "\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"${var.name}-b\"\n}\n\nresource \"aws_s3_bucket\" \"c\" {\n  bucket = var.missing\n}\n",
	})
	mods, st := Stream([]string{dir}, Options{}, func(m *lint.Module) []string {
		var out []string
		for _, r := range m.All() {
			a := r.Body.Attr("bucket")
			out = append(out, fmt.Sprintf("%s %s:%d %s:%d", r.Address, filepath.Base(filepath.Dir(r.Range.Filename)), r.Range.Start.Line,
				filepath.Base(filepath.Dir(a.Range.Filename)), a.Range.Start.Line))
		}
		return out
	})
	var got []string
	for _, m := range mods {
		got = append(got, m...)
	}
	sort.Strings(got)
	want := []string{"aws_s3_bucket.a a:12 a:13", "aws_s3_bucket.b b:14 b:15", "aws_s3_bucket.c b:18 b:19"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	var undeclared []string
	for _, d := range st.Diagnostics {
		if d.Severity == lint.DiagError && d.Subject != nil {
			undeclared = append(undeclared, fmt.Sprintf("%s:%d", filepath.Base(filepath.Dir(d.Subject.Filename)), d.Subject.Start.Line))
		}
	}
	if !slices.Equal(undeclared, []string{"b:19"}) {
		t.Errorf("errors at %q, want the undeclared variable at b:19", undeclared)
	}
	sp := st.p.shared
	if sp.segCopied != 2 || sp.copied != 0 {
		t.Errorf("%d blocks and %d files copied, want the shared variable block into each file", sp.segCopied, sp.copied)
	}
	if len(sp.segTrees) != 0 || len(sp.segCount) != 0 || sp.held != 0 {
		t.Errorf("%d block trees, %d counts and %d bytes left after both files were parsed", len(sp.segTrees), len(sp.segCount), sp.held)
	}
}
