package load

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

// writeTree writes files (path -> content) below a new temporary folder.
func writeTree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func findDiag(res *Result, sev lint.DiagSeverity, summary string) *lint.Diagnostic {
	for i, d := range res.Diagnostics {
		if d.Severity == sev && strings.Contains(d.Summary, summary) {
			return &res.Diagnostics[i]
		}
	}
	return nil
}

func resources(res *Result) map[string]*lint.Resource {
	out := map[string]*lint.Resource{}
	for _, m := range res.Modules {
		for _, r := range m.All() {
			out[r.Address] = r
		}
	}
	return out
}

// loadWithin fails the test when Load takes longer than limit: the bar is
// that bad input never hangs the scan.
func loadWithin(t *testing.T, limit time.Duration, paths []string) *Result {
	t.Helper()
	done := make(chan *Result, 1)
	go func() { done <- Load(paths, Options{}) }()
	select {
	case res := <-done:
		return res
	case <-time.After(limit):
		t.Fatalf("Load did not finish within %s", limit)
		return nil
	}
}

func TestCyclicLocals(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
locals {
  a = local.b
  b = local.c
  c = local.a
}
resource "aws_ebs_volume" "v" {
  encrypted = local.a
}
`})
	res := loadWithin(t, 5*time.Second, []string{dir})
	d := findDiag(res, lint.DiagError, "Cycle")
	if d == nil {
		t.Fatalf("no cycle diagnostic; got %+v", res.Diagnostics)
	}
	for _, name := range []string{"local.a", "local.b", "local.c"} {
		if !strings.Contains(d.Detail, name) {
			t.Errorf("cycle diagnostic %q does not name %s", d.Detail, name)
		}
	}
	v := resources(res)["aws_ebs_volume.v"]
	if v == nil {
		t.Fatal("the resource was lost")
	}
	if !v.Attr("encrypted").Unknown() {
		t.Errorf("a value in a cycle must be unknown, got %#v", v.Attr("encrypted").Value)
	}
}

func TestModuleCallingItself(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
module "again" {
  source = "./"
}
resource "aws_ebs_volume" "v" {
  encrypted = true
}
`})
	res := loadWithin(t, 5*time.Second, []string{dir})
	if findDiag(res, lint.DiagError, "Module calls itself") == nil {
		t.Fatalf("no recursion diagnostic; got %+v", res.Diagnostics)
	}
	if len(resources(res)) != 1 {
		t.Errorf("want the one resource, got %v", resources(res))
	}
}

