package output

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

// The secrets of the hostile tree: none may appear in any report.
var hostileSecrets = []string{
	"hunter2",
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	"MIIEowIBAAKCAQEAx1Xhn4IuF2G5TPmHm0bOSmtL0JmXI4P6T7Da9hZC8sJEjnUq",
	"BEGIN RSA PRIVATE KEY",
}

// hostileDir and hostileFile are a folder and a file name with a window
// title escape, a bidi override and a vertical tab.
const (
	hostileDir  = "mod\x1b]0;owned\x07\u202e"
	hostileFile = "main\x0b\u2066.tf"
)

var hostileMain = "# clear \x1b[2J title \x1b]0;owned\x07 clipboard \x1b]52;c;aGk=\x07 bidi \u202e\u2066 vt \x0b c1 \u009b31m del \x7f\n" +
	`variable "db_password" {
  description = "the ` + "\x1b[31m" + ` password ` + "\u202e" + `"
  type        = string
  default     = "hunter2"
  sensitive   = true
}

variable "param_name" {
  type      = string
  default   = "/app/hunter2-token"
  sensitive = true
}

resource "aws_instance" "web" {
  ami       = "ami-123"
  user_data = <<EOF
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAx1Xhn4IuF2G5TPmHm0bOSmtL0JmXI4P6T7Da9hZC8sJEjnUq
-----END RSA PRIVATE KEY-----
export DB_PASSWORD=hunter2
EOF
}

resource "aws_launch_configuration" "lc" {
  image_id  = "ami-1"
  user_data = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "arn:aws:iam::1:role/r"
  environment {
    variables = {
      DB_PASSWORD = var.db_password
      API_TOKEN   = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    }
  }
}

resource "aws_ecs_task_definition" "t" {
  family                = "t"
  container_definitions = jsonencode([{ name = "app", image = "x", environment = [{ name = "DB_PASSWORD", value = "hunter2" }] }])
}

resource "aws_ssm_parameter" "p" {
  name  = var.param_name
  type  = "String"
  value = "x"
}

resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  encrypted         = false # ` + "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\ \u202eevil\u202c \x0b" + `
}

resource "aws_ebs_volume" "ignored" {
  availability_zone = "eu-west-1a"
  encrypted         = false # tenantlint:ignore:aws-ec2-encrypt-volumes -- wiped ` + "\x1b]52;c;aGk=\x07 nightly \u202e" + `
}

resource "aws_msk_cluster" "k" {
  cluster_name           = "k"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a"]
    security_groups = ["sg-kafka"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = "PLAINTEXT\u001b]52;c;aGk=\u0007\u202e\n::warning title=x::pwned\n##[error]boom ` + strings.Repeat("A", 300) + `"
    }
  }
}

resource "aws_s3_bucket" "b" {
  for_each = toset(["x\n::error::owned", "y\u001b[31m\u0085z"])
  bucket   = each.key
}

resource "aws_s3_bucket" "bad\n::warning title=x::label" {
  bucket = "z"
}
`

// hostileTree writes a repository built to attack its readers, and returns
// its root.
func hostileTree(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		filepath.Join(hostileDir, hostileFile): hostileMain,
		"::warning title=x::f.tf":              "resource \"aws_ebs_volume\" \"w\" {\n  encrypted = false\n}\n",
		"bad/main.tf":                          "locals {\n  x = \x1b]0;t\x07\n}\n",
	}
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// hostileReport scans the hostile tree as the CLI does.
func hostileReport(t *testing.T) *Report {
	t.Helper()
	root := hostileTree(t)
	res := load.Load([]string{root}, load.Options{})
	findings, diags := lint.Run(res.Modules, checks.All)
	diags = append(diags, res.Diagnostics...)
	for _, f := range findings {
		f.Status = lint.Open
	}
	ignores, d := lint.IgnoresIn(res.Sources)
	diags = append(diags, d...)
	var ids []string
	for _, c := range checks.All {
		ids = append(ids, c.ID)
	}
	diags = append(diags, lint.Suppress(findings, ignores, lint.SuppressOptions{Now: time.Now(), KnownIDs: ids, RanIDs: ids})...)
	sorted := slices.Clone(checks.All)
	slices.SortFunc(sorted, func(a, b *lint.Check) int { return strings.Compare(a.ID, b.ID) })
	return &Report{
		Tool:        Tool{Name: "tenantlint", Version: "dev"},
		Checks:      sorted,
		Findings:    lint.SortFindings(findings),
		Diagnostics: lint.SortDiagnostics(diags),
		Modules:     res.Modules,
		Sources:     res.Sources,
		RepoRoot:    root,
	}
}

// commandLine is a workflow command as the runner reads it: "::" first on a
// line after blanks.
func commandLine(line string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(line, unicode.IsSpace), "::")
}

var ownAnnotation = regexp.MustCompile(`^::(error|warning|notice) file=[^:]*,title=[a-z0-9-]+::`)

