//go:build unix

package load

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// secret is what a file outside the repository holds: lines that would be
// shown as excerpts under a parse error if the loader read it as Terraform.
const secret = "root:x:0:0:SECRET-7f3a9:/root:/bin/bash\ndaemon:x:1:1:SECRET-LINE-2:/usr/sbin\n"

// hostile is a repository (repo) next to a folder it must not read
// (outside, holding the secret file and a module with a resource).
type hostile struct {
	repo, outside string
	b             *confine.Boundary
}

func newHostile(t *testing.T, files map[string]string) *hostile {
	t.Helper()
	base := t.TempDir()
	h := &hostile{repo: filepath.Join(base, "repo"), outside: filepath.Join(base, "outside")}
	for name, content := range files {
		writeFile(t, filepath.Join(h.repo, name), content)
	}
	writeFile(t, filepath.Join(h.outside, "secret"), secret)
	writeFile(t, filepath.Join(h.outside, "mod", "main.tf"), `
resource "aws_s3_bucket" "leak" { bucket = "SECRET-7f3a9" }
output "name" { value = "SECRET-7f3a9" }
`)
	if err := os.MkdirAll(h.repo, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := confine.New(h.repo)
	if err != nil {
		t.Fatal(err)
	}
	h.b = b
	return h
}

func writeFile(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (h *hostile) link(t *testing.T, target, name string) {
	t.Helper()
	p := filepath.Join(h.repo, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
}

func (h *hostile) fifo(t *testing.T, name string) {
	t.Helper()
	p := filepath.Join(h.repo, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
}

// load runs Load with the boundary set and fails if it takes over 10 s.
func (h *hostile) load(t *testing.T, opts Options) *Result {
	t.Helper()
	opts.Boundary = h.b
	return loadOpts(t, []string{h.repo}, opts)
}

func loadOpts(t *testing.T, paths []string, opts Options) *Result {
	t.Helper()
	done := make(chan *Result, 1)
	go func() { done <- Load(paths, opts) }()
	select {
	case res := <-done:
		return res
	case <-time.After(slowdown * 10 * time.Second):
		t.Fatal("Load did not finish within 10s: a special file was opened")
		return nil
	}
}

// secretForms are the secret and every encoding a file function could turn
// it into; none may appear anywhere in a result.
func secretForms() []string {
	b := []byte(secret)
	m, s1, s256, s512 := md5.Sum(b), sha1.Sum(b), sha256.Sum256(b), sha512.Sum512(b)
	return []string{
		"SECRET-7f3a9", "SECRET-LINE-2", "root:x:0:0",
		base64.StdEncoding.EncodeToString(b),
		hex.EncodeToString(m[:]), hex.EncodeToString(s1[:]), hex.EncodeToString(s256[:]), hex.EncodeToString(s512[:]),
		base64.StdEncoding.EncodeToString(s256[:]), base64.StdEncoding.EncodeToString(s512[:]),
	}
}

// assertNoLeak fails if the secret shows in a diagnostic, a source, or any
// string in any resource's values.
func assertNoLeak(t *testing.T, res *Result) {
	t.Helper()
	var texts []string
	for _, d := range res.Diagnostics {
		texts = append(texts, d.Summary, d.Detail)
		if d.Subject != nil {
			texts = append(texts, d.Subject.Filename)
		}
	}
	for name, src := range res.Sources {
		texts = append(texts, name, string(src))
	}
	for _, m := range res.Modules {
		for _, r := range m.All() {
			texts = append(texts, r.Address)
			texts = append(texts, blockStrings(r.Body)...)
		}
	}
	for _, form := range secretForms() {
		for _, s := range texts {
			if strings.Contains(s, form) {
				t.Fatalf("the outside file leaked (%q) into %q", form, s)
			}
		}
	}
}

func blockStrings(b *lint.Block) []string {
	var out []string
	for _, n := range b.AttrNames() {
		v, _ := b.Attr(n).Value.UnmarkDeep()
		_ = cty.Walk(v, func(_ cty.Path, x cty.Value) (bool, error) {
			if x.IsKnown() && !x.IsNull() && x.Type() == cty.String {
				out = append(out, x.AsString())
			}
			return true, nil
		})
	}
	for _, c := range b.AllBlocks() {
		out = append(out, blockStrings(c)...)
	}
	return out
}

func diagWith(res *Result, sev lint.DiagSeverity, text string) *lint.Diagnostic {
	for i, d := range res.Diagnostics {
		if d.Severity == sev && strings.Contains(d.Summary+"\n"+d.Detail, text) {
			return &res.Diagnostics[i]
		}
	}
	return nil
}

func mustDiag(t *testing.T, res *Result, sev lint.DiagSeverity, text string) *lint.Diagnostic {
	t.Helper()
	d := diagWith(res, sev, text)
	if d == nil {
		var got []string
		for _, d := range res.Diagnostics {
			got = append(got, fmt.Sprintf("%v: %s: %s", d.Severity, d.Summary, d.Detail))
		}
		t.Fatalf("no %s diagnostic with %q; got:\n%s", sev, text, strings.Join(got, "\n"))
	}
	return d
}

func TestConfineFileFunctions(t *testing.T) {
	h := newHostile(t, nil)
	abs := filepath.ToSlash(filepath.Join(h.outside, "secret"))
	writeFile(t, filepath.Join(h.repo, "inside.txt"), "hello")
	writeFile(t, filepath.Join(h.repo, "files", "a.txt"), "a")
	h.link(t, filepath.Join(h.outside, "secret"), "files/b.txt")
	h.link(t, h.outside, "files/out")
	writeFile(t, filepath.Join(h.repo, "main.tf"), `
resource "aws_s3_bucket" "f" {
  bucket = file("`+abs+`")
  acl    = file("../outside/secret")
  tags = {
    b64    = filebase64("`+abs+`")
    md5    = filemd5("`+abs+`")
    sha1   = filesha1("`+abs+`")
    sha256 = filesha256("`+abs+`")
    sha512 = filesha512("`+abs+`")
    bs256  = filebase64sha256("`+abs+`")
    bs512  = filebase64sha512("`+abs+`")
    tmpl   = templatefile("`+abs+`", {})
    exists = fileexists("`+abs+`")
    root   = join(",", fileset("/", "etc/*"))
    out    = join(",", fileset("`+filepath.ToSlash(h.outside)+`", "*"))
    link   = file("files/b.txt")
  }
}
resource "aws_s3_bucket" "in" {
  bucket = file("inside.txt")
  tags = {
    set    = join(",", fileset(".", "files/**"))
    exists = fileexists("inside.txt")
  }
}
`)
	res := h.load(t, Options{})
	assertNoLeak(t, res)
	rs := resources(res)
	f := rs["aws_s3_bucket.f"]
	if f == nil {
		t.Fatal("resource aws_s3_bucket.f missing")
	}
	if a := f.Attr("bucket"); !a.Unknown() {
		t.Errorf("file() outside: bucket = %#v, want unknown", a.Value)
	}
	for _, k := range []string{"b64", "md5", "sha1", "sha256", "sha512", "bs256", "bs512", "tmpl", "exists", "root", "out", "link"} {
		if a := f.Attr("tags").Get(k); !a.Unknown() {
			t.Errorf("tags.%s = %#v, want unknown", k, a.Value)
		}
	}
	d := mustDiag(t, res, lint.DiagWarning, `file("`+abs+`"): outside the repository, not read`)
	if d.Subject == nil || d.Subject.Start.Line != 3 || !strings.HasSuffix(d.Subject.Filename, "main.tf") {
		t.Errorf("the warning should point at the call on main.tf:3, got %v", d.Subject)
	}
	if d := mustDiag(t, res, lint.DiagWarning, `file("../outside/secret")`); d.Subject.Start.Line != 4 {
		t.Errorf("relative path warning at line %d, want 4", d.Subject.Start.Line)
	}
	for _, fn := range []string{"filebase64", "filemd5", "filesha1", "filesha256", "filesha512", "filebase64sha256", "filebase64sha512", "templatefile", "fileexists"} {
		mustDiag(t, res, lint.DiagWarning, fn+`("`+abs+`"): outside the repository`)
	}
	mustDiag(t, res, lint.DiagWarning, `fileset("/"): outside the repository`)
	mustDiag(t, res, lint.DiagWarning, `file("files/b.txt"): outside the repository`)

	in := rs["aws_s3_bucket.in"]
	if s, ok := in.Attr("bucket").StringOr(""); !ok || s != "hello" {
		t.Errorf("file() inside: bucket = %q, %v; want hello", s, ok)
	}
	// The symlink to a file outside is left out of the set; the symlinked
	// folder is not entered.
	if s, ok := in.Attr("tags").Get("set").StringOr(""); !ok || s != "files/a.txt" {
		t.Errorf("fileset inside = %q, %v; want files/a.txt only", s, ok)
	}
	mustDiag(t, res, lint.DiagWarning, `fileset("files/b.txt"): outside the repository`)
	if on, ok := in.Attr("tags").Get("exists").BoolOr(false); !ok || !on {
		t.Errorf("fileexists inside = %v, %v; want true", on, ok)
	}
}

func TestConfineFileFunctionsNilBoundaryUnchanged(t *testing.T) {
	h := newHostile(t, nil)
	abs := filepath.ToSlash(filepath.Join(h.outside, "secret"))
	writeFile(t, filepath.Join(h.repo, "main.tf"), `
resource "aws_s3_bucket" "f" { bucket = file("`+abs+`") }
`)
	res := loadOpts(t, []string{h.repo}, Options{})
	if s, _ := resources(res)["aws_s3_bucket.f"].Attr("bucket").StringOr(""); s != secret {
		t.Errorf("without a boundary file() reads anywhere, as before; got %q", s)
	}
}

func TestConfineSymlinkedConfigFiles(t *testing.T) {
	h := newHostile(t, map[string]string{"variables.tf": `variable "x" {
  type    = string
  default = "d"
}
resource "aws_s3_bucket" "b" { bucket = var.x }
`})
	secretPath := filepath.Join(h.outside, "secret")
	h.link(t, secretPath, "main.tf")
	h.link(t, secretPath, "terraform.tfvars")
	h.link(t, secretPath, "extra.auto.tfvars")
	h.link(t, secretPath, "override.tf")
	res := h.load(t, Options{VarFiles: []string{secretPath, filepath.Join(h.repo, "terraform.tfvars")}})
	assertNoLeak(t, res)
	for _, name := range []string{"main.tf", "terraform.tfvars", "extra.auto.tfvars", "override.tf"} {
		d := mustDiag(t, res, lint.DiagError, filepath.Join(h.repo, name)+" resolves to a file outside the repository")
		if d.Subject == nil || d.Subject.Filename != filepath.Join(h.repo, name) {
			t.Errorf("diagnostic for %s names %v", name, d.Subject)
		}
	}
	d := mustDiag(t, res, lint.DiagError, secretPath+" resolves to a file outside the repository")
	if d.Summary != "File outside the repository" {
		t.Errorf("var file outside: summary %q", d.Summary)
	}
	if len(res.Sources) != 1 {
		t.Errorf("only variables.tf may be read, got sources %v", len(res.Sources))
	}
	if s, _ := resources(res)["aws_s3_bucket.b"].Attr("bucket").StringOr(""); s != "d" {
		t.Errorf("the variable keeps its default, got %q", s)
	}
}

func TestConfineModuleSources(t *testing.T) {
	h := newHostile(t, map[string]string{
		"env/main.tf": `
module "up" {
  source = "../../outside/mod"
}
module "linked" {
  source = "./linked"
}
module "ok" {
  source = "../modules/ok"
}
resource "aws_s3_bucket" "b" {
  bucket = module.up.name
  acl    = module.linked.name
  tags   = { ok = module.ok.name }
}
`,
		"modules/ok/main.tf": `output "name" { value = "fine" }`,
	})
	h.link(t, filepath.Join(h.outside, "mod"), "env/linked")
	res := h.load(t, Options{})
	assertNoLeak(t, res)
	for _, d := range res.Diagnostics {
		if d.Subject != nil && (strings.HasPrefix(d.Subject.Filename, h.outside) || strings.Contains(d.Subject.Filename, "linked")) {
			t.Errorf("nothing in a module folder outside may be looked at, got %v: %s", d.Subject, d.Summary)
		}
	}
	for _, name := range []string{"up", "linked"} {
		d := mustDiag(t, res, lint.DiagWarning, `module "`+name+`": source outside the repository: not scanned`)
		if d.Subject == nil || !strings.HasSuffix(d.Subject.Filename, filepath.Join("env", "main.tf")) {
			t.Errorf("module %s warning at %v, want env/main.tf", name, d.Subject)
		}
	}
	rs := resources(res)
	if len(rs) != 1 {
		t.Errorf("want only aws_s3_bucket.b, got %v", rs)
	}
	b := rs["aws_s3_bucket.b"]
	if !b.Attr("bucket").Unknown() || !b.Attr("acl").Unknown() {
		t.Errorf("outputs of modules outside must be unknown: %#v %#v", b.Attr("bucket").Value, b.Attr("acl").Value)
	}
	if s, _ := b.Attr("tags").Get("ok").StringOr(""); s != "fine" {
		t.Errorf("a module inside is still evaluated, got %q", s)
	}
}

func TestConfineInstalledModules(t *testing.T) {
	h := newHostile(t, map[string]string{
		"main.tf": `
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
module "inside" {
  source = "terraform-aws-modules/s3/aws"
}
resource "aws_s3_bucket" "b" { bucket = module.vpc.name }
`,
		".terraform/modules/inside/main.tf": `resource "aws_s3_bucket" "installed" { bucket = "x" }`,
	})
	writeFile(t, filepath.Join(h.repo, ".terraform", "modules", "modules.json"),
		`{"Modules":[{"Key":"vpc","Dir":"`+filepath.ToSlash(filepath.Join(h.outside, "mod"))+`"},{"Key":"inside","Dir":".terraform/modules/inside"}]}`)
	res := h.load(t, Options{})
	assertNoLeak(t, res)
	mustDiag(t, res, lint.DiagWarning, `module "vpc": source outside the repository: not scanned`)
	rs := resources(res)
	if rs["module.inside.aws_s3_bucket.installed"] == nil {
		t.Errorf("an installed module inside the repository is scanned; got %v", rs)
	}
	if !rs["aws_s3_bucket.b"].Attr("bucket").Unknown() {
		t.Error("the output of a module installed outside must be unknown")
	}
}

func TestConfineSpecialManifest(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, h *hostile)
	}{
		{"dev-zero", func(t *testing.T, h *hostile) { h.link(t, "/dev/zero", ".terraform/modules/modules.json") }},
		{"fifo", func(t *testing.T, h *hostile) { h.fifo(t, ".terraform/modules/modules.json") }},
		{"outside", func(t *testing.T, h *hostile) {
			h.link(t, filepath.Join(h.outside, "secret"), ".terraform/modules/modules.json")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHostile(t, map[string]string{"main.tf": `
module "vpc" { source = "terraform-aws-modules/vpc/aws" }
resource "aws_s3_bucket" "b" { bucket = "b" }
`})
			tc.setup(t, h)
			for _, b := range []*confine.Boundary{h.b, nil} {
				if tc.name == "outside" && b == nil {
					continue // a regular file: without a boundary it is read
				}
				res := loadOpts(t, []string{h.repo}, Options{Boundary: b})
				assertNoLeak(t, res)
				mustDiag(t, res, lint.DiagWarning, "modules.json: it ")
				if resources(res)["aws_s3_bucket.b"] == nil {
					t.Error("the root module must still be scanned")
				}
			}
		})
	}
}

func TestConfineSpecialConfigFiles(t *testing.T) {
	h := newHostile(t, map[string]string{
		"main.tf":   `resource "aws_s3_bucket" "b" { bucket = "b" }`,
		"mod/ok.tf": `resource "aws_s3_bucket" "m" { bucket = "m" }`,
	})
	h.fifo(t, "pipe.tf")
	h.fifo(t, "terraform.tfvars")
	h.fifo(t, "mod/pipe.tf.json")
	h.link(t, "/dev/zero", "zero.tf")
	h.link(t, "/dev/zero", "zero.auto.tfvars")
	h.fifo(t, "pipedir")
	writeFile(t, filepath.Join(h.repo, "caller", "main.tf"), `module "m" { source = "../pipedir" }`)
	for _, b := range []*confine.Boundary{nil, h.b} {
		res := loadOpts(t, []string{h.repo}, Options{Boundary: b, VarFiles: []string{filepath.Join(h.repo, "pipe.tf")}})
		for _, name := range []string{"pipe.tf", "terraform.tfvars", filepath.Join("mod", "pipe.tf.json")} {
			found := false
			for _, d := range res.Diagnostics {
				if d.Severity == lint.DiagError && d.Subject != nil && d.Subject.Filename == filepath.Join(h.repo, name) {
					found = true
				}
			}
			if !found {
				t.Errorf("boundary %v: no error diagnostic for the FIFO %s", b != nil, name)
			}
		}
		mustDiag(t, res, lint.DiagError, "is not a folder")
		rs := resources(res)
		if rs["aws_s3_bucket.b"] == nil || rs["aws_s3_bucket.m"] == nil {
			t.Errorf("the regular files are still scanned, got %v", rs)
		}
	}
}

func TestConfineFileFunctionsOnSpecialFiles(t *testing.T) {
	h := newHostile(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = file("pipe")
  acl    = filemd5("zero")
  tags   = { t = templatefile("pipe", {}), s = join(",", fileset("pipe", "*")), e = tostring(fileexists("zero")) }
}
`})
	h.fifo(t, "pipe")
	h.link(t, "/dev/zero", "zero")
	for _, b := range []*confine.Boundary{nil, h.b} {
		res := loadOpts(t, []string{h.repo}, Options{Boundary: b})
		if resources(res)["aws_s3_bucket.b"] == nil {
			t.Fatal("resource missing")
		}
	}
}

func TestConfineDiscoveryDoesNotFollowLinkedFolders(t *testing.T) {
	h := newHostile(t, map[string]string{"main.tf": `resource "aws_s3_bucket" "b" { bucket = "b" }`})
	h.link(t, filepath.Join(h.outside, "mod"), "vendor")
	res := h.load(t, Options{})
	assertNoLeak(t, res)
	if rs := resources(res); len(rs) != 1 {
		t.Errorf("only the repository's own resource, got %v", rs)
	}
	// A path given to Load that resolves outside is not scanned either.
	res = loadOpts(t, []string{filepath.Join(h.repo, "vendor")}, Options{Boundary: h.b})
	assertNoLeak(t, res)
	mustDiag(t, res, lint.DiagError, "resolves outside the repository; it was not scanned")
	if len(res.Modules) != 0 {
		t.Errorf("nothing outside may be loaded, got %d modules", len(res.Modules))
	}
}

func TestConfinePreCommitCallers(t *testing.T) {
	h := newHostile(t, map[string]string{
		"modules/m/main.tf": `resource "aws_s3_bucket" "m" { bucket = "m" }`,
		"env/main.tf": `module "m" {
  source = "../modules/m"
}`,
	})
	h.fifo(t, "env/pipe.tf")
	h.link(t, "/dev/zero", "env/zero.tf")
	res := loadOpts(t, []string{filepath.Join(h.repo, "modules", "m", "main.tf")}, Options{RepoRoot: h.repo, Boundary: h.b})
	if resources(res)["module.m.aws_s3_bucket.m"] == nil {
		t.Errorf("the caller is still found, got %v", resources(res))
	}
	if got := Callers(h.repo, []string{filepath.Join(h.repo, "modules", "m")}); len(got) != 1 {
		t.Errorf("Callers = %v, want env", got)
	}
}

func TestConfineAllowedRoot(t *testing.T) {
	h := newHostile(t, map[string]string{"main.tf": `
module "up" { source = "../outside/mod" }
`})
	b, err := confine.New(h.repo, h.outside)
	if err != nil {
		t.Fatal(err)
	}
	res := loadOpts(t, []string{h.repo}, Options{Boundary: b})
	if resources(res)["module.up.aws_s3_bucket.leak"] == nil {
		t.Errorf("an allowed folder is read, got %v", resources(res))
	}
}

// describe renders everything a load gives (diagnostics, resources with
// their values, sources) so that two loads can be compared exactly.
func describe(res *Result) string {
	var sb strings.Builder
	for _, d := range res.Diagnostics {
		fmt.Fprintf(&sb, "diag %v %s %s %v\n", d.Severity, d.Summary, d.Detail, d.Subject)
	}
	for _, m := range res.Modules {
		for _, r := range m.All() {
			fmt.Fprintf(&sb, "resource %s %v\n", r.Address, r.DefRange)
			for _, n := range r.AttrNames() {
				v, _ := r.Attr(n).Value.UnmarkDeep()
				fmt.Fprintf(&sb, "  %s = %#v\n", n, v)
			}
			fmt.Fprintf(&sb, "  strings %q\n", blockStrings(r.Body))
		}
	}
	for _, name := range sortedKeys(res.Sources) {
		fmt.Fprintf(&sb, "source %s %d\n", name, len(res.Sources[name]))
	}
	return sb.String()
}

// TestConfineChangesNothingInside loads every fixture with and without a
// boundary at the repository root: inside it, confinement changes nothing.
func TestConfineChangesNothingInside(t *testing.T) {
	b, err := confine.New(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, pattern := range []string{"../../fixtures/load/*", "../../fixtures/checks/*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, m...)
	}
	if len(dirs) < 100 {
		t.Fatalf("found only %d fixture folders", len(dirs))
	}
	for _, dir := range dirs {
		free := describe(Load([]string{dir}, Options{Vars: []string{"env=prod"}}))
		confined := describe(Load([]string{dir}, Options{Vars: []string{"env=prod"}, Boundary: b}))
		if free != confined {
			t.Errorf("%s: a boundary changed the load:\nwithout:\n%s\nwith:\n%s", dir, free, confined)
		}
		if !strings.Contains(free, "resource ") && !strings.Contains(free, "diag ") {
			t.Errorf("%s: loaded nothing", dir)
		}
	}
}
