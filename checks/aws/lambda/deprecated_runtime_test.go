package lambda

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

// TestDeprecatedRuntimeDate judges one function on nodejs20.x (deprecated on
// 2026-04-30) the day before, on the day and the day after, with the run's
// clock: the date decides, not the machine's.
func TestDeprecatedRuntimeDate(t *testing.T) {
	dir := t.TempDir()
	src := "resource \"aws_lambda_function\" \"f\" {\n  function_name = \"f\"\n  role = \"arn:aws:iam::123456789012:role/f\"\n  runtime = \"nodejs20.x\"\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	for _, c := range []struct {
		day  string
		want int
	}{{"2026-04-29", 0}, {"2026-04-30", 1}, {"2026-05-01", 1}} {
		now, err := time.Parse(time.DateOnly, c.day)
		if err != nil {
			t.Fatal(err)
		}
		fs, diags := lint.RunWith(res.Modules, []*lint.Check{DeprecatedRuntime}, lint.RunOptions{Now: now.Add(13 * time.Hour)})
		if len(diags) > 0 || len(fs) != c.want {
			t.Errorf("on %s: %d findings (%v), want %d", c.day, len(fs), diags, c.want)
		}
	}
}
