//go:build unix

package confine

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tree makes a repository folder and an outside folder next to it, with
// the symlinks and files the tests share.
func tree(t *testing.T) (repo, outside string) {
	t.Helper()
	base := t.TempDir()
	repo = filepath.Join(base, "repo")
	outside = filepath.Join(base, "repository") // shares a prefix with repo
	for _, d := range []string{filepath.Join(repo, "sub"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	must(t, os.WriteFile(filepath.Join(repo, "main.tf"), []byte("ok"), 0o644))
	must(t, os.WriteFile(filepath.Join(outside, "secret"), []byte("SECRET"), 0o644))
	must(t, os.Symlink(filepath.Join(outside, "secret"), filepath.Join(repo, "out.tf")))
	must(t, os.Symlink(outside, filepath.Join(repo, "outdir")))
	must(t, os.Symlink("../main.tf", filepath.Join(repo, "sub", "in.tf")))
	must(t, os.Symlink(filepath.Join(outside, "missing"), filepath.Join(repo, "dangling")))
	must(t, os.Symlink("loop2", filepath.Join(repo, "loop1")))
	must(t, os.Symlink("loop1", filepath.Join(repo, "loop2")))
	return repo, outside
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestInside(t *testing.T) {
	repo, outside := tree(t)
	b, err := New(repo)
	must(t, err)
	for _, tc := range []struct {
		path string
		want bool
	}{
		{repo, true},
		{filepath.Join(repo, "main.tf"), true},
		{filepath.Join(repo, "sub", "in.tf"), true},          // a symlink that stays inside
		{filepath.Join(repo, "new", "deeper", "x"), true},    // does not exist: its parent decides
		{filepath.Join(repo, "out.tf"), false},               // a symlink to a file outside
		{filepath.Join(repo, "outdir"), false},               // a symlink to a folder outside
		{filepath.Join(repo, "outdir", "secret"), false},     // through it
		{filepath.Join(repo, "outdir", "not", "yet"), false}, // through it, not existing
		{filepath.Join(repo, "dangling"), false},             // would create a file outside
		{filepath.Join(repo, "dangling", "x"), false},
		{filepath.Join(repo, "dangling", "x", "y", "z"), false}, // a missing tail under a dangling link
		{filepath.Join(repo, "outdir", "a", "b", "c"), false},   // a missing tail under a link outside
		{filepath.Join(repo, "sub", "missing", "deeper", "f"), true},
		{filepath.Join(repo, "loop1"), false},
		{filepath.Join(repo, "..", "repository", "secret"), false},
		{outside, false}, // only shares a prefix with the root
		{"/etc/passwd", false},
		{"/", false},
	} {
		if _, got := b.Inside(tc.path); got != tc.want {
			t.Errorf("Inside(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
	if r, _ := b.Inside(filepath.Join(repo, "new", "deeper", "x")); r != filepath.Join(b.Roots()[0], "new", "deeper", "x") {
		t.Errorf("Inside resolved new/deeper/x to %s, want the missing tail kept as written under the root", r)
	}
	if r, _ := b.Inside(filepath.Join(repo, "sub", "in.tf")); r != filepath.Join(b.Roots()[0], "main.tf") {
		t.Errorf("Inside resolved sub/in.tf to %s, want the file it links to", r)
	}
}

func TestInsideRelativeAndAllowed(t *testing.T) {
	repo, outside := tree(t)
	t.Chdir(repo)
	b, err := New(".", outside)
	must(t, err)
	for _, p := range []string{"main.tf", "out.tf", "outdir/secret", filepath.Join(outside, "secret")} {
		if _, ok := b.Inside(p); !ok {
			t.Errorf("Inside(%s) = false with %s allowed", p, outside)
		}
	}
	if _, ok := b.Inside("/etc/passwd"); ok {
		t.Error("an extra root must not allow everything")
	}
	if got := len(b.Roots()); got != 2 {
		t.Errorf("Roots() has %d entries, want 2", got)
	}
}

func TestNilBoundaryAllowsAll(t *testing.T) {
	var b *Boundary
	if p, ok := b.Inside("/etc/passwd"); !ok || p != "/etc/passwd" {
		t.Errorf("nil Inside = %q, %v; want the path unchanged and true", p, ok)
	}
	if b.Roots() != nil {
		t.Error("nil Roots must be nil")
	}
}

func TestNewNeedsExistingRoot(t *testing.T) {
	if _, err := New(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("New accepted a root that does not exist")
	}
}

func TestOpenRefusesOutsideAndSpecial(t *testing.T) {
	repo, _ := tree(t)
	fifo := filepath.Join(repo, "pipe.tf")
	must(t, syscall.Mkfifo(fifo, 0o644))
	must(t, os.Symlink("/dev/zero", filepath.Join(repo, "zero.tf")))
	must(t, os.Symlink(fifo, filepath.Join(repo, "pipe-link.tf")))
	b, err := New(repo)
	must(t, err)
	for _, bb := range []*Boundary{nil, b} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, name := range []string{"pipe.tf", "zero.tf", "pipe-link.tf", "sub"} {
				if _, err := bb.ReadFile(filepath.Join(repo, name), 1<<20); !errors.Is(err, ErrNotRegular) && !errors.Is(err, ErrOutside) {
					t.Errorf("ReadFile(%s) with boundary %v: err = %v, want a refusal", name, bb != nil, err)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("ReadFile of a special file hung")
		}
	}
	if _, err := b.ReadFile(filepath.Join(repo, "out.tf"), 1<<20); !errors.Is(err, ErrOutside) {
		t.Errorf("ReadFile(out.tf) err = %v, want ErrOutside", err)
	}
	if _, err := b.ReadFile(filepath.Join(repo, "zero.tf"), 1<<20); !errors.Is(err, ErrOutside) {
		t.Errorf("ReadFile(zero.tf -> /dev/zero) err = %v, want ErrOutside", err)
	}
	var nilB *Boundary
	if data, err := nilB.ReadFile(filepath.Join(repo, "out.tf"), 1<<20); err != nil || string(data) != "SECRET" {
		t.Errorf("without a boundary a symlinked file is read as before; got %q, %v", data, err)
	}
}

func TestReadFile(t *testing.T) {
	repo, _ := tree(t)
	b, err := New(repo)
	must(t, err)
	data, err := b.ReadFile(filepath.Join(repo, "sub", "in.tf"), 2)
	if err != nil || string(data) != "ok" {
		t.Errorf("ReadFile(sub/in.tf) = %q, %v", data, err)
	}
	if _, err := b.ReadFile(filepath.Join(repo, "main.tf"), 1); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFile over the limit: err = %v, want ErrTooLarge", err)
	}
	_, err = b.ReadFile(filepath.Join(repo, "nope.tf"), 10)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile(nope.tf) err = %v, want not exist", err)
	}
	var pe *os.PathError
	if !errors.As(err, &pe) || pe.Path != filepath.Join(repo, "nope.tf") {
		t.Errorf("the error must name the path as given, got %v", err)
	}
}

func TestReadDir(t *testing.T) {
	repo, _ := tree(t)
	fifo := filepath.Join(repo, "pipe")
	must(t, syscall.Mkfifo(fifo, 0o644))
	done := make(chan error, 1)
	go func() {
		_, err := ReadDir(fifo)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Error("ReadDir of a FIFO must fail")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ReadDir opened a FIFO and hung")
	}
	if _, err := ReadDir(filepath.Join(repo, "main.tf")); err == nil {
		t.Error("ReadDir of a file must fail")
	}
	entries, err := ReadDir(repo)
	must(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"dangling", "loop1", "loop2", "main.tf", "out.tf", "outdir", "pipe", "sub"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("ReadDir = %v, want %v (sorted)", names, want)
	}
}

func TestFileAsRoot(t *testing.T) {
	repo, outside := tree(t)
	b, err := New(repo, filepath.Join(outside, "secret"))
	must(t, err)
	if _, ok := b.Inside(filepath.Join(outside, "secret")); !ok {
		t.Error("a file given as a root is inside")
	}
	must(t, os.WriteFile(filepath.Join(outside, "other"), nil, 0o644))
	for _, p := range []string{filepath.Join(outside, "other"), filepath.Join(outside, "secret", "x"), outside} {
		if _, ok := b.Inside(p); ok {
			t.Errorf("a file root allows only itself, but %s is inside", p)
		}
	}
}

// A dangling relative link inside a symlinked folder resolves from where
// the folder really is, not from the path as written.
func TestDanglingLinkInLinkedFolder(t *testing.T) {
	repo, outside := tree(t)
	deep := filepath.Join(outside, "deep")
	must(t, os.MkdirAll(deep, 0o755))
	must(t, os.Symlink(deep, filepath.Join(repo, "sub", "a")))
	must(t, os.Symlink("../x", filepath.Join(deep, "dl")))
	b, err := New(repo, filepath.Join(repo, "sub", "a"))
	must(t, err)
	// sub/a is allowed (it is deep), but sub/a/dl points to outside/x.
	if r, ok := b.Inside(filepath.Join(repo, "sub", "a", "dl")); ok {
		t.Errorf("sub/a/dl resolved to %s, inside; it creates %s", r, filepath.Join(outside, "x"))
	}
}
