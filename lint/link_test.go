package lint_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

const linkTF = `
variable "unknown" {}

resource "x_bucket" "b" {
  bucket = "logs"
}

resource "x_bucket" "c" {
  bucket = "other"
}

resource "x_bucket" "lonely" {
  bucket = "lonely"
}

resource "x_cfg" "by_ref" {
  bucket = x_bucket.b.id
}

resource "x_cfg" "by_name" {
  bucket = "logs"
}

resource "x_cfg" "to_other" {
  bucket = x_bucket.c.id
}

resource "x_cfg" "unknown" {
  bucket = var.unknown
}

resource "x_cfg" "none" {}

resource "x_cfg" "elsewhere" {
  bucket = "elsewhere"
}

resource "x_block" "nested" {
  a {}
  b {}
}
`

func loadModule(t *testing.T, src string) *lint.Module {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError {
			t.Fatalf("load: %s: %s", d.Summary, d.Detail)
		}
	}
	if len(res.Modules) != 1 {
		t.Fatalf("%d modules", len(res.Modules))
	}
	return res.Modules[0]
}

func byAddress(m *lint.Module, addr string) *lint.Resource {
	for _, r := range m.All() {
		if r.Address == addr {
			return r
		}
	}
	return nil
}

func addresses(rs []*lint.Resource) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.Address)
	}
	return out
}

var naming = lint.NewNaming("bucket")

func TestNamingNames(t *testing.T) {
	m := loadModule(t, linkTF)
	if got := naming.Names(byAddress(m, "x_bucket.b")); !slices.Equal(got, []string{"logs"}) {
		t.Errorf("names of x_bucket.b = %q", got)
	}
	if got := lint.NewNaming("name").Names(byAddress(m, "x_bucket.b")); len(got) != 0 {
		t.Errorf("another provider's naming found %q", got)
	}
	args := naming.Args()
	args[0] = "changed"
	if naming.Args()[0] != "bucket" {
		t.Error("Args hands out the naming's own slice")
	}
}

func TestLinkToResource(t *testing.T) {
	m := loadModule(t, linkTF)
	target := lint.ResourceTarget(byAddress(m, "x_bucket.b"))
	for addr, want := range map[string]lint.Link{
		"x_cfg.by_ref":    lint.LinkSame,
		"x_cfg.by_name":   lint.LinkSame,
		"x_cfg.to_other":  lint.LinkNot,
		"x_cfg.unknown":   lint.LinkUnknown,
		"x_cfg.none":      lint.LinkNot,
		"x_cfg.elsewhere": lint.LinkNot,
	} {
		if got := naming.Link(target, byAddress(m, addr).Attr("bucket")); got != want {
			t.Errorf("%s: link %s, want %s", addr, got, want)
		}
	}
}

func TestLinkToArgument(t *testing.T) {
	m := loadModule(t, linkTF)
	// A companion that names a bucket the configuration does not hold.
	outside := naming.Target(m, "x_bucket", byAddress(m, "x_cfg.elsewhere").Attr("bucket"))
	if outside.Resource != nil {
		t.Fatalf("target resolved to %s", outside.Resource.Address)
	}
	// One that names a bucket of the configuration by its literal name.
	if got := naming.Target(m, "x_bucket", byAddress(m, "x_cfg.by_name").Attr("bucket")).Resource; got == nil || got.Address != "x_bucket.b" {
		t.Errorf("literal name resolved to %v", got)
	}
	// One that references it.
	if got := naming.Target(m, "x_bucket", byAddress(m, "x_cfg.to_other").Attr("bucket")).Resource; got == nil || got.Address != "x_bucket.c" {
		t.Errorf("reference resolved to %v", got)
	}
	for addr, want := range map[string]lint.Link{
		"x_cfg.elsewhere": lint.LinkSame,
		"x_cfg.by_name":   lint.LinkNot,
		"x_cfg.by_ref":    lint.LinkNot,
		"x_cfg.unknown":   lint.LinkUnknown,
		"x_cfg.none":      lint.LinkNot,
	} {
		if got := naming.Link(outside, byAddress(m, addr).Attr("bucket")); got != want {
			t.Errorf("%s: link %s, want %s", addr, got, want)
		}
	}
}

func TestLinksAndCompanions(t *testing.T) {
	m := loadModule(t, linkTF)
	b := byAddress(m, "x_bucket.b")
	l := m.Links(naming, lint.ResourceTarget(b), "x_cfg", "bucket")
	if got := addresses(l.Same); !slices.Equal(got, []string{"x_cfg.by_ref", "x_cfg.by_name"}) {
		t.Errorf("same = %q", got)
	}
	if got := addresses(l.Unknown); !slices.Equal(got, []string{"x_cfg.unknown"}) {
		t.Errorf("unknown = %q", got)
	}
	if l.Certain() {
		t.Error("certain with an unknown link")
	}
	// A companion found is certain even when another link is unknown.
	if got, certain := m.Companions(naming, b, "x_cfg", "bucket"); len(got) != 2 || !certain {
		t.Errorf("companions of b = %q, %v", addresses(got), certain)
	}
	// None found, one unknown: not certain.
	if got, certain := m.Companions(naming, byAddress(m, "x_bucket.lonely"), "x_cfg", "bucket"); len(got) != 0 || certain {
		t.Errorf("companions of lonely = %q, %v", addresses(got), certain)
	}
	// None found, none of the type at all: certain.
	if got, certain := m.Companions(naming, b, "x_missing", "bucket"); len(got) != 0 || !certain {
		t.Errorf("companions of a missing type = %q, %v", addresses(got), certain)
	}
}

func TestReturnedSlicesCannotWriteIntoModule(t *testing.T) {
	m := loadModule(t, linkTF)
	extra := byAddress(m, "x_bucket.b")
	before := addresses(m.Resources("x_cfg"))
	allBefore := addresses(m.All())

	one := append(m.Resources("x_cfg"), extra)
	two := append(m.Resources("x_cfg"), byAddress(m, "x_bucket.c"))
	if one[len(one)-1] != extra {
		t.Error("two appends to Resources share one backing array")
	}
	_ = append(m.All(), extra)
	_ = append(m.Resources("x_cfg", "x_bucket"), extra)
	_ = two

	if got := addresses(m.Resources("x_cfg")); !slices.Equal(got, before) {
		t.Errorf("Resources changed: %q", got)
	}
	if got := addresses(m.All()); !slices.Equal(got, allBefore) {
		t.Errorf("All changed: %q", got)
	}
	if c := m.Resources("x_cfg"); cap(c) != len(c) {
		t.Errorf("Resources: cap %d > len %d", cap(c), len(c))
	}
	if c := m.All(); cap(c) != len(c) {
		t.Errorf("All: cap %d > len %d", cap(c), len(c))
	}

	r := byAddress(m, "x_block.nested")
	blocks := r.AllBlocks()
	if cap(blocks) != len(blocks) {
		t.Errorf("AllBlocks: cap %d > len %d", cap(blocks), len(blocks))
	}
	_ = append(blocks, blocks[0])
	if n := len(r.AllBlocks()); n != 2 {
		t.Errorf("AllBlocks has %d blocks", n)
	}
	names := r.AttrNames()
	if len(names) > 0 {
		names[0] = "changed"
	}
	if slices.Contains(r.AttrNames(), "changed") {
		t.Error("AttrNames hands out the block's own slice")
	}
}
