package scan

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/gitrev"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// copyTree copies the regular files below src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// loadedView is what a load found, with file names relative to base: each
// finding (and its fingerprint) and each diagnostic's summary and place.
func loadedView(t *testing.T, base string, res *load.Result) []string {
	t.Helper()
	rel := func(name string) string {
		if r, err := filepath.Rel(base, name); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
		return name
	}
	findings, _ := lint.RunWith(res.Modules, checks.All, lint.RunOptions{})
	var out []string
	for _, fd := range findings {
		out = append(out, fmt.Sprintf("F %s %s:%d %s %s", fd.Check.ID, rel(fd.Range.Filename), fd.Range.Start.Line, fd.Address, fd.Fingerprint(rel(fd.Range.Filename))))
	}
	for _, d := range res.Diagnostics {
		where := ""
		if d.Subject != nil {
			where = rel(d.Subject.Filename)
		}
		out = append(out, fmt.Sprintf("D %s %s %s", d.Severity, d.Summary, where))
	}
	for name := range res.Sources {
		out = append(out, "S "+rel(name))
	}
	slices.Sort(out)
	return out
}

// A tree read from git objects loads as the same files on disk do: every
// loader fixture, file functions, links inside and out of the tree, var
// files, module calls.
func TestTreeFSLoadsAsDisk(t *testing.T) {
	g := newGitRepo(t)
	copyTree(t, filepath.Join("..", "..", "fixtures", "load"), g.dir)
	g.put("files/main.tf", `locals {
  policy = file("${path.module}/policy.json")
  all    = fileset(path.module, "docs/**/*.txt")
  there  = fileexists("${path.module}/docs/a.txt")
  none   = fileexists("${path.module}/nothing")
  out    = file("${path.module}/escape")
  tpl    = templatefile("${path.module}/t.tpl", { name = "x" })
}
resource "aws_s3_bucket" "b" {
  bucket = local.tpl
  tags   = { n = length(local.all), e = local.there, p = local.policy }
}
resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 8
}
module "linked" {
  source = "./via"
}
`)
	g.put("files/policy.json", "{\"Statement\": []}\n")
	g.put("files/docs/a.txt", "a\n")
	g.put("files/docs/deep/b.txt", "b\n")
	g.put("files/t.tpl", "bucket-${name}\n")
	g.put("shared/mod/main.tf", gateVolume("inner", "false"))
	g.put("files/terraform.tfvars", "unused = 1\n")
	for target, name := range map[string]string{"../shared/mod": "files/via", "/etc/passwd": "files/escape", "../../outside.tf": "files/out.tf"} {
		if err := os.Symlink(target, filepath.Join(g.dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	g.commit("init")

	// (The module is no root of its own: a folder reached both directly
	// and through a link is named after whichever root parses it first.)
	repo, err := gitrev.Open(g.dir)
	if err != nil {
		t.Fatal(err)
	}
	head, _, err := repo.Resolve("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	files, subs, err := repo.TreeAll(head)
	if err != nil {
		t.Fatal(err)
	}
	var roots []string
	for name := range files {
		if strings.HasSuffix(name, ".tf") && !strings.Contains(name, "/modules/") && !strings.HasPrefix(name, "shared/") {
			roots = append(roots, filepath.Dir(name))
		}
	}
	slices.Sort(roots)
	roots = slices.Compact(roots)
	paths := func(base string) []string {
		var out []string
		for _, r := range roots {
			out = append(out, filepath.Join(base, filepath.FromSlash(r)))
		}
		return out
	}

	b, err := confine.New(g.dir)
	if err != nil {
		t.Fatal(err)
	}
	disk := loadedView(t, g.dir, load.Load(paths(g.dir), load.Options{Boundary: b}))

	// The tree seen below a folder that does not exist, so that a read the
	// loader did not send through the tree fails instead of finding the
	// same file on disk.
	mount := filepath.Join(t.TempDir(), "rev")
	tree, err := repo.TreeFS(files, subs, mount, maxTreeBlob, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tree.Close() }()
	fromGit := loadedView(t, mount, load.Load(paths(mount), load.Options{Boundary: b, Files: tree}))
	if os.Getenv("TL_SHOW") != "" {
		t.Log(strings.Join(disk, "\n"))
	}
	if !slices.Equal(disk, fromGit) {
		t.Errorf("disk and git tree loads differ:\n disk: %s\n  git: %s", strings.Join(disk, "\n       "), strings.Join(fromGit, "\n       "))
	}
	if len(disk) < 20 || !slices.ContainsFunc(disk, func(s string) bool { return strings.Contains(s, "module.linked.aws_ebs_volume.inner") }) {
		t.Errorf("the comparison saw too little: %v", disk)
	}
	// The streaming load reads the same through the tree.
	mods, _ := load.Stream(paths(mount), load.Options{Boundary: b, Files: tree}, func(m *lint.Module) int { return len(m.Resources()) })
	if len(mods) == 0 {
		t.Error("stream: nothing loaded")
	}
	if _, err := os.Stat(mount); err == nil {
		t.Error("the mount folder was made on disk")
	}
	var _ fsys.FS = tree
}

// --new-from-rev and --staged read the revision and the index from git
// objects: nothing is written, not even to the temporary folder, and the
// findings are those the comparison always gave.
func TestGitGateWritesNothing(t *testing.T) {
	g := newGitRepo(t)
	g.put("a/main.tf", gateVolume("old", "false"))
	g.put("modules/disk/main.tf", "variable \"enc\" {}\n"+gateVolume("this", "var.enc"))
	g.put("c/main.tf", "module \"disk\" {\n  source = \"../modules/disk\"\n  enc    = true\n}\n")
	g.put("b/main.tf", gateBucket)
	g.put("b/pab.tf", gatePAB)
	if err := os.Symlink("../modules", filepath.Join(g.dir, "b", "mods")); err != nil {
		t.Fatal(err)
	}
	g.commit("init")

	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	empty := func(when string) {
		t.Helper()
		if entries, err := os.ReadDir(tmp); err != nil || len(entries) != 0 {
			t.Errorf("%s: the temporary folder holds %v (%v)", when, entries, err)
		}
	}

	g.put("a/main.tf", gateVolume("old", "false")+gateVolume("added", "false"))
	g.put("modules/disk/main.tf", "variable \"enc\" {}\n"+gateVolume("this", "false"))
	if err := os.Remove(filepath.Join(g.dir, "b", "pab.tf")); err != nil {
		t.Fatal(err)
	}
	before := g.state()
	r := g.scan(Options{NewFromRev: "HEAD", Include: gateInclude})
	want := []string{
		"aws-s3-block-public-access@aws_s3_bucket.data",
		volumeCheck + "@aws_ebs_volume.added",
		volumeCheck + "@module.disk.aws_ebs_volume.this",
	}
	slices.Sort(want)
	if !slices.Equal(r.findings, want) {
		t.Errorf("--new-from-rev: %v, want %v", r.findings, want)
	}
	empty("--new-from-rev")
	if g.state() != before {
		t.Error("--new-from-rev changed the work tree, the index or the refs")
	}

	// Staged: only a's change; the module change and the deletion are not.
	g.git("add", "a/main.tf")
	before = g.state()
	r = g.scan(Options{Staged: true, Include: gateInclude})
	if want := []string{volumeCheck + "@aws_ebs_volume.added"}; !slices.Equal(r.findings, want) {
		t.Errorf("--staged: %v, want %v", r.findings, want)
	}
	empty("--staged")
	if g.state() != before {
		t.Error("--staged changed the work tree, the index or the refs")
	}
}

// A pre-commit run honours .tenantlint.hcl as staged, not as the work tree
// holds it after the staging.
func TestStagedConfigAsStaged(t *testing.T) {
	g := newGitRepo(t)
	g.put("a/main.tf", gateVolume("old", "false"))
	g.commit("init")
	g.put("a/main.tf", gateVolume("old", "false")+gateVolume("added", "false"))
	g.put(".tenantlint.hcl", "disable {\n  checks = [\"aws-ec2-encrypt-volumes\"]\n}\n")
	g.git("add", "-A")
	// Unstaged: the work tree's file no longer excludes anything.
	g.put(".tenantlint.hcl", "fail_on = \"low\"\n")
	if r := g.scan(Options{Staged: true, Include: gateInclude}); len(r.findings) != 0 {
		t.Errorf("staged disable block not honoured: %v", r.findings)
	}
	// And the other way round: staged without the exclusion.
	g.put(".tenantlint.hcl", "fail_on = \"low\"\n")
	g.git("add", "-A")
	g.put(".tenantlint.hcl", "disable {\n  checks = [\"aws-ec2-encrypt-volumes\"]\n}\n")
	if r := g.scan(Options{Staged: true, Include: gateInclude}); len(r.findings) != 1 {
		t.Errorf("work tree configuration used instead of the staged one: %v", r.findings)
	}
}
