package load

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint"
)

// goodRoot is a root module that every hostile scan below carries next to
// its bad one: the bad root must not keep it from being reported.
const goodRoot = "resource \"aws_s3_bucket\" \"good\" {\n  bucket = \"fine\"\n}\n"

func expectGood(t *testing.T, res *Result) {
	t.Helper()
	if _, ok := resources(res)["aws_s3_bucket.good"]; !ok {
		t.Errorf("the good root was not reported; resources: %v", resources(res))
	}
}

func TestDeepNestingIsRefused(t *testing.T) {
	const n = 70000
	deep := func(open, close string) string { return strings.Repeat(open, n) + "1" + strings.Repeat(close, n) }
	cases := map[string]struct {
		files map[string]string
		file  string // where the diagnostic points
		sum   string
	}{
		"brackets":      {map[string]string{"bad/main.tf": "locals {\n  a = " + deep("[", "]") + "\n}\n"}, "bad/main.tf", "Nesting too deep"},
		"parens":        {map[string]string{"bad/main.tf": "locals {\n  a = " + deep("(", ")") + "\n}\n"}, "bad/main.tf", "Nesting too deep"},
		"braces":        {map[string]string{"bad/main.tf": "locals {\n  a = " + deep("{a=", "}") + "\n}\n"}, "bad/main.tf", "Nesting too deep"},
		"interps":       {map[string]string{"bad/main.tf": "locals {\n  a = " + deep(`"${`, `}"`) + "\n}\n"}, "bad/main.tf", "Nesting too deep"},
		"blocks":        {map[string]string{"bad/main.tf": strings.Repeat("a {\n", 100000) + strings.Repeat("}\n", 100000)}, "bad/main.tf", "Nesting too deep"},
		"json":          {map[string]string{"bad/main.tf.json": `{"locals": {"a": ` + deep("[", "]") + `}}`}, "bad/main.tf.json", "Nesting too deep"},
		"json template": {map[string]string{"bad/main.tf.json": `{"locals": {"a": "` + deep("${[", "]}") + `"}}`}, "bad/main.tf.json", "Nesting too deep"},
		"tfvars": {map[string]string{
			"bad/main.tf":          "variable \"v\" {}\n",
			"bad/terraform.tfvars": "v = " + deep("[", "]") + "\n",
		}, "bad/terraform.tfvars", "Nesting too deep"},
		"tfvars json": {map[string]string{
			"bad/main.tf":               "variable \"v\" {}\n",
			"bad/terraform.tfvars.json": `{"v": ` + deep("[", "]") + `}`,
		}, "bad/terraform.tfvars.json", "Nesting too deep"},
		"templatefile": {map[string]string{
			"bad/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  policy = templatefile(\"${path.module}/p.tpl\", {})\n}\n",
			"bad/p.tpl":   deep("${[", "]}"),
		}, "bad/main.tf", "nest more than"},
		"templatestring": {map[string]string{
			"bad/main.tf": "locals {\n  t = \"${join(\"\", [for i in range(1000) : \"$${[\"])}1${join(\"\", [for i in range(1000) : \"]}\"])}\"\n}\nresource \"aws_s3_bucket\" \"b\" {\n  policy = templatestring(local.t, {})\n}\n",
		}, "bad/main.tf", "nest more than"},
		"template for directives": {map[string]string{
			"bad/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  policy = templatefile(\"${path.module}/p.tpl\", {})\n}\n",
			"bad/p.tpl":   strings.Repeat("%{ for x in [1] }", n) + strings.Repeat("%{ endfor }", n),
		}, "bad/main.tf", "nest more than"},
		"json nested for": {map[string]string{
			"bad/main.tf.json": `{"locals": {"xs": "${range(1000)}", "n": "${length([for a in local.xs : [for b in local.xs : [for c in local.xs : c]]])}"}}`,
		}, "bad/main.tf.json", "only one level"},
		"json type constraint": {map[string]string{
			"bad/main.tf.json": `{"variable": {"v": {"type": "` + strings.Repeat("list(", n) + "string" + strings.Repeat(")", n) + `"}}}`,
		}, "bad/main.tf.json", "Invalid type constraint"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			c.files["good/main.tf"] = goodRoot
			dir := writeTree(t, c.files)
			res := loadWithin(t, slowdown*10*time.Second, []string{dir})
			var found *lint.Diagnostic
			for i, d := range res.Diagnostics {
				if strings.Contains(d.Summary+": "+d.Detail, c.sum) {
					found = &res.Diagnostics[i]
				}
			}
			if found == nil {
				t.Fatalf("no %q diagnostic; got %v", c.sum, res.Diagnostics)
			}
			if found.Subject == nil || !strings.HasSuffix(found.Subject.Filename, c.file) {
				t.Errorf("diagnostic at %v, want in %s", found.Subject, c.file)
			}
			expectGood(t, res)
		})
	}
}

