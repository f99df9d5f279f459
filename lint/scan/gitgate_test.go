package scan

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
)

// gitRepo is a real git repository in a temporary folder.
type gitRepo struct {
	t   *testing.T
	dir string
}

func newGitRepo(t *testing.T) *gitRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is needed for this test: ", err)
	}
	home := t.TempDir()
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, "gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "t")
	t.Setenv("GIT_AUTHOR_EMAIL", "t@example.invalid")
	t.Setenv("GIT_COMMITTER_NAME", "t")
	t.Setenv("GIT_COMMITTER_EMAIL", "t@example.invalid")
	g := &gitRepo{t: t, dir: t.TempDir()}
	g.git("init", "-q")
	return g
}

func (g *gitRepo) git(args ...string) string {
	g.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = g.dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		g.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (g *gitRepo) put(name, content string) {
	g.t.Helper()
	p := filepath.Join(g.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		g.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		g.t.Fatal(err)
	}
}

func (g *gitRepo) commit(msg string) {
	g.t.Helper()
	g.git("add", "-A")
	g.git("commit", "-q", "--no-verify", "-m", msg)
}

// state is what must not change: the index, HEAD, refs and the work tree.
func (g *gitRepo) state() string {
	g.t.Helper()
	h := sha256.New()
	_ = filepath.WalkDir(g.dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(g.dir, p)
		if strings.HasPrefix(rel, ".git"+string(filepath.Separator)+"objects") {
			return nil
		}
		data, _ := os.ReadFile(p)
		h.Write([]byte(rel))
		h.Write(data)
		return nil
	})
	return string(h.Sum(nil))
}

type gateResult struct {
	out      Outcome
	findings []string // check@address
	stdout   string
}

// scanRepo runs a scan of the repository from inside it (as the hook does).
func (g *gitRepo) scan(o Options) gateResult {
	g.t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(g.dir); err != nil {
		g.t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	if o.Paths == nil {
		o.Paths = []string{"."}
	}
	o.Checks = checks.All
	o.Formats = []string{"json"}
	var buf bytes.Buffer
	out, err := Run(o, &buf)
	if err != nil {
		g.t.Fatalf("scan: %v", err)
	}
	var rep struct {
		Findings []struct {
			Rule    string `json:"rule_id"`
			Address string `json:"address"`
			Status  string `json:"status"`
		} `json:"findings"`
	}
	if buf.Len() > 0 {
		if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
			g.t.Fatalf("json: %v\n%s", err, buf.String())
		}
	}
	var fs []string
	for _, f := range rep.Findings {
		if f.Status == "open" {
			fs = append(fs, f.Rule+"@"+f.Address)
		}
	}
	slices.Sort(fs)
	return gateResult{out, fs, buf.String()}
}

const gateBucket = `resource "aws_s3_bucket" "data" {
  bucket = "tl-data"
}
`

const gatePAB = `resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`

func gateVolume(name, encrypted string) string {
	return `resource "aws_ebs_volume" "` + name + `" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = ` + encrypted + `
}
`
}

const volumeCheck = "aws-ec2-encrypt-volumes"

// onlyVolumes keeps the scans to the two checks the story is about.
var gateInclude = []string{volumeCheck, "aws-s3-block-public-access"}

func TestStagedGate(t *testing.T) {
	g := newGitRepo(t)
	g.put("infra/main.tf", gateBucket+gateVolume("old", "false")+gateVolume("fixme", "false"))
	g.put("infra/pab.tf", gatePAB)
	g.put("other/main.tf", gateVolume("elsewhere", "false"))
	g.git("add", "-A")

	// A first commit (no HEAD) gates on everything it holds.
	r := g.scan(Options{Staged: true, Include: gateInclude})
	if r.out.Failing != 3 {
		t.Fatalf("first commit: %d failing %v, want the 3 volumes", r.out.Failing, r.findings)
	}
	g.commit("init")

	// A fix-only commit passes while the old findings remain, and says so.
	g.put("infra/main.tf", gateBucket+gateVolume("old", "false")+gateVolume("fixme", "true"))
	g.git("add", "-A")
	before := g.state()
	r = g.scan(Options{Staged: true, Include: gateInclude})
	if r.out.Failing != 0 || r.out.ExitCode() != ExitClean {
		t.Fatalf("fix-only commit: failing %d %v", r.out.Failing, r.findings)
	}
	if !strings.Contains(r.stdout, "still hold 1 finding") {
		t.Errorf("fix-only commit: no count of the findings still held:\n%s", r.stdout)
	}
	if g.state() != before {
		t.Error("the staged scan changed the work tree, the index or the refs")
	}
	// --all shows the old finding of the touched root (not other/).
	r = g.scan(Options{Staged: true, All: true, Include: gateInclude})
	if want := []string{volumeCheck + "@aws_ebs_volume.old"}; !slices.Equal(r.findings, want) {
		t.Errorf("--all: %v, want %v", r.findings, want)
	}
	g.commit("fix")

	// A moved resource (to another file, and its lines reordered) is not new.
	g.put("infra/main.tf", gateBucket)
	g.put("infra/volumes.tf", "\n\n# moved here\n"+gateVolume("old", "false"))
	g.git("add", "-A")
	if r = g.scan(Options{Staged: true, Include: gateInclude}); r.out.Failing != 0 {
		t.Errorf("moved resource: %v", r.findings)
	}
	g.commit("move")

	// Deleting the file with the public access block fails: pre-commit would
	// not even name the file; git does.
	g.git("rm", "-q", "infra/pab.tf")
	r = g.scan(Options{Staged: true, Include: gateInclude})
	if want := []string{"aws-s3-block-public-access@aws_s3_bucket.data"}; r.out.Failing != 1 || !slices.Equal(r.findings, want) {
		t.Errorf("deleted public access block: failing %d %v, want %v", r.out.Failing, r.findings, want)
	}
	// The same deletion with the file left untracked in the work tree: the
	// commit still loses it, so the gate still fails.
	g.git("reset", "-q")
	g.git("rm", "-q", "--cached", "infra/pab.tf")
	if r = g.scan(Options{Staged: true, Include: gateInclude}); r.out.Failing != 1 {
		t.Errorf("public access block unstaged but still on disk: failing %d %v", r.out.Failing, r.findings)
	}
	g.git("reset", "-q")

	// A commit that touches no Terraform scans nothing.
	g.put("README.md", "hello\n")
	g.git("add", "README.md")
	if r = g.scan(Options{Staged: true, Include: gateInclude}); r.out != (Outcome{}) || r.stdout != "" {
		t.Errorf("README-only commit: %+v %q", r.out, r.stdout)
	}
}