func TestHostileRepository(t *testing.T) {
	r := hostileReport(t)

	// The scan saw what the attack needs: secret findings, a quoted value,
	// hostile addresses, a hostile justification and diagnostics.
	byRule := map[string]int{}
	secret := 0
	for _, f := range r.Findings {
		byRule[f.Check.ID]++
		if f.Secret {
			secret++
		}
	}
	for rule, n := range map[string]int{
		"aws-ec2-no-secrets-in-user-data": 2, "aws-lambda-no-secrets-in-env": 2, "aws-ecs-no-plaintext-secrets": 1,
		"aws-ssm-secure-secret-parameters": 1, "aws-msk-encrypt-in-transit": 1, "aws-ec2-encrypt-volumes": 3,
	} {
		if byRule[rule] != n {
			t.Errorf("%d findings of %s, want %d", byRule[rule], rule, n)
		}
	}
	if secret < 5 {
		t.Errorf("%d findings marked secret, want at least 5", secret)
	}
	if len(r.Diagnostics) == 0 {
		t.Fatal("no diagnostics")
	}

	r.Color = true
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			out := render(t, format, r)
			s := string(out)
			if !utf8.Valid(out) {
				t.Fatal("output is not UTF-8")
			}
			scan := s
			if format == "text" {
				scan = regexpANSI.ReplaceAllString(s, "") // its own colours
			}
			for i, c := range scan {
				if unsafeRune(c) && c != '\n' && c != '\t' {
					t.Errorf("raw %U at byte %d: %q", c, i, scan[max(0, i-40):min(len(scan), i+40)])
					break
				}
			}
			for _, secret := range hostileSecrets {
				if strings.Contains(s, secret) {
					t.Errorf("the report shows the secret %q", secret)
				}
			}
			if strings.Contains(s, "##[") {
				t.Error(`the report holds "##[", which the runner executes anywhere in a line`)
			}
			for n, line := range strings.Split(s, "\n") {
				if !commandLine(line) {
					continue
				}
				if format != "github" || !ownAnnotation.MatchString(line) {
					t.Errorf("line %d starts a workflow command: %q", n+1, line)
				}
			}
			if format != "text" && format != "sarif" && strings.Contains(s, strings.Repeat("A", lint.MaxValueLen)) {
				// (text and SARIF show the source line itself)
				t.Errorf("a quoted value of %d characters or more", lint.MaxValueLen)
			}
			switch format {
			case "json", "sarif":
				var v any
				if err := json.Unmarshal(out, &v); err != nil {
					t.Fatalf("not JSON: %v", err)
				}
				if format == "sarif" {
					schema, err := jsonschema.NewCompiler().Compile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
					if err != nil {
						t.Fatal(err)
					}
					if err := schema.Validate(v); err != nil {
						t.Errorf("SARIF does not match the 2.1.0 schema: %v", err)
					}
				}
			case "junit", "checkstyle":
				dec := xml.NewDecoder(bytes.NewReader(out))
				for {
					if _, err := dec.Token(); errors.Is(err, io.EOF) {
						break
					} else if err != nil {
						t.Fatalf("not XML: %v", err)
					}
				}
			}
		})
	}

	// What was escaped is still there to read.
	text := regexpANSI.ReplaceAllString(string(render(t, "text", r)), "")
	for _, want := range []string{`mod\x1b]0;owned\x07\u202e/main\x0b\u2066.tf`, `\x1b]8;;https://evil.example/\x1b\click here`,
		`\x3a:warning title=x::f.tf`, `aws_s3_bucket.b["x\n::error::owned"]`, "(redacted)", "…"} {
		if !strings.Contains(text, want) {
			t.Errorf("the text report does not show %q", want)
		}
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID       string `json:"ruleId"`
				Suppressions []struct {
					Justification string `json:"justification"`
				} `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(render(t, "sarif", r), &sarif); err != nil {
		t.Fatal(err)
	}
	justified := false
	for _, res := range sarif.Runs[0].Results {
		for _, s := range res.Suppressions {
			justified = justified || s.Justification == `wiped \x1b]52;c;aGk=\x07 nightly \u202e`
		}
	}
	if !justified {
		t.Error("the suppression's justification is not in the SARIF log, escaped")
	}
	// JSON keeps the exact text, written as escapes.
	var doc struct {
		Findings []struct {
			RuleID  string `json:"rule_id"`
			Message string `json:"message"`
			File    string `json:"file"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(render(t, "json", r), &doc); err != nil {
		t.Fatal(err)
	}
	exact, capped := false, false
	for _, f := range doc.Findings {
		exact = exact || f.File == hostileDir+"/"+hostileFile
		if f.RuleID == "aws-msk-encrypt-in-transit" {
			capped = strings.HasSuffix(f.Message, strings.Repeat("A", lint.MaxValueLen-62)+"… client connections")
		}
	}
	if !capped {
		t.Error("the quoted client_broker value is not cut at lint.MaxValueLen characters")
	}
	if !exact {
		t.Error("the JSON report does not keep the file name as it is")
	}
}