func TestNestingDiagnosticPosition(t *testing.T) {
	src := "locals {\n  a = " + strings.Repeat("[", 1500) + "\n}\n"
	dir := writeTree(t, map[string]string{"main.tf": src})
	res := Load([]string{dir}, Options{})
	d := findDiag(res, lint.DiagError, "Nesting too deep")
	if d == nil {
		t.Fatalf("no diagnostic: %v", res.Diagnostics)
	}
	// locals { is level 1, so the 1000th bracket passes the limit
	if d.Subject.Start.Line != 2 || d.Subject.Start.Column != 7+999 {
		t.Errorf("diagnostic at %d:%d, want 2:%d", d.Subject.Start.Line, d.Subject.Start.Column, 7+999)
	}
}

func TestJSONByteOrderMark(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf.json": "\xef\xbb\xbf" + `{"resource": {"aws_s3_bucket": {"b": {"bucket": "x"}}}}`,
	})
	res := Load([]string{dir}, Options{})
	var errs []string
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError {
			errs = append(errs, d.Summary)
		}
	}
	if len(errs) != 1 || errs[0] != "Byte order mark in JSON file" {
		t.Errorf("errors %q, want the one byte order mark error", errs)
	}
	if _, ok := resources(res)["aws_s3_bucket.b"]; !ok {
		t.Errorf("the file was not scanned after its byte order mark")
	}
}

// budgetCase is a hostile root next to a good one.
type budgetCase struct {
	files map[string]string
	sev   lint.DiagSeverity
	sum   string // the diagnostic the bad root must get
	// timeout, when set, is the deadline of the scan
	timeout time.Duration
}

func loadOptsWithin(t *testing.T, limit time.Duration, paths []string, opts Options) *Result {
	t.Helper()
	done := make(chan *Result, 1)
	go func() { done <- Load(paths, opts) }()
	select {
	case res := <-done:
		return res
	case <-time.After(limit):
		t.Fatalf("Load did not finish within %s", limit)
		return nil
	}
}

func runBudgetCases(t *testing.T, cases map[string]budgetCase) {
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if testing.Short() && c.timeout == 0 {
				// Each runs one goroutine to its budget for seconds (many
				// more under -race): the full go test step holds them; the
				// short (race) run keeps the deadline case, which is timers
				// and goroutines.
				t.Skip("a single-threaded budget case: run without -short")
			}
			files := map[string]string{"good/main.tf": goodRoot}
			for k, v := range c.files {
				files["bad/"+k] = v
			}
			dir := writeTree(t, files)
			var opts Options
			if c.timeout > 0 {
				opts.Context = timeoutContext(t, c.timeout)
			}
			res := loadOptsWithin(t, slowdown*10*time.Second, []string{dir}, opts)
			n := 0
			for _, d := range res.Diagnostics {
				if d.Severity == c.sev && strings.Contains(d.Summary, c.sum) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d %q diagnostics, want 1; got %v", n, c.sum, res.Diagnostics)
			}
			expectGood(t, res)
		})
	}
}

