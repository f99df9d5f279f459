package cmek

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

func scan(t *testing.T, tf string) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte("variable \"unknown\" {}\n"+tf), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	c := &lint.Check{ID: "test-cmek-shape", Resources: []string{"x_thing"}, Run: Required("Thing", "outer.inner.kms_key_name")}
	findings, diags := lint.Run(res.Modules, []*lint.Check{c})
	if len(diags) > 0 {
		t.Fatalf("run: %s", diags[0].Summary)
	}
	out := []string{}
	for _, f := range findings {
		out = append(out, f.Address+": "+f.Message)
	}
	slices.Sort(out)
	return out
}

func TestRequired(t *testing.T) {
	got := scan(t, `
resource "x_thing" "no_outer" {}
resource "x_thing" "no_inner" {
  outer {}
}
resource "x_thing" "absent" {
  outer {
    inner {}
  }
}
resource "x_thing" "empty" {
  outer {
    inner { kms_key_name = " " }
  }
}
resource "x_thing" "two" {
  outer {
    inner { kms_key_name = "projects/p/locations/l/keyRings/r/cryptoKeys/k" }
    inner { kms_key_name = null }
  }
}
resource "x_thing" "unknown" {
  outer {
    inner { kms_key_name = var.unknown }
  }
}
`)
	want := []string{
		"x_thing.absent: Thing x_thing.absent sets no kms_key_name: it is encrypted with Google-managed keys",
		"x_thing.empty: Thing x_thing.empty sets an empty kms_key_name: it is encrypted with Google-managed keys",
		"x_thing.no_inner: Thing x_thing.no_inner has no inner block: it is encrypted with Google-managed keys",
		"x_thing.no_outer: Thing x_thing.no_outer has no outer block: it is encrypted with Google-managed keys",
		"x_thing.two: Thing x_thing.two sets no kms_key_name: it is encrypted with Google-managed keys",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestMissing(t *testing.T) {
	if !Missing(lint.Attr{}) {
		t.Error("an absent key is missing")
	}
}
