package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDeterministicUnderParallelism scans the shared corpus of real modules
// with 1, 2 and 8 OS threads and expects the same bytes each time: findings
// that two roots reach through a shared module keep the same call chain
// whichever worker finished first.
func TestDeterministicUnderParallelism(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "real")
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("no shared corpus at " + corpus)
	}
	if testing.Short() {
		t.Skip("scans the whole corpus three times")
	}
	var first string
	for _, procs := range []string{"1", "2", "8"} {
		r := runBin(t, ".", []string{"GOMAXPROCS=" + procs}, "--format", "json", "--repo-root", corpus, corpus)
		// The corpus holds two files that were git symlinks (a relative path
		// as their text): syntax errors, so exit 3 with a full report.
		if r.stdout == "" {
			t.Fatalf("GOMAXPROCS=%s: no report (exit %d): %s", procs, r.code, r.stderr)
		}
		if first == "" {
			first = r.stdout
			continue
		}
		if r.stdout != first {
			t.Errorf("GOMAXPROCS=%s gives a different report than GOMAXPROCS=1", procs)
		}
	}
}