func TestHugeCount(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_ebs_volume" "v" {
  count     = 100000000
  encrypted = count.index > 5
}
module "m" {
  source = "./m"
  count  = 1e9
}
`, "m/main.tf": `
resource "aws_instance" "i" {
  count = 1e9
}
`})
	start := time.Now()
	res := loadWithin(t, 20*time.Second, []string{dir})
	if findDiag(res, lint.DiagWarning, "Count capped") == nil {
		t.Errorf("no capping diagnostic; got %+v", res.Diagnostics)
	}
	if findDiag(res, lint.DiagWarning, "Instance limit") == nil {
		t.Errorf("no instance-limit diagnostic; got %+v", res.Diagnostics)
	}
	n := len(resources(res))
	if n == 0 || n > 100000 {
		t.Errorf("instances = %d, want capped but not zero", n)
	}
	t.Logf("%d instances in %s", n, time.Since(start))
}

func TestBadFiles(t *testing.T) {
	big := strings.Repeat("# padding line for a very large file\n", (10<<20)/37+1)
	dir := writeTree(t, map[string]string{
		"binary/main.tf":  "resource \x00\x01\x02 binary",
		"latin1/main.tf":  "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"caf\xe9\"\n}\n",
		"empty/main.tf":   "",
		"huge/main.tf":    big,
		"syntax/main.tf":  "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = \n}\n",
		"syntax/other.tf": "resource \"aws_ebs_volume\" \"ok\" {\n  encrypted = false\n}\n",
		"good/main.tf":    "resource \"aws_ebs_volume\" \"g\" {\n  encrypted = false\n}\n",
	})
	res := loadWithin(t, slowdown*10*time.Second, []string{dir})
	cases := []struct {
		sev     lint.DiagSeverity
		summary string
		file    string
		line    int
	}{
		{lint.DiagError, "Binary file", "binary/main.tf", 1},
		{lint.DiagError, "Invalid UTF-8", "latin1/main.tf", 2},
		{lint.DiagInfo, "Empty file", "empty/main.tf", 1},
		{lint.DiagError, "File too large", "huge/main.tf", 1},
		{lint.DiagError, "", "syntax/main.tf", 2},
	}
	for _, c := range cases {
		found := false
		for _, d := range res.Diagnostics {
			if d.Severity == c.sev && strings.Contains(d.Summary, c.summary) && d.Subject != nil &&
				strings.HasSuffix(filepath.ToSlash(d.Subject.Filename), c.file) && d.Subject.Start.Line == c.line {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s diagnostic %q at %s:%d; got %+v", c.sev, c.summary, c.file, c.line, res.Diagnostics)
		}
	}
	got := resources(res)
	for _, addr := range []string{"aws_ebs_volume.ok", "aws_ebs_volume.g"} {
		if got[addr] == nil {
			t.Errorf("the scan did not go on past bad files: %s missing", addr)
		}
	}
}

func TestUnknownsStayUnknown(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
variable "nothing" {}
data "aws_caller_identity" "me" {}
resource "aws_s3_bucket" "b" {
  bucket = "named"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({ Resource = aws_s3_bucket.b.arn, Account = data.aws_caller_identity.me.account_id })
}
resource "aws_ebs_volume" "v" {
  for_each  = var.nothing
  encrypted = each.value
  tags      = { name = aws_s3_bucket.b.bucket, fn = "x" }
}
`})
	res := Load([]string{dir}, Options{})
	rs := resources(res)
	p := rs["aws_s3_bucket_policy.p"]
	if p == nil {
		t.Fatalf("policy missing: %v", rs)
	}
	b := rs["aws_s3_bucket.b"]
	if !p.Attr("bucket").Unknown() || !p.Attr("bucket").References(b) {
		t.Errorf("bucket = aws_s3_bucket.b.id should be unknown and refer to the bucket")
	}
	doc, ok := p.Attr("policy").JSON()
	if !ok || !doc.Get("Resource").Unknown() {
		t.Errorf("the jsonencode argument should be kept with its unknown parts: %#v", doc.Value)
	}
	v := rs["aws_ebs_volume.v[*]"]
	if v == nil {
		t.Fatalf("an unknown for_each should make one instance: %v", rs)
	}
	if !v.Attr("encrypted").Unknown() {
		t.Errorf("each.value of an unknown for_each should be unknown")
	}
	if s, _ := v.Attr("tags").Get("name").StringOr(""); s != "named" {
		t.Errorf("a configured argument of another resource should keep its value, got %q", s)
	}
}

func TestDeterministic(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a/main.tf": "module \"m\" {\n  source = \"../m\"\n  for_each = toset([\"x\", \"y\", \"z\"])\n}\n",
		"b/main.tf": "module \"m\" {\n  source = \"../m\"\n  count = 3\n}\n",
		"m/main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  count = 2\n}\nlocals {\n  x = local.y\n  y = local.x\n}\n",
	})
	render := func() string {
		res := Load([]string{dir}, Options{})
		var b bytes.Buffer
		for _, m := range res.Modules {
			b.WriteString(m.Dir + "\n")
			for _, r := range m.All() {
				b.WriteString("  " + r.Address + "\n")
			}
		}
		for _, d := range res.Diagnostics {
			b.WriteString(string(d.Severity) + " " + d.Summary + " " + d.Detail + "\n")
		}
		return b.String()
	}
	first := render()
	if !strings.Contains(first, `module.m["y"].aws_ebs_volume.v[1]`) || !strings.Contains(first, "module.m[2].aws_ebs_volume.v[0]") {
		t.Errorf("unexpected addresses:\n%s", first)
	}
	for range 5 {
		if again := render(); again != first {
			t.Fatalf("output differs between runs:\n%s\n---\n%s", first, again)
		}
	}
}

