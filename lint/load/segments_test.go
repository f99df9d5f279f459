package load

import (
	"reflect"
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/tenantlint/tenantlint/lint/load/internal/hclcopy"
	"github.com/tenantlint/tenantlint/lint/load/internal/testsources"
)

func nativeSources(t testing.TB) map[string][]byte {
	return testsources.Native(t, "../../fixtures", "../../../shared/corpus/real")
}

// inParts parses src segment by segment: each segment in place when moved
// is false, else under another name at the top of a file and moved to its
// place (as a shared segment is). ok is false when a segment has
// diagnostics or the parts do not join.
func inParts(src []byte, path string, segs []segment, moved bool) (*hcl.File, bool) {
	parts := make([]*hcl.File, len(segs))
	for i, g := range segs {
		text := src[g.start:g.end]
		if moved {
			f, diags := hclsyntax.ParseConfig(text, "shared.tf", hcl.InitialPos)
			if len(diags) > 0 {
				return nil, false
			}
			c, ok := hclcopy.Moved(f, text, path, g.line-1, g.start)
			if !ok {
				return nil, false
			}
			parts[i] = c
			continue
		}
		f, diags := hclsyntax.ParseConfig(text, path, hcl.Pos{Line: g.line, Column: 1, Byte: g.start})
		if len(diags) > 0 {
			return nil, false
		}
		parts[i] = f
	}
	return hclcopy.Join(parts, src)
}

// TestPartsAreTheParseOfTheWhole: for every fixture and corpus file that
// splits into segments which all parse cleanly, the joined parts, parsed in
// place or moved from the top of another file, are the parse of the whole
// text node for node. Most files split: 86% of these files, 74% of the
// fixtures alone (a -short run), which are often unusual on purpose.
func TestPartsAreTheParseOfTheWhole(t *testing.T) {
	files, split := 0, 0
	for path, src := range nativeSources(t) {
		whole, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
		if len(diags) > 0 {
			continue
		}
		files++
		segs := splitSegments(src)
		if segs == nil {
			continue
		}
		if segs[0].start != 0 || segs[len(segs)-1].end != len(src) {
			t.Fatalf("%s: segments %v do not cover the text", path, segs)
		}
		for _, moved := range []bool{false, true} {
			got, ok := inParts(src, path, segs, moved)
			if !ok {
				t.Errorf("%s: parses whole but not in parts (moved %v)", path, moved)
				continue
			}
			if !reflect.DeepEqual(got, whole) {
				t.Errorf("%s: the parts (moved %v) differ from the parse of the whole text", path, moved)
			}
		}
		split++
	}
	if files < 50 || split*3 < files*2 {
		t.Fatalf("%d of %d files split into segments", split, files)
	}
}

// TestSplitSegments: where the cut falls, and the layouts it leaves whole.
func TestSplitSegments(t *testing.T) {
	type cut struct {
		text string
		line int
	}
	cases := []struct {
		name string
		src  string
		want []cut // nil: not split
	}{
		{"blocks with comments above", "# a\nvariable \"a\" {\n  type = string\n}\n\n/*\n note\n*/\nresource \"x\" \"y\" {\n}\n",
			[]cut{{"# a\nvariable \"a\" {\n  type = string\n}\n", 1}, {"\n/*\n note\n*/\nresource \"x\" \"y\" {\n}\n", 5}}},
		{"one-line blocks and a tail", "terraform {}\nprovider \"aws\" { region = \"x\" }\n// end\n",
			[]cut{{"terraform {}\n", 1}, {"provider \"aws\" { region = \"x\" }\n// end\n", 2}}},
		{"no newline at the end", "locals {\n  a = 1\n}", []cut{{"locals {\n  a = 1\n}", 1}}},
		{"windows line ends", "locals {\r\n  a = 1\r\n}\r\nlocals {\r\n}\r\n", []cut{{"locals {\r\n  a = 1\r\n}\r\n", 1}, {"locals {\r\n}\r\n", 4}}},
		{"a lone brace in a heredoc cuts early", "locals {\n  a = <<EOT\n}\nx {\nEOT\n}\n", []cut{{"locals {\n  a = <<EOT\n}\n", 1}, {"x {\nEOT\n}\n", 4}}},
		{"a heredoc ends between blocks", "locals {\n  a = <<EOT\n}\nEOT\n}\n", nil},
		{"indented block", "  locals {\n}\n", nil},
		{"unclosed block", "locals {\n  a = 1\n", nil},
		{"unclosed comment", "/* a\nlocals {\n}\n", nil},
		{"text after a comment", "/* a */ locals {\n}\n", nil},
		{"only comments", "# nothing\n", nil},
		{"byte order mark", "\xef\xbb\xbflocals {\n}\n", nil},
	}
	for _, c := range cases {
		segs := splitSegments([]byte(c.src))
		var got []cut
		for _, g := range segs {
			got = append(got, cut{c.src[g.start:g.end], g.line})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
	// A wrong cut leaves a segment that does not parse, though the whole
	// text does.
	src := []byte("locals {\n  a = <<EOT\n}\nx {\nEOT\n}\n")
	if _, diags := hclsyntax.ParseConfig(src, "main.tf", hcl.InitialPos); len(diags) > 0 {
		t.Fatalf("the whole text does not parse: %v", diags)
	}
	for _, moved := range []bool{false, true} {
		if _, ok := inParts(src, "main.tf", splitSegments(src), moved); ok {
			t.Error("a cut inside a heredoc parsed cleanly")
		}
	}
}

// FuzzSegments: whatever the text, when its segments all parse cleanly the
// joined parts are the parse of the whole text.
func FuzzSegments(f *testing.F) {
	for _, s := range []string{
		"locals {\n  a = 1\n}\nresource \"x\" \"y\" {\n  b = <<EOT\n}\nEOT\n}\n",
		"/*\n}\n*/\nlocals {\n}\n",
		"variable \"v\" {\n  default = {\n}\n}\n",
		"locals {\n  a = \"${\n}\n\"\n}\n",
		"a = 1\nlocals {\n}\n",
		"locals {\n  a = [\n}\n]\n}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		segs := splitSegments(src)
		if segs == nil {
			return
		}
		got, ok := inParts(src, "main.tf", segs, true)
		if !ok {
			return
		}
		whole, diags := hclsyntax.ParseConfig(src, "main.tf", hcl.InitialPos)
		if len(diags) > 0 {
			t.Fatalf("the parts parse cleanly but the whole text does not: %v", diags)
		}
		if !reflect.DeepEqual(got, whole) {
			t.Fatal("the parts differ from the parse of the whole text")
		}
	})
}