func TestNewFromRevWorkTree(t *testing.T) {
	g := newGitRepo(t)
	g.put("a/main.tf", gateVolume("old", "false"))
	g.put("b/main.tf", gateBucket+gatePAB)
	g.put("modules/disk/main.tf", "variable \"enc\" {}\n"+gateVolume("this", "var.enc"))
	g.put("c/main.tf", "module \"disk\" {\n  source = \"../modules/disk\"\n  enc    = true\n}\n")
	g.commit("init")

	before := g.state()
	r := g.scan(Options{NewFromRev: "HEAD", Include: gateInclude})
	if len(r.findings) != 0 || r.out.Failing != 0 {
		t.Fatalf("against itself: %v", r.findings)
	}
	if g.state() != before {
		t.Error("--new-from-rev changed the work tree, the index or the refs")
	}

	// Unstaged and untracked changes count: a new bad volume in a, and a
	// module change that makes c insecure.
	g.put("a/main.tf", gateVolume("old", "false")+gateVolume("added", "false"))
	g.put("modules/disk/main.tf", "variable \"enc\" {}\n"+gateVolume("this", "false"))
	g.put("d/main.tf", gateVolume("untracked", "false"))
	r = g.scan(Options{NewFromRev: "HEAD", Include: gateInclude})
	want := []string{
		volumeCheck + "@aws_ebs_volume.added",
		volumeCheck + "@aws_ebs_volume.untracked",
		volumeCheck + "@module.disk.aws_ebs_volume.this",
	}
	slices.Sort(want)
	if !slices.Equal(r.findings, want) {
		t.Errorf("work tree changes: %v, want %v", r.findings, want)
	}

	// A revision is handed to git only as a revision.
	for _, bad := range []string{"--output=/tmp/x", "HEAD\n", "no-such-rev"} {
		wd, _ := os.Getwd()
		_ = os.Chdir(g.dir)
		_, err := Run(Options{NewFromRev: bad, Checks: checks.All, Formats: []string{"json"}}, &bytes.Buffer{})
		_ = os.Chdir(wd)
		if err == nil {
			t.Errorf("--new-from-rev %q: no error", bad)
		}
	}
}

// new_from_rev in a stranger's .tenantlint.hcl compares only with the
// repository the tree is, not one its .git file points at.
func TestNewFromRevConfig(t *testing.T) {
	g := newGitRepo(t)
	g.put("a/main.tf", gateVolume("old", "false"))
	g.put(".tenantlint.hcl", "new_from_rev = \"HEAD\"\n")
	g.commit("init")
	g.put("a/main.tf", gateVolume("old", "false")+gateVolume("added", "false"))
	r := g.scan(Options{Include: gateInclude})
	if want := []string{volumeCheck + "@aws_ebs_volume.added"}; !slices.Equal(r.findings, want) {
		t.Errorf("new_from_rev from the config: %v, want %v", r.findings, want)
	}
	if r = g.scan(Options{Include: gateInclude, All: true}); len(r.findings) != 2 {
		t.Errorf("--all over new_from_rev: %v", r.findings)
	}

	// A tree whose .git is a file pointing at another repository.
	other := &gitRepo{t: t, dir: t.TempDir()}
	other.put("a/main.tf", gateVolume("old", "false")+gateVolume("added", "false"))
	other.put(".tenantlint.hcl", "new_from_rev = \"HEAD\"\n")
	other.put(".git", "gitdir: "+filepath.Join(g.dir, ".git")+"\n")
	wd, _ := os.Getwd()
	_ = os.Chdir(other.dir)
	defer func() { _ = os.Chdir(wd) }()
	_, err := Run(Options{Paths: []string{"."}, Checks: checks.All, Formats: []string{"json"}}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "outside the scanned repository") {
		t.Errorf("new_from_rev through a .git file pointing outside: %v", err)
	}
}