func TestRootDiscovery(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"examples/complete/main.tf": "module \"root\" {\n  source = \"../../\"\n}\n",
		"main.tf":                   "resource \"aws_ebs_volume\" \"v\" {}\n",
		".hidden/main.tf":           "resource \"aws_ebs_volume\" \"hidden\" {}\n",
		".terraform/x/main.tf":      "resource \"aws_ebs_volume\" \"cache\" {}\n",
	})
	res := Load([]string{dir}, Options{})
	if len(res.Modules) != 1 || !strings.HasSuffix(filepath.ToSlash(res.Modules[0].Dir), "examples/complete") {
		var dirs []string
		for _, m := range res.Modules {
			dirs = append(dirs, m.Dir)
		}
		t.Fatalf("want the one root examples/complete, got %v", dirs)
	}
	if _, ok := resources(res)["module.root.aws_ebs_volume.v"]; !ok {
		t.Errorf("the called module was not evaluated through its caller: %v", resources(res))
	}
}

func TestPreCommitCallers(t *testing.T) {
	files := map[string]string{
		"modules/disk/main.tf": "variable \"enc\" {}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.enc\n}\n",
		"modules/app/main.tf":  "module \"disk\" {\n  source = \"../disk\"\n  enc    = false\n}\n",
	}
	for i := range 50 {
		files[fmt.Sprintf("stacks/s%02d/main.tf", i)] = "resource \"aws_s3_bucket\" \"b\" {}\n"
	}
	files["stacks/s07/app.tf"] = "module \"app\" {\n  source = \"../../modules/app\"\n}\n"
	dir := writeTree(t, files)
	changed := filepath.Join(dir, "modules", "disk", "main.tf")
	start := time.Now()
	res := Load([]string{changed}, Options{RepoRoot: dir})
	took := time.Since(start)
	if len(res.Modules) != 1 || !strings.HasSuffix(filepath.ToSlash(res.Modules[0].Dir), "stacks/s07") {
		var dirs []string
		for _, m := range res.Modules {
			dirs = append(dirs, m.Dir)
		}
		t.Fatalf("want only the root that calls the changed module, got %v", dirs)
	}
	v := resources(res)["module.app.module.disk.aws_ebs_volume.v"]
	if v == nil || !v.Attr("encrypted").Equals(false) {
		t.Errorf("the changed module must be evaluated with its caller's inputs: %v", resources(res))
	}
	t.Logf("pre-commit load of one changed file among 50 roots: %s", took)
}

