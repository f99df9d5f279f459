//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// loadWithin fails when LoadWith takes longer than 5 s: a FIFO must never
// be opened.
func loadWithin(t *testing.T, path string, o LoadOptions) (*Config, error) {
	t.Helper()
	type result struct {
		cfg *Config
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := LoadWith(path, o)
		done <- result{c, err}
	}()
	select {
	case r := <-done:
		return r.cfg, r.err
	case <-time.After(5 * time.Second):
		t.Fatalf("LoadWith(%s) hung", path)
		return nil, nil
	}
}

func TestLoadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.hcl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, FileName)
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, zero, dir} {
		for _, o := range []LoadOptions{{}, {Untrusted: true}} {
			_, err := loadWithin(t, p, o)
			if err == nil || !strings.Contains(err.Error(), "not a regular file") || !strings.Contains(err.Error(), p) {
				t.Errorf("LoadWith(%s, %+v) error %v, want one naming the file as not regular", p, o, err)
			}
		}
	}
}

func TestLoadCapsSize(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "# "+strings.Repeat("x", MaxSize)+"\n")
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load of a file over MaxSize: error %v", err)
	}
}

func TestLoadRefusesConfigOutsideBoundary(t *testing.T) {
	base := t.TempDir()
	repo, outside := filepath.Join(base, "repo"), filepath.Join(base, "outside")
	for _, d := range []string{repo, outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	target := write(t, outside, `fail_on = "SECRET-7f3a9"`)
	link := filepath.Join(repo, FileName)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	b, err := confine.New(repo)
	if err != nil {
		t.Fatal(err)
	}
	_, err = loadWithin(t, link, LoadOptions{Untrusted: true, Boundary: b})
	if err == nil || !strings.Contains(err.Error(), "outside the repository") || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("a config symlinked out of the repository: error %v", err)
	}
	// Without a boundary it is read as before (and fails on its content).
	if _, err := Load(link); err == nil || !strings.Contains(err.Error(), "fail_on") {
		t.Errorf("Load without a boundary: error %v", err)
	}
}

func TestCheckUntrusted(t *testing.T) {
	outside := t.TempDir()
	cases := []struct {
		name, src, want string
		setup           func(t *testing.T, dir string)
	}{
		{name: "absolute report", src: "fail_on = \"low\"\nformats = [\n  \"json\",\n  \"text=/tmp/x.sh\",\n]\n",
			want: FileName + `:4: formats: "text=/tmp/x.sh" writes outside the repository; only relative paths inside the folder of .tenantlint.hcl are allowed (use --format to write elsewhere)`},
		{name: "dotdot report", src: `formats = ["sarif=../../x.sarif"]`, want: FileName + `:1: formats: "sarif=../../x.sarif" writes outside the folder`},
		{name: "dotdot that cleans inside", src: `formats = ["sarif=a/../x.sarif"]`, want: `formats: "sarif=a/../x.sarif" writes outside the folder`},
		{name: "backslash absolute", src: `formats = ["sarif=\\x.sarif"]`, want: "writes outside the repository"},
		{name: "symlinked parent", src: `formats = ["json=reports/out.json"]`, want: "through a symbolic link",
			setup: func(t *testing.T, dir string) { symlink(t, outside, filepath.Join(dir, "reports")) }},
		{name: "symlinked report", src: `formats = ["json=out.json"]`, want: "through a symbolic link",
			setup: func(t *testing.T, dir string) {
				symlink(t, filepath.Join(outside, "x.sh"), filepath.Join(dir, "out.json"))
			}},
		{name: "fifo report", src: `formats = ["json=out.json"]`, want: "not a regular file",
			setup: func(t *testing.T, dir string) {
				if err := syscall.Mkfifo(filepath.Join(dir, "out.json"), 0o644); err != nil {
					t.Fatal(err)
				}
			}},
		{name: "absolute var file", src: "\nvar_files = [\"/etc/passwd\"]", want: FileName + `:2: var_files: "/etc/passwd" reads outside the repository; only relative paths inside the folder of .tenantlint.hcl are allowed (use --var-file to read elsewhere)`},
		{name: "dotdot var file", src: `var_files = ["../secrets.tfvars"]`, want: `var_files: "../secrets.tfvars" reads outside the folder`},
		{name: "symlinked var file", src: `var_files = ["env/prod.tfvars"]`, want: "reads outside the repository through a symbolic link",
			setup: func(t *testing.T, dir string) { symlink(t, outside, filepath.Join(dir, "env")) }},
		{name: "relative inside", src: `formats = ["text", "sarif=out/x.sarif", "json=r.json"]
var_files = ["prod.tfvars", "env/dev.tfvars"]`, want: ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			t.Chdir(dir)
			p := write(t, dir, tc.src)
			// Found in the tree: checked.
			cfg, err := loadWithin(t, FileName, LoadOptions{Untrusted: true})
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("untrusted: unexpected error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("untrusted: error %v, want one containing %q", err, tc.want)
			}
			if tc.want == "" && cfg.CheckUntrusted() != nil {
				t.Error("CheckUntrusted disagrees with LoadWith")
			}
			// Given with --config: trusted, loads.
			cfg, err = Load(p)
			if err != nil {
				t.Fatalf("trusted: %v", err)
			}
			if tc.want != "" && cfg.CheckUntrusted() == nil {
				t.Error("CheckUntrusted on the loaded file must fail too")
			}
		})
	}
}

func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

func TestFormatSpecs(t *testing.T) {
	dir := t.TempDir()
	cfg, err := Load(write(t, dir, `formats = ["text", "sarif=out/x.sarif", "json=/abs/r.json"]`))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(cfg.FormatSpecs(), " ")
	want := "text sarif=" + filepath.Join(dir, "out", "x.sarif") + " json=/abs/r.json"
	if got != want {
		t.Errorf("FormatSpecs = %s, want %s", got, want)
	}
	var none *Config
	if none.FormatSpecs() != nil || none.CheckUntrusted() != nil {
		t.Error("a nil config has no formats and nothing to check")
	}
}
