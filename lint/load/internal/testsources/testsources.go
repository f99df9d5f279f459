// Package testsources reads the native-syntax Terraform files that tests of
// the parser and of the tree copies run over: the fixtures and, when it is
// there and the run is not short (the race run), the shared corpus of real
// modules.
package testsources

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Native returns the text of every .tf file under fixtures and, unless the
// run is short, under corpus, by path. It fails the test when it finds none.
func Native(t testing.TB, fixtures, corpus string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	roots := []string{fixtures}
	if !testing.Short() {
		roots = append(roots, corpus)
	}
	for _, root := range roots {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tf") {
				return nil
			}
			if src, err := os.ReadFile(path); err == nil {
				out[path] = src
			}
			return nil
		})
	}
	if len(out) == 0 {
		t.Fatal("no .tf files found")
	}
	return out
}