func TestReferencesReadWhatTheyNeed(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
module "m" {
  source = "./m"
}
resource "aws_eks_cluster" "c" {
  name = "c"
  vpc_config {
    subnet_ids = ["a"]
  }
}
resource "aws_ebs_volume" "v" {
  tags = {
    both = "${module.m.first}-${module.m.second}"
    sg   = aws_eks_cluster.c.vpc_config[0].cluster_security_group_id
    hex  = join(",", [for k, v in { a = aws_eks_cluster.c } : v.name])
  }
}
`,
		"m/main.tf": "output \"first\" {\n  value = \"a\"\n}\noutput \"second\" {\n  value = \"b\"\n}\n",
	})
	res := Load([]string{dir}, Options{})
	v := resources(res)["aws_ebs_volume.v"]
	if v == nil {
		t.Fatal("volume missing")
	}
	tags := v.Attr("tags")
	if s, _ := tags.Get("both").StringOr(""); s != "a-b" {
		t.Errorf("two outputs of one module in one expression: got %q", s)
	}
	sg := tags.Get("sg")
	if !sg.Unknown() {
		t.Errorf("a computed attribute of a nested block must be unknown, got %#v", sg.Value)
	}
	if s, _ := tags.Get("hex").StringOr(""); s != "c" {
		t.Errorf("a for-expression over resources: got %q", s)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagDebug {
			t.Errorf("unexpected evaluation failure: %s %s", d.Summary, d.Detail)
		}
	}
}

func TestHeredocPolicyWithUnknownParts(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
resource "aws_sqs_queue_policy" "p" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = <<-EOT
    {
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sqs:SendMessage",
        "Resource": "${aws_sqs_queue.jobs.arn}"
      }]
    }
  EOT
}
`})
	res := Load([]string{dir}, Options{})
	p := resources(res)["aws_sqs_queue_policy.p"]
	doc, ok := p.Attr("policy").JSON()
	if !ok {
		t.Fatal("the policy could not be read")
	}
	st := doc.Get("Statement").Elements()
	if len(st) != 1 || !st[0].Get("Principal").Equals("*") || !st[0].Get("Resource").Unknown() {
		t.Errorf("want Principal * known and Resource unknown, got %#v", doc.Value)
	}
	if !p.Attr("policy").References(resources(res)["aws_sqs_queue.jobs"]) {
		t.Errorf("the policy must still refer to the queue")
	}
}

func TestTryKeepsReferences(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
resource "aws_s3_bucket" "other" {
  bucket = "other"
}
resource "aws_s3_bucket_logging" "l" {
  bucket        = "data"
  target_bucket = try(aws_s3_bucket.logs.id, "")
}
`})
	res := Load([]string{dir}, Options{})
	rs := resources(res)
	tb := rs["aws_s3_bucket_logging.l"].Attr("target_bucket")
	if !tb.References(rs["aws_s3_bucket.logs"]) {
		t.Errorf("try() lost the reference to the bucket")
	}
	if tb.References(rs["aws_s3_bucket.other"]) {
		t.Errorf("a bucket the expression does not read must not be referenced")
	}
}

// TestDynamicIterator pins what the iterator argument of a dynamic block
// names: the element under the iterator's name (key and value), the label as
// the default, and an outer iterator seen from a nested dynamic block.
func TestDynamicIterator(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = { ssh = 22, web = 443 }
    iterator = rule
    content {
      description = rule.key
      from_port   = rule.value
    }
  }
  dynamic "egress" {
    for_each = [8080]
    content {
      from_port = egress.value
      to_port   = egress.key
    }
  }
}
resource "aws_s3_bucket" "b" {
  server_side_encryption_configuration {
    dynamic "rule" {
      for_each = ["aws:kms"]
      iterator = r
      content {
        dynamic "apply_server_side_encryption_by_default" {
          for_each = [upper(r.value)]
          content {
            sse_algorithm = apply_server_side_encryption_by_default.value
          }
        }
      }
    }
  }
}
`})
	res := Load([]string{dir}, Options{})
	for _, d := range res.Diagnostics {
		t.Errorf("unexpected diagnostic: %s: %s %s", rangeString(d.Subject), d.Summary, d.Detail)
	}
	rs := resources(res)
	ingress := rs["aws_security_group.sg"].Blocks("ingress")
	if len(ingress) != 2 {
		t.Fatalf("want 2 ingress blocks, got %d", len(ingress))
	}
	for i, want := range []struct {
		key  string
		port int64
	}{{"ssh", 22}, {"web", 443}} {
		key, _ := ingress[i].Attr("description").StringOr("")
		port, ok := ingress[i].Attr("from_port").IntOr(0)
		if key != want.key || !ok || port != want.port {
			t.Errorf("ingress[%d]: key %q port %d (known %v), want %q %d", i, key, port, ok, want.key, want.port)
		}
	}
	egress := rs["aws_security_group.sg"].Blocks("egress")
	if len(egress) != 1 {
		t.Fatalf("want 1 egress block, got %d", len(egress))
	}
	if p, _ := egress[0].Attr("from_port").IntOr(0); p != 8080 {
		t.Errorf("the label is the default iterator: from_port = %d, want 8080", p)
	}
	if k, ok := egress[0].Attr("to_port").IntOr(-1); !ok || k != 0 {
		t.Errorf("a list's key is its index: to_port = %d (known %v), want 0", k, ok)
	}
	rules := rs["aws_s3_bucket.b"].Block("server_side_encryption_configuration").Blocks("rule")
	if len(rules) != 1 {
		t.Fatalf("want 1 rule, got %d", len(rules))
	}
	defs := rules[0].Blocks("apply_server_side_encryption_by_default")
	if len(defs) != 1 {
		t.Fatalf("want 1 default, got %d", len(defs))
	}
	if s, _ := defs[0].Attr("sse_algorithm").StringOr(""); s != "AWS:KMS" {
		t.Errorf("the outer iterator inside a nested dynamic block: sse_algorithm = %q, want AWS:KMS", s)
	}
}

