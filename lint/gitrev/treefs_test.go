package gitrev

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// treeRepo makes a repository with a commit holding links inside and out,
// a large file, an executable and a submodule entry.
func treeRepo(t *testing.T) (*Repo, string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is needed for this test: ", err)
	}
	home := t.TempDir()
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, "gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.invalid"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	put := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q")
	put("mod/main.tf", "variable \"x\" {}\n")
	put("mod/data/a.json", "{}\n")
	put("root/main.tf", "module \"m\" {\n  source = \"../mod\"\n}\n")
	put("big.txt", strings.Repeat("x", 2000))
	link("../mod", "root/linked")
	link("../../../etc/passwd", "root/escape")
	link("/etc/passwd", "root/absolute")
	link("loop2", "root/loop1")
	link("loop1", "root/loop2")
	link("linked/main.tf", "root/via.tf")
	git("add", "-A")
	// A submodule entry, without a submodule: git stores only a commit.
	git("update-index", "--add", "--cacheinfo", "160000,1111111111111111111111111111111111111111,vendor/sub")
	git("commit", "-q", "-m", "init")
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return r, dir
}

func TestTreeFS(t *testing.T) {
	r, _ := treeRepo(t)
	head, ok, err := r.Resolve("HEAD")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	files, subs, err := r.TreeAll(head)
	if err != nil {
		t.Fatal(err)
	}
	// Seen below a folder that does not exist: nothing is read from disk.
	mount := filepath.Join(t.TempDir(), "no", "such", "folder")
	tree, err := r.TreeFS(files, subs, mount, 1000, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tree.Close() }()
	at := func(rel string) string { return filepath.Join(mount, filepath.FromSlash(rel)) }

	if got, err := tree.ReadFile(at("mod/main.tf"), 1<<20); err != nil || string(got) != "variable \"x\" {}\n" {
		t.Errorf("ReadFile: %q %v", got, err)
	}
	// A link inside the tree is followed, as confine follows one.
	if got, err := tree.ReadFile(at("root/via.tf"), 1<<20); err != nil || string(got) != "variable \"x\" {}\n" {
		t.Errorf("through a link: %q %v", got, err)
	}
	if p, ok := tree.Inside(at("root/linked/data/a.json")); !ok || p != at("mod/data/a.json") {
		t.Errorf("Inside through a folder link: %q %v", p, ok)
	}
	entries, err := tree.ReadDir(at("root/linked"))
	if err != nil || len(entries) != 2 || entries[0].Name() != "data" || !entries[0].IsDir() || entries[1].Name() != "main.tf" {
		t.Errorf("ReadDir through a link: %v %v", entries, err)
	}
	if info, err := tree.Lstat(at("root/linked")); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("Lstat of a link: %v %v", info, err)
	}
	if info, err := tree.Stat(at("root/linked")); err != nil || !info.IsDir() {
		t.Errorf("Stat of a folder link: %v %v", info, err)
	}
	// Links out of the tree, absolute or relative, and loops are outside.
	for _, name := range []string{"root/escape", "root/absolute", "root/loop1"} {
		if _, ok := tree.Inside(at(name)); ok {
			t.Errorf("%s: inside", name)
		}
		if _, err := tree.ReadFile(at(name), 1<<20); !errors.Is(err, confine.ErrOutside) {
			t.Errorf("%s: %v, want outside", name, err)
		}
	}
	// A path that leaves the mount is outside (no Outside FS given).
	if _, ok := tree.Inside(filepath.Join(mount, "..", "x")); ok {
		t.Error("a path above the mount is inside")
	}
	// Over the tree's limit the blob is not read; over the reader's, refused.
	if _, err := tree.ReadFile(at("big.txt"), 1<<20); !errors.Is(err, confine.ErrTooLarge) {
		t.Errorf("big file: %v", err)
	}
	rc, info, err := tree.Open(at("big.txt"))
	if err != nil || info.Size() != 2000 {
		t.Fatalf("Open big file: %v %v", info, err)
	}
	if _, err := io.ReadAll(rc); !errors.Is(err, confine.ErrTooLarge) {
		t.Errorf("reading a big file: %v", err)
	}
	if _, err := tree.ReadFile(at("mod/main.tf"), 3); !errors.Is(err, confine.ErrTooLarge) {
		t.Errorf("over the reader's limit: %v", err)
	}
	// Folders are not regular files; missing files do not exist.
	if _, _, err := tree.Open(at("mod")); !errors.Is(err, confine.ErrNotRegular) {
		t.Errorf("Open a folder: %v", err)
	}
	if _, err := tree.ReadFile(at("mod/nothing.tf"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := tree.ReadDir(at("mod/main.tf")); err == nil {
		t.Error("ReadDir of a file: no error")
	}
	// The submodule is named, not shown.
	if got := tree.Submodules(); len(got) != 1 || got[0] != "vendor/sub" {
		t.Errorf("submodules: %v", got)
	}
	if _, err := tree.Stat(at("vendor/sub")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("submodule path: %v", err)
	}
	if tree.Err() != nil {
		t.Errorf("Err: %v", tree.Err())
	}
	if _, err := os.Stat(mount); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the mount was made on disk: %v", err)
	}
	// Blobs are read once: again from the cache.
	n := tree.BlobsRead()
	_, _ = tree.ReadFile(at("mod/main.tf"), 1<<20)
	if tree.BlobsRead() != n {
		t.Error("a cached blob was read again")
	}
	if err := tree.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := tree.ReadFile(at("mod/data/a.json"), 10); err == nil {
		t.Error("read after Close")
	}
}

// A tree entry git could be made to hold but would never write (a ".."
// or ".git" part) does not exist in the tree.
func TestTreeFSUnsafeNames(t *testing.T) {
	r := &Repo{Top: t.TempDir(), Format: "sha1"}
	oid := strings.Repeat("a", 40)
	tree, err := r.TreeFS(map[string]Entry{"../x.tf": {Mode: "100644", OID: oid}, "a/.git/config": {Mode: "100644", OID: oid}, "ok.tf": {Mode: "100644", OID: oid}}, nil, "/m", 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := tree.ReadDir("/m")
	if err != nil || len(entries) != 1 || entries[0].Name() != "ok.tf" {
		t.Errorf("top: %v %v", entries, err)
	}
	if _, err := tree.Lstat("/m/a/.git/config"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf(".git entry: %v", err)
	}
	if !validOID(oid) || validOID("HEAD") || validOID(strings.Repeat("g", 40)) {
		t.Error("validOID")
	}
}
