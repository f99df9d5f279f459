package checks_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint/docs"
)

var update = flag.Bool("update", false, "rewrite docs/checks.md and docs/checks/*.md")

// TestDocs fails when the generated check documentation is out of date.
func TestDocs(t *testing.T) {
	want := map[string]string{filepath.Join("..", "docs", "checks.md"): docs.Index(checks.All)}
	for _, c := range checks.All {
		want[filepath.Join("..", "docs", "checks", c.ID+".md")] = docs.Page(c)
	}
	if *update {
		if err := os.RemoveAll(filepath.Join("..", "docs", "checks")); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join("..", "docs", "checks"), 0o755); err != nil {
			t.Fatal(err)
		}
		for p, content := range want {
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	for p, content := range want {
		got, err := os.ReadFile(p)
		if err != nil || string(got) != content {
			t.Errorf("%s is out of date: run go test ./checks -run TestDocs -update", p)
		}
	}
	pages, _ := filepath.Glob(filepath.Join("..", "docs", "checks", "*.md"))
	for _, p := range pages {
		if _, ok := want[p]; !ok {
			t.Errorf("%s documents no registered check (%s): run go test ./checks -run TestDocs -update", p, strings.TrimSuffix(filepath.Base(p), ".md"))
		}
	}
}