func rangeString(r *hcl.Range) string {
	if r == nil {
		return "-"
	}
	return r.String()
}

// TestAccessedNamesAreWhatResourcesMayMeet: the names a module reads after a
// local, each.value or a module output become computed attributes of its
// resources (its resources may flow there, and are read there without
// "Unsupported attribute"); names read off variables, count, path and the
// names of the locals themselves do not (no resource of the module is ever
// there).
func TestAccessedNamesAreWhatResourcesMayMeet(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
variable "cfg" {
  type = any
  default = {}
}
locals {
  buckets = { a = aws_s3_bucket.b }
}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_object" "o" {
  for_each = local.buckets
  bucket = each.value.bucket_domain_name
  key    = local.buckets.a.arn
  etag   = var.cfg.from_variable
  source = "${path.module}/${count.index}"
  tags   = { m = module.m.out.hosted_zone_id }
}
module "m" {
  source = "./m"
  b = aws_s3_bucket.b
}
`,
		"m/main.tf": "variable \"b\" {}\noutput \"out\" {\n  value = var.b\n}\n",
	})
	got := accessedNames(newParser(nil).module(dir))
	want := []string{"a", "arn", "bucket_domain_name", "hosted_zone_id"}
	if !slices.Equal(got, want) {
		t.Fatalf("accessed %q, want %q", got, want)
	}
	res := Load([]string{dir}, Options{})
	o := resources(res)[`aws_s3_object.o["a"]`]
	if o == nil {
		t.Fatalf("object missing: %v", res.Diagnostics)
	}
	for _, name := range []string{"bucket", "key"} {
		if !o.Attr(name).Unknown() {
			t.Errorf("%s: a computed attribute read through a local must be unknown, got %#v", name, o.Attr(name).Value)
		}
	}
	if !o.Attr("tags").Get("m").Unknown() {
		t.Errorf("a resource handed to a module and back keeps its computed attributes, got %#v", o.Attr("tags").Get("m").Value)
	}
}

// TestNamesReadOffInputsAreNotResourceAttributes: names read off values
// that come only from input variables (each.value of a for_each over a
// variable, a dynamic block's iterator, a for expression's variable, a
// local made of variables) are no computed attributes of the module's
// resources; the same forms over a resource are, through locals, nested
// iterators and for expressions, and read as unknown.
func TestNamesReadOffInputsAreNotResourceAttributes(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
variable "rules" {
  type    = any
  default = { r = { from_var_each = 1, inner = [{ from_var_nested = 2 }] } }
}
locals {
  from_vars  = { for k, v in var.rules : k => v.from_var_for }
  names      = local.from_vars.from_var_local
  queues     = { q = aws_sqs_queue.q }
  via_local  = local.queues
  queue_arns = [for q in local.via_local : q.from_resource_for]
}
resource "aws_sqs_queue" "q" {
  name = "q"
}
resource "aws_security_group" "sg" {
  for_each = var.rules
  name     = each.value.from_var_each
  dynamic "ingress" {
    for_each = each.value.inner
    content {
      from_port = ingress.value.from_var_nested
    }
  }
}
resource "aws_sns_topic" "t" {
  for_each = local.via_local
  name     = each.value.from_resource_each
  policy   = local.via_local.q.from_resource_local
  dynamic "tag" {
    for_each = local.queues
    iterator = item
    content {
      key = item.value.from_resource_dynamic
    }
  }
}
`,
	})
	got := accessedNames(newParser(nil).module(dir))
	want := []string{"from_resource_dynamic", "from_resource_each", "from_resource_for", "from_resource_local", "q", "value"}
	if !slices.Equal(got, want) {
		t.Fatalf("accessed %q, want %q", got, want)
	}
	res := Load([]string{dir}, Options{})
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError || d.Severity == lint.DiagDebug {
			t.Errorf("diagnostic: %s: %s", d.Summary, d.Detail)
		}
	}
	topic := resources(res)[`aws_sns_topic.t["q"]`]
	sg := resources(res)[`aws_security_group.sg["r"]`]
	if topic == nil || sg == nil {
		t.Fatalf("resources missing: %v", res.Diagnostics)
	}
	for _, name := range []string{"name", "policy"} {
		if !topic.Attr(name).Unknown() {
			t.Errorf("topic %s: a computed attribute must be unknown, got %#v", name, topic.Attr(name).Value)
		}
	}
	if v := sg.Attr("name").Value; v.IsNull() || !v.IsKnown() {
		t.Errorf("a name read off a variable keeps its value, got %#v", v)
	}
}

