package scan_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/scan"
)

// BenchmarkScanRealCorpus is the whole CLI run on the shared corpus of real
// public modules: settle, load inside the boundary, every check, suppress,
// and the text and SARIF reports.
func BenchmarkScanRealCorpus(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "real")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no shared corpus at " + dir)
	}
	opts := scan.Options{Paths: []string{dir}, Checks: checks.All, Formats: []string{"text"}, Tool: output.Tool{Name: "tenantlint"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scan.Run(opts, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