func TestEvaluationBudget(t *testing.T) {
	locals := "locals {\n  a0 = \"ab\"\n"
	for i := 1; i <= 40; i++ {
		locals += fmt.Sprintf("  a%d = \"${local.a%d}${local.a%d}\"\n", i, i-1, i-1)
	}
	locals += "}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = local.a40\n}\n"
	lists := "locals {\n  a0 = [\"ab\"]\n"
	for i := 1; i <= 40; i++ {
		lists += fmt.Sprintf("  a%d = [local.a%d, local.a%d]\n", i, i-1, i-1)
	}
	lists += "}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = length(flatten(local.a40))\n}\n"
	runBudgetCases(t, map[string]budgetCase{
		"nested for": {files: map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = length([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]])
}
`}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"nested for without functions": {files: map[string]string{"main.tf": `
locals {
  xs = range(1000)
}
resource "aws_s3_bucket" "b" {
  bucket = length([for a in local.xs : [for b in local.xs : [for c in local.xs : c if c < 0]]])
}
`}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"template for": {files: map[string]string{"main.tf": `
locals {
  xs = range(1000)
}
resource "aws_s3_bucket" "b" {
  bucket = <<EOT
%{for a in local.xs}%{for b in local.xs}%{for c in local.xs}x%{endfor}%{endfor}%{endfor}
EOT
}
`}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"templatefile for": {files: map[string]string{
			"main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = templatefile(\"${path.module}/t.tpl\", { xs = range(1000) })\n}\n",
			"t.tpl":   "%{for a in xs}%{for b in xs}%{for c in xs}x%{endfor}%{endfor}%{endfor}",
		}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"tfvars for": {files: map[string]string{
			"main.tf":          "variable \"v\" {}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = length(var.v)\n}\n",
			"terraform.tfvars": "v = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]\n",
		}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"doubling string": {files: map[string]string{"main.tf": locals}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"doubling list":   {files: map[string]string{"main.tf": lists}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"parseint":        {files: map[string]string{"main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = parseint(\"" + strings.Repeat("7", 1_000_000) + "\", 10)\n}\n"}, sev: lint.DiagDebug, sum: "Expression not evaluated"},
		"nested dynamic": {files: map[string]string{"main.tf": `
resource "aws_security_group" "b" {
  dynamic "a" {
    for_each = range(1000)
    content {
      dynamic "b" {
        for_each = range(1000)
        content {
          dynamic "c" {
            for_each = range(1000)
            content {
              v = c.value
            }
          }
        }
      }
    }
  }
}
`}, sev: lint.DiagWarning, sum: "Instance limit reached"},
		"for_each over a million": {files: map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  for_each = toset(flatten([for a in range(1000) : [for b in range(1000) : "${a}-${b}"]]))
  bucket   = each.key
}
`}, sev: lint.DiagError, sum: "Evaluation budget exceeded"},
		"deadline": {files: map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = length([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]])
}
`}, sev: lint.DiagWarning, sum: "stopped at the --timeout", timeout: 200 * time.Millisecond},
	})
}

func timeoutContext(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestModuleTrees(t *testing.T) {
	tree := map[string]string{"main.tf": "module \"a\" {\n  source = \"./m1\"\n}\nmodule \"b\" {\n  source = \"./m1\"\n}\n"}
	for i := 1; i <= 30; i++ {
		tree[fmt.Sprintf("m%d/main.tf", i)] = fmt.Sprintf("module \"a\" {\n  source = \"../m%d\"\n}\nmodule \"b\" {\n  source = \"../m%d\"\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n", i+1, i+1)
	}
	tree["m31/main.tf"] = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n"
	runBudgetCases(t, map[string]budgetCase{
		"two calls by thirty levels": {files: tree, sev: lint.DiagWarning, sum: "Module instance limit reached"},
		"counts multiply": {files: map[string]string{
			"main.tf":   "module \"a\" {\n  source = \"./m\"\n  count  = 1000\n}\n",
			"m/main.tf": "module \"b\" {\n  source = \"../n\"\n  count  = 1000\n}\n",
			"n/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  count  = 1000\n  bucket = \"x\"\n}\n",
		}, sev: lint.DiagWarning, sum: "Instance limit reached"},
	})
}

func TestModuleRecursionThroughSymlinks(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"good/main.tf": goodRoot,
		// bad/a calls ./link, which is bad/ itself, which calls ./a again
		"bad/main.tf":   "module \"a\" {\n  source = \"./a\"\n}\n",
		"bad/a/main.tf": "module \"x\" {\n  source = \"./link\"\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n",
		// c/ calls itself through two links: c/l1 -> d, d/l2 -> ../c
		"c/main.tf": "module \"x\" {\n  source = \"./l1/l2\"\n}\n",
	})
	if err := os.Symlink("..", filepath.Join(dir, "bad", "a", "link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "d"), filepath.Join(dir, "c", "l1")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "c"), filepath.Join(dir, "d", "l2")); err != nil {
		t.Fatal(err)
	}
	res := loadWithin(t, slowdown*10*time.Second, []string{dir})
	n := 0
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError && d.Summary == "Module calls itself" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d self-call diagnostics, want 2 (bad/a and c); got %v", n, res.Diagnostics)
	}
	if d := findDiag(res, lint.DiagError, "Module nesting too deep"); d != nil {
		t.Errorf("the recursion was only cut by the depth limit: %v", d)
	}
	expectGood(t, res)
}

func TestModuleTreeTooDeep(t *testing.T) {
	tree := map[string]string{"good/main.tf": goodRoot, "bad/main.tf": "module \"a\" {\n  source = \"./m1\"\n}\n"}
	for i := 1; i <= 40; i++ {
		tree[fmt.Sprintf("bad/m%d/main.tf", i)] = fmt.Sprintf("module \"a\" {\n  source = \"../m%d\"\n}\n", i+1)
	}
	res := loadWithin(t, slowdown*10*time.Second, []string{writeTree(t, tree)})
	if d := findDiag(res, lint.DiagError, "Module nesting too deep"); d == nil {
		t.Errorf("no depth diagnostic: %v", res.Diagnostics)
	}
	expectGood(t, res)
}

// TestBudgetInsideTry: try recovers the panic that unwinds a spent budget
// (cty functions recover panics); the evaluation must still stop, with the
// one budget diagnostic and no leaked stack trace.
func TestBudgetInsideTry(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
locals {
  n = try(length([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]), 0)
}
resource "aws_s3_bucket" "b" {
  bucket = local.n
}
resource "aws_s3_bucket" "c" {
  bucket = try(length([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]), 0)
}
`})
	res := loadWithin(t, slowdown*10*time.Second, []string{dir})
	n := 0
	for _, d := range res.Diagnostics {
		if d.Summary == "Evaluation budget exceeded" {
			n++
		}
		if strings.Contains(d.Detail, "goroutine") || strings.Contains(d.Summary, "panic") {
			t.Errorf("a panic leaked into a diagnostic: %s %s", d.Summary, d.Detail)
		}
	}
	if n != 1 {
		t.Errorf("%d budget diagnostics, want 1: %v", n, res.Diagnostics)
	}
}
