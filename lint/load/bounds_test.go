package load

import (
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
		"json type constraint": {map[string]string{
			"bad/main.tf.json": `{"variable": {"v": {"type": "` + strings.Repeat("list(", n) + "string" + strings.Repeat(")", n) + `"}}}`,
		}, "bad/main.tf.json", "Invalid type constraint"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			c.files["good/main.tf"] = goodRoot
			dir := writeTree(t, c.files)
			res := loadWithin(t, 10*time.Second, []string{dir})
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
