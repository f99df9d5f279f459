package scan

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint/output"
)

// TestStreamingReportsAreIdentical: every report format is the same, byte
// for byte, whether roots are streamed (checked and dropped one by one,
// here with a cache so small that shared modules are parsed again) or
// everything is loaded first, on every fixture and on the real corpus when
// the checkout has it beside.
func TestStreamingReportsAreIdentical(t *testing.T) {
	trees := []string{filepath.Join("..", "..", "fixtures")}
	// The corpus is the large case (1,723 files), left to the full run.
	if corpus := filepath.Join("..", "..", "..", "shared", "corpus", "real"); dirExists(corpus) && !testing.Short() {
		trees = append(trees, corpus)
	}
	formats := output.Formats()
	for _, tree := range trees {
		t.Run(filepath.Base(tree), func(t *testing.T) {
			reports := func(name string, collect func(Options, *Settings) *Collected) map[string][]byte {
				dir := t.TempDir()
				opts := Options{
					Paths: []string{tree}, Checks: checks.All, Tool: output.Tool{Name: "tenantlint", Version: "test"},
					Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), CacheBytes: 1,
				}
				for _, f := range formats {
					opts.Formats = append(opts.Formats, f+"="+filepath.Join(dir, f))
				}
				var stdout bytes.Buffer
				if _, err := runWith(opts, &stdout, nil, collect); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				out := map[string][]byte{}
				for _, f := range formats {
					b, err := os.ReadFile(filepath.Join(dir, f))
					if err != nil {
						t.Fatal(err)
					}
					out[f] = b
				}
				return out
			}
			streamed := reports("stream", Collect)
			loaded := reports("load", CollectAll)
			for _, f := range formats {
				if !bytes.Equal(streamed[f], loaded[f]) {
					t.Errorf("%s report differs: %d bytes streamed, %d loaded", f, len(streamed[f]), len(loaded[f]))
				}
				if len(loaded[f]) < 200 {
					t.Errorf("%s report is only %d bytes: nothing was compared", f, len(loaded[f]))
				}
			}
		})
	}
}

func dirExists(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
