//go:build unix

package funcs

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint/load/confine"
)

func TestTableForRefusesOutside(t *testing.T) {
	base := t.TempDir()
	repo, outside := filepath.Join(base, "repo"), filepath.Join(base, "outside")
	for _, d := range []string{filepath.Join(repo, "data"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(outside, "secret"), []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "data", "a.txt"), []byte("in"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "secret"), filepath.Join(repo, "data", "b.txt")); err != nil {
		t.Fatal(err)
	}
	b, err := confine.New(repo)
	if err != nil {
		t.Fatal(err)
	}
	var refused []string
	tbl := TableFor(Access{Dir: repo, Boundary: b, Refused: func(fn, path string) { refused = append(refused, fn+" "+path) }})
	secret := filepath.ToSlash(filepath.Join(outside, "secret"))
	for _, tc := range []struct {
		src  string
		want cty.Value
		hear string
	}{
		{`file("` + secret + `")`, cty.UnknownVal(cty.String), "file " + secret},
		{`file("../outside/secret")`, cty.UnknownVal(cty.String), "file ../outside/secret"},
		{`filesha256("data/b.txt")`, cty.UnknownVal(cty.String), "filesha256 data/b.txt"},
		{`filebase64("` + secret + `")`, cty.UnknownVal(cty.String), "filebase64 " + secret},
		{`fileexists("` + secret + `")`, cty.UnknownVal(cty.Bool), "fileexists " + secret},
		{`templatefile("` + secret + `", {})`, cty.DynamicVal, "templatefile " + secret},
		{`fileset("` + filepath.ToSlash(outside) + `", "*")`, cty.UnknownVal(cty.Set(cty.String)), "fileset " + filepath.ToSlash(outside)},
		{`fileset("data", "*")`, cty.SetVal([]cty.Value{cty.StringVal("a.txt")}), "fileset data/b.txt"},
		{`file("data/a.txt")`, cty.StringVal("in"), ""},
		{`fileexists("data/nope")`, cty.False, ""},
	} {
		refused = nil
		got, diags := evalIn(t, tbl, tc.src)
		if diags.HasErrors() {
			t.Errorf("%s: %s", tc.src, diags)
			continue
		}
		if !same(got, tc.want) {
			t.Errorf("%s = %#v, want %#v", tc.src, got, tc.want)
		}
		if got.IsKnown() && strings.Contains(got.GoString(), "SECRET") {
			t.Errorf("%s leaked the secret", tc.src)
		}
		switch {
		case tc.hear == "" && len(refused) > 0:
			t.Errorf("%s: refused %v, want nothing", tc.src, refused)
		case tc.hear != "" && !slices.Contains(refused, tc.hear):
			t.Errorf("%s: refused %v, want %q", tc.src, refused, tc.hear)
		}
	}
	// Without a Refused hook the functions still refuse, quietly.
	quiet := TableFor(Access{Dir: repo, Boundary: b})
	if got, _ := evalIn(t, quiet, `file("`+secret+`")`); got.IsKnown() {
		t.Errorf("file outside without a hook = %#v, want unknown", got)
	}
}

func TestFileFunctionsNeverOpenSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	tbl := Table(dir)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, src := range []string{`file("pipe")`, `filemd5("pipe")`, `templatefile("pipe", {})`, `fileexists("pipe")`, `fileset("pipe", "*")`, `fileset(".", "**")`, `file("/dev/zero")`} {
			got, _ := evalIn(t, tbl, src)
			if src == `fileset(".", "**")` && !same(got, cty.SetVal([]cty.Value{cty.StringVal("pipe")})) {
				t.Errorf("%s = %#v: a FIFO is listed, as a name, not opened", src, got)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("a file function opened a FIFO and hung")
	}
}