// accessedNames are the computed attribute names of a module's resources,
// sorted.
func accessedNames(cfg *moduleConfig) []string {
	var out []string
	for n := range cfg.accessed {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// TestRootVariableFilesFromTheListing: a root reads its variable files from
// the listing its parse made, in Terraform's order (terraform.tfvars, then
// terraform.tfvars.json, then *.auto.tfvars(.json) by name), and a folder
// with a variable file's name is no variable file.
func TestRootVariableFilesFromTheListing(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "main.tf"), `
variable "a" {}
variable "b" {}
variable "c" {}
variable "d" {}
resource "aws_s3_bucket" "b" {
  bucket = join("-", [var.a, var.b, var.c, var.d])
}
`)
	writeFile(t, filepath.Join(dir, "terraform.tfvars"), "a = \"1\"\nb = \"1\"\nc = \"1\"\nd = \"1\"\n")
	writeFile(t, filepath.Join(dir, "terraform.tfvars.json"), `{"b": "2", "c": "2", "d": "2"}`)
	writeFile(t, filepath.Join(dir, "a.auto.tfvars"), "c = \"3\"\nd = \"3\"\n")
	writeFile(t, filepath.Join(dir, "b.auto.tfvars.json"), `{"d": "4"}`)
	writeFile(t, filepath.Join(dir, "c.auto.tfvars", "x.tf"), "")
	res := loadOpts(t, []string{dir}, Options{})
	b := resources(res)["aws_s3_bucket.b"]
	if b == nil {
		t.Fatal("no bucket")
	}
	if s, _ := b.Attr("bucket").StringOr(""); s != "1-2-3-4" {
		t.Errorf("bucket %q, want 1-2-3-4", s)
	}
	for _, d := range res.Diagnostics {
		if d.Severity != lint.DiagDebug && d.Severity != lint.DiagInfo {
			t.Errorf("unexpected diagnostic %s: %s", d.Summary, d.Detail)
		}
	}
}
