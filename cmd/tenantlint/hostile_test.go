package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"
)

// The repository under scan is untrusted. Each test here is one of the
// attacks of issue 8, run through the real binary: no read outside the
// repository reaches any output, nothing is written where the user's flags
// did not say, no control character reaches any output, and every scan ends
// within 10 s and 1 GB with a diagnostic.

// outsideSecret is the content of a file next to the repository, never inside.
const outsideSecret = "root:x:0:0:OUTSIDE-SECRET-7f3a"

// hostile lays out dir/repo (with .git) and dir/outside/secret.txt, and
// returns the repository folder.
func hostile(t *testing.T, files map[string]string) (repoDir, outside string) {
	t.Helper()
	base := t.TempDir()
	outside = filepath.Join(base, "outside")
	writeFiles(t, outside, map[string]string{
		"secret.txt": outsideSecret + "\n",
		"mod/main.tf": `resource "aws_ebs_volume" "outside" {
  availability_zone = "eu-west-1a"
  encrypted         = false # ` + outsideSecret + `
}
`,
	})
	repoDir = filepath.Join(base, "repo")
	writeFiles(t, repoDir, files)
	if err := os.MkdirAll(filepath.Join(repoDir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	return repoDir, outside
}

type bounded struct {
	result
	maxRSS int64 // bytes
}

// runBounded runs the binary with a 10 s limit and measures its peak memory.
func runBounded(t *testing.T, dir string, args ...string) bounded {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("tenantlint %s: still running after 10 s", strings.Join(args, " "))
	}
	code := exitCode(t, err)
	b := bounded{result: result{code, out.String(), errb.String()}}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		b.maxRSS = ru.Maxrss * 1024
	}
	if b.maxRSS > 1<<30 {
		t.Errorf("tenantlint %s: peak memory %d MB, want under 1 GB", strings.Join(args, " "), b.maxRSS>>20)
	}
	if code < 0 || code > 3 {
		t.Fatalf("exit %d (a crash?): %s", code, errb.String())
	}
	return b
}

// allFormats scans dir with every format, each to its own file in a folder
// outside the repository, and returns the reports by format name (stdout
// and stderr included as "stdout" and "stderr").
func allFormats(t *testing.T, dir string, extra ...string) map[string]string {
	t.Helper()
	outDir := t.TempDir()
	formats := []string{"text", "compact", "json", "sarif", "junit", "github", "checkstyle"}
	args := []string{"--no-color"}
	for _, f := range formats {
		args = append(args, "--format", f+"="+filepath.Join(outDir, f))
	}
	args = append(args, "--format", "text")
	args = append(args, extra...)
	args = append(args, ".")
	r := runBounded(t, dir, args...)
	got := map[string]string{"stdout": r.stdout, "stderr": r.stderr}
	for _, f := range formats {
		b, err := os.ReadFile(filepath.Join(outDir, f))
		if err != nil {
			t.Fatalf("format %s: %v (stderr: %s)", f, err, r.stderr)
		}
		got[f] = string(b)
	}
	return got
}

// assertClean checks what every output must satisfy whatever the input:
// parseable JSON, SARIF and XML, no control characters, no line that the
// Actions runner would take as a command unless it is one of ours, and none
// of the forbidden strings.
func assertClean(t *testing.T, outs map[string]string, forbidden ...string) {
	t.Helper()
	for name, s := range outs {
		for _, bad := range forbidden {
			if strings.Contains(s, bad) {
				t.Errorf("%s output contains %q", name, bad)
			}
		}
		for i, r := range s {
			if r == '\n' || r == '\t' {
				continue
			}
			if unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("%s output has control character %U at byte %d: %q", name, r, i, around(s, i))
				break
			}
		}
		for _, line := range strings.Split(s, "\n") {
			if !strings.HasPrefix(line, "::") {
				continue
			}
			if name != "github" || !ownAnnotation(line) {
				t.Errorf("%s output has a line the Actions runner would execute: %q", name, line)
			}
		}
	}
	for _, name := range []string{"json", "sarif"} {
		if s, ok := outs[name]; ok && !json.Valid([]byte(s)) {
			t.Errorf("%s output is not valid JSON", name)
		}
	}
	for _, name := range []string{"junit", "checkstyle"} {
		if s, ok := outs[name]; ok {
			if err := xmlWellFormed(s); err != nil {
				t.Errorf("%s output is not well-formed XML: %v", name, err)
			}
		}
	}
}

// ownAnnotation says whether a line is one of the workflow commands the
// github format writes: a severity command with file and line properties.
func ownAnnotation(line string) bool {
	for _, cmd := range []string{"::error ", "::warning ", "::notice "} {
		if strings.HasPrefix(line, cmd+"file=") || strings.HasPrefix(line, cmd+"title=") {
			return true
		}
	}
	return false
}

func xmlWellFormed(s string) error {
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func around(s string, i int) string {
	return s[max(0, i-30):min(len(s), i+30)]
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

const plainVolume = `resource "aws_ebs_volume" "inside" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
`

// 1. The scanned repository does not choose where reports are written.
func TestHostileConfigCannotWriteOutside(t *testing.T) {
	for _, cfg := range []string{
		`formats = ["text=/tmp/tenantlint-ci-step.sh"]`,
		`formats = ["json=../outside.json"]`,
		`var_files = ["/etc/passwd"]`,
		`var_files = ["../outside/secret.txt"]`,
		`var_files = ["/tmp/\u001b]52;c;eA==\u0007\u001b[2J.tfvars"]`,
	} {
		t.Run(cfg, func(t *testing.T) {
			dir, _ := hostile(t, map[string]string{"main.tf": plainVolume, ".tenantlint.hcl": cfg + "\n"})
			_ = os.Remove("/tmp/tenantlint-ci-step.sh")
			r := runBounded(t, dir, ".")
			if r.code != 2 {
				t.Errorf("exit %d, want 2 (a config error)", r.code)
			}
			key := strings.Fields(cfg)[0]
			if !strings.Contains(r.stderr, key) || !strings.Contains(r.stderr, ".tenantlint.hcl") {
				t.Errorf("the error does not name %s in .tenantlint.hcl: %s", key, r.stderr)
			}
			if _, err := os.Stat("/tmp/tenantlint-ci-step.sh"); err == nil {
				t.Error("a report was written to /tmp/tenantlint-ci-step.sh")
			}
			if _, err := os.Stat(filepath.Join(dir, "..", "outside.json")); err == nil {
				t.Error("a report was written outside the repository")
			}
			assertClean(t, map[string]string{"stdout": r.stdout, "stderr": r.stderr}, outsideSecret, "root:x:0:0:root")
		})
	}
	// A report path inside the config's folder is fine, and --format may
	// write anywhere: flags are the user's instructions.
	dir, _ := hostile(t, map[string]string{"main.tf": plainVolume, ".tenantlint.hcl": `formats = ["json=reports/out.json"]` + "\n"})
	if err := os.Mkdir(filepath.Join(dir, "reports"), 0o755); err != nil {
		t.Fatal(err)
	}
	if r := runBounded(t, dir, "."); r.code != 1 {
		t.Fatalf("exit %d, want 1: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "reports", "out.json")); err != nil {
		t.Errorf("relative report path inside the repository not written: %v", err)
	}
	elsewhere := filepath.Join(t.TempDir(), "by-flag.json")
	if r := runBounded(t, dir, "--format", "json="+elsewhere, "."); r.code != 1 {
		t.Fatalf("exit %d, want 1: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(elsewhere); err != nil {
		t.Errorf("--format with an outside path not honoured: %v", err)
	}
}

// 2 and 3. Nothing outside the repository is read into any output.
func TestHostileReadsStayInside(t *testing.T) {
	cases := map[string]func(t *testing.T, dir, outside string){
		"file functions": func(t *testing.T, dir, outside string) {
			writeFiles(t, dir, map[string]string{"main.tf": `resource "aws_ecs_task_definition" "x" {
  family = "x"
  container_definitions = jsonencode([{
    name  = file("/etc/passwd")
    image = file("` + filepath.Join(outside, "secret.txt") + `")
    environment = [
      { name = "A", value = join(",", fileset("/", "etc/*")) },
      { name = "B", value = templatefile("../outside/secret.txt", {}) },
      { name = "C", value = filebase64("../outside/secret.txt") },
      { name = "D", value = tostring(fileexists("../outside/secret.txt")) },
    ]
    privileged = true
  }])
}
`})
		},
		"symlinked tf": func(t *testing.T, dir, outside string) {
			writeFiles(t, dir, map[string]string{"main.tf": plainVolume})
			symlink(t, filepath.Join(outside, "secret.txt"), filepath.Join(dir, "stolen.tf"))
			symlink(t, "/etc/passwd", filepath.Join(dir, "passwd.tf"))
		},
		"symlinked tfvars": func(t *testing.T, dir, outside string) {
			writeFiles(t, dir, map[string]string{"main.tf": plainVolume})
			symlink(t, filepath.Join(outside, "secret.txt"), filepath.Join(dir, "terraform.tfvars"))
		},
		"module outside": func(t *testing.T, dir, _ string) {
			writeFiles(t, dir, map[string]string{"main.tf": plainVolume + `module "m" {
  source = "../outside/mod"
}
`})
		},
		"module through a symlinked folder": func(t *testing.T, dir, outside string) {
			writeFiles(t, dir, map[string]string{"main.tf": plainVolume + `module "m" {
  source = "./vendor/mod"
}
`})
			symlink(t, filepath.Join(outside, "mod"), filepath.Join(dir, "vendor", "mod"))
		},
		"modules.json outside": func(t *testing.T, dir, outside string) {
			writeFiles(t, dir, map[string]string{"main.tf": plainVolume + `module "m" {
  source = "registry.example/acme/m/aws"
}
`, ".terraform/modules/modules.json": `{"Modules":[{"Key":"m","Source":"registry.example/acme/m/aws","Dir":"` + filepath.Join(outside, "mod") + `"}]}`})
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			dir, outside := hostile(t, nil)
			setup(t, dir, outside)
			outs := allFormats(t, dir)
			forbidden := []string{outsideSecret, "OUTSIDE-SECRET", "root:x:0:0:root", "aws_ebs_volume.outside"}
			if name != "file functions" {
				// A warning names the path the configuration asked for;
				// only there does the configuration spell it.
				forbidden = append(forbidden, outside)
			}
			assertClean(t, outs, forbidden...)
			if !strings.Contains(outs["text"], "aws_ebs_volume.inside") && name != "file functions" {
				t.Errorf("the repository's own finding is missing:\n%s", outs["text"])
			}
		})
	}
}

// --allow-outside widens the boundary, as a flag only.
func TestAllowOutside(t *testing.T) {
	dir, outside := hostile(t, map[string]string{"main.tf": `module "m" {
  source = "../outside/mod"
}
`})
	r := runBounded(t, dir, "--format", "compact", ".")
	if strings.Contains(r.stdout, "aws-ec2-encrypt-volumes") {
		t.Fatalf("module outside the repository scanned without --allow-outside:\n%s", r.stdout)
	}
	r = runBounded(t, dir, "--format", "compact", "--allow-outside", outside, ".")
	if !strings.Contains(r.stdout, "aws-ec2-encrypt-volumes") {
		t.Fatalf("--allow-outside %s: module not scanned:\n%s%s", outside, r.stdout, r.stderr)
	}
}

// 4. Nothing in the input becomes a terminal escape, a workflow command or
// invalid XML.
func TestHostileOutputInjection(t *testing.T) {
	esc := "\x1b[2J\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\v\u202e"
	dir, _ := hostile(t, map[string]string{
		"main.tf": "resource \"aws_ebs_volume\" \"x\\n::warning title=x::pwned\" {\n  availability_zone = \"a\"\n  encrypted = false\n}\n" +
			"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"" + strings.ReplaceAll(esc, "\x1b", "\\u001b") + "\" # " + esc + "\n}\n" +
			"resource \"aws_security_group_rule\" \"r\" {\n  type = \"ingress\"\n  description = \"" + strings.ReplaceAll(strings.ReplaceAll(esc, "\x1b", "\\u001b"), "\x07", "\\u0007") + "\"\n  from_port = 22\n  to_port = 22\n  protocol = \"tcp\"\n  cidr_blocks = [\"0.0.0.0/0\"]\n  security_group_id = \"sg-1\"\n}\n",
		"mod\x1b[31m/main.tf": plainVolume,
	})
	outs := allFormats(t, dir)
	assertClean(t, outs)
	if !strings.Contains(outs["text"], "Invalid resource name") {
		t.Errorf("the label with a newline is not refused as Terraform refuses it:\n%s", outs["text"])
	}
	if !strings.Contains(outs["text"], "aws-ec2-no-public-admin-ports") && !strings.Contains(outs["text"], "aws-ec2-no-public-ingress") {
		t.Errorf("the open security group rule is not reported:\n%s", outs["text"])
	}
}

// 5. The value a secret check found is never copied into a report.
func TestHostileSecretsRedacted(t *testing.T) {
	key := "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAzHostileKeyMaterial0123456789\n-----END RSA PRIVATE KEY-----"
	dir, _ := hostile(t, map[string]string{"main.tf": `variable "pw" {
  type      = string
  default   = "hunter2"
  sensitive = true
}
resource "aws_ecs_task_definition" "t" {
  family = "t"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
    environment = [
      { name = "DB_PASSWORD", value = "hunter2" },
      { name = "ALSO_PASSWORD", value = var.pw },
    ]
  }])
}
resource "aws_instance" "i" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    cat > /root/.ssh/id_rsa <<'KEY'
    ` + strings.ReplaceAll(key, "\n", "\n    ") + `
    KEY
  EOT
}
`})
	outs := allFormats(t, dir)
	for _, id := range []string{"aws-ecs-no-plaintext-secrets", "aws-ec2-no-secrets-in-user-data"} {
		if !strings.Contains(outs["json"], id) {
			t.Errorf("%s is not reported: the redaction test would prove nothing", id)
		}
	}
	assertClean(t, outs, "hunter2", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "zHostileKeyMaterial")
}

// useLocal makes a resource read local.a, so that it is evaluated.
const useLocal = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = local.a\n}\n"

func nested(open, closing string, n int) string {
	return strings.Repeat(open, n) + "1" + strings.Repeat(closing, n)
}

// 6. Inputs that used to kill the process end with a diagnostic, and the
// other roots are still reported.
func TestHostileInputsThatKilled(t *testing.T) {
	deep := 70000
	blocks := strings.Repeat("resource \"x\" \"y\" {\n", 1) + strings.Repeat("b {\n", 100000) + strings.Repeat("}\n", 100001)
	cases := map[string]func(t *testing.T, dir string){
		"nested brackets in tf": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = " + nested("[", "]", deep) + "\n}\n"})
		},
		"nested parens in tf": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = " + nested("(", ")", deep) + "\n}\n"})
		},
		"nested objects in tf": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = " + nested("{a=", "}", deep) + "\n}\n"})
		},
		"nested interpolation in tf": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = " + strings.Repeat(`"${`, deep) + "1" + strings.Repeat(`}"`, deep) + "\n}\n"})
		},
		"nested brackets in tfvars": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "variable \"a\" {}\n", "bad/terraform.tfvars": "a = " + nested("[", "]", deep) + "\n"})
		},
		"nested in a template": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = templatefile(\"t.tpl\", {})\n}\n" + useLocal, "bad/t.tpl": strings.Repeat("${", deep) + "1" + strings.Repeat("}", deep)})
		},
		"nested blocks": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": blocks})
		},
		"modules.json is /dev/zero": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "module \"m\" {\n  source = \"registry.example/a/b/c\"\n}\n"})
			symlink(t, "/dev/zero", filepath.Join(dir, "bad", ".terraform", "modules", "modules.json"))
		},
		"modules.json is a FIFO": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "module \"m\" {\n  source = \"registry.example/a/b/c\"\n}\n"})
			mkfifo(t, filepath.Join(dir, "bad", ".terraform", "modules", "modules.json"))
		},
		"a tf file is a FIFO": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": plainVolume})
			mkfifo(t, filepath.Join(dir, "bad", "fifo.tf"))
		},
		"a tfvars file is /dev/zero": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": plainVolume})
			symlink(t, "/dev/zero", filepath.Join(dir, "bad", "terraform.tfvars"))
		},
		"file() of a FIFO": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = file(\"fifo\")\n}\n" + useLocal})
			mkfifo(t, filepath.Join(dir, "bad", "fifo"))
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			dir, _ := hostile(t, map[string]string{"good/main.tf": plainVolume})
			setup(t, dir)
			r := runBounded(t, dir, "--format", "compact", ".")
			if !strings.Contains(r.stdout, "good/main.tf") || !strings.Contains(r.stdout, "aws-ec2-encrypt-volumes") {
				t.Errorf("the other root is not reported (exit %d):\n%s\n%s", r.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, "bad/") {
				t.Errorf("no diagnostic names the bad root:\n%s\n%s", r.stdout, r.stderr)
			}
		})
	}
}

// .tenantlint.hcl is data: as a device or a FIFO it is refused, not read.
func TestHostileConfigSpecialFile(t *testing.T) {
	for _, special := range []string{"zero", "fifo"} {
		t.Run(special, func(t *testing.T) {
			dir, _ := hostile(t, map[string]string{"main.tf": plainVolume})
			if special == "zero" {
				symlink(t, "/dev/zero", filepath.Join(dir, ".tenantlint.hcl"))
			} else {
				mkfifo(t, filepath.Join(dir, ".tenantlint.hcl"))
			}
			r := runBounded(t, dir, ".")
			if r.code != 2 || !strings.Contains(r.stderr, ".tenantlint.hcl") {
				t.Errorf("exit %d, want 2 with an error naming .tenantlint.hcl: %s", r.code, r.stderr)
			}
		})
	}
}

func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
}

// 7 and 10. Work that grows without bound is cut off with a diagnostic
// naming the expression, and the other roots are reported.
func TestHostileEvaluationBudget(t *testing.T) {
	var doubled strings.Builder
	doubled.WriteString("locals {\n  s0 = \"ab\"\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&doubled, "  s%d = \"${local.s%d}${local.s%d}\"\n", i, i-1, i-1)
	}
	doubled.WriteString("}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = local.s40\n}\n")
	var numbers strings.Builder
	numbers.WriteString("locals {\n  a = [")
	for numbers.Len() < 3<<20 {
		numbers.WriteString("1234567,")
	}
	numbers.WriteString("1]\n}\n")
	numbers.WriteString("resource \"aws_s3_bucket\" \"b\" {\n  bucket = tostring(length(local.a))\n}\n")
	cases := map[string]func(t *testing.T, dir string){
		"nested for": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = [for i in range(1000) : [for j in range(1000) : [for k in range(1000) : i + j + k]]]\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = tostring(length(local.a))\n}\n"})
		},
		"nested dynamic": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": `resource "aws_security_group" "g" {
  dynamic "ingress" {
    for_each = range(1000)
    content {
      dynamic "a" {
        for_each = range(1000)
        content {
          dynamic "b" {
            for_each = range(1000)
            content { v = b.value }
          }
        }
      }
    }
  }
}
`})
		},
		"doubled string": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": doubled.String()})
		},
		"module tree": func(t *testing.T, dir string) {
			files := map[string]string{"bad/main.tf": "module \"a\" {\n  source = \"./m/l1\"\n}\nmodule \"b\" {\n  source = \"./m/l1\"\n}\n"}
			for i := 1; i < 30; i++ {
				files[fmt.Sprintf("bad/m/l%d/main.tf", i)] = fmt.Sprintf("module \"a\" {\n  source = \"../l%d\"\n}\nmodule \"b\" {\n  source = \"../l%d\"\n}\n", i+1, i+1)
			}
			files["bad/m/l30/main.tf"] = plainVolume
			writeFiles(t, dir, files)
		},
		"for_each over a million": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  for_each = toset([for i in range(1000000) : tostring(i)])\n  availability_zone = \"a\"\n  encrypted = false\n}\n"})
		},
		"module calls itself through symlinks": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "module \"x\" {\n  source = \"./loop\"\n}\n"})
			symlink(t, "../bad2", filepath.Join(dir, "bad", "loop"))
			symlink(t, "bad", filepath.Join(dir, "bad2"))
		},
		"3 MB one-line list": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": numbers.String()})
		},
		"parseint of a million digits": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  a = parseint(\"" + strings.Repeat("7", 1000000) + "\", 10)\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = tostring(local.a)\n}\n"})
		},
		"transpose of 1000 x 1000": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf": "locals {\n  m = { for i in range(1000) : tostring(i) => [for j in range(1000) : tostring(j)] }\n  t = transpose(local.m)\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = tostring(length(local.t))\n}\n"})
		},
		"BOM in tf.json": func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"bad/main.tf.json": "\ufeff{\"resource\": {\"aws_ebs_volume\": {\"j\": {\"availability_zone\": \"a\", \"encrypted\": false}}}}"})
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			dir, _ := hostile(t, map[string]string{"good/main.tf": plainVolume})
			setup(t, dir)
			start := time.Now()
			r := runBounded(t, dir, "--format", "compact", ".")
			t.Logf("%s: exit %d in %v, peak %d MB", name, r.code, time.Since(start).Round(time.Millisecond), r.maxRSS>>20)
			if !strings.Contains(r.stdout, "good/main.tf") {
				t.Errorf("the other root is not reported (exit %d):\n%s\n%s", r.code, r.stdout, r.stderr)
			}
			if name != "BOM in tf.json" && name != "3 MB one-line list" && !strings.Contains(r.stdout+r.stderr, "bad/") {
				t.Errorf("no diagnostic names the bad root:\n%s\n%s", r.stdout, r.stderr)
			}
		})
	}
}

// 8. A report target that is a symlink is refused, and the file it points
// to is untouched.
func TestHostileReportSymlink(t *testing.T) {
	dir, _ := hostile(t, map[string]string{"main.tf": plainVolume})
	symlink(t, filepath.Join(dir, "main.tf"), filepath.Join(dir, "results.sarif"))
	r := runBounded(t, dir, "--format", "sarif=results.sarif", ".")
	if r.code != 2 || !strings.Contains(r.stderr, "symbolic link") {
		t.Errorf("exit %d, want 2 with a refusal: %s", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "main.tf")); string(got) != plainVolume {
		t.Errorf("main.tf was overwritten through the symlink")
	}
	r = runBounded(t, dir, "--baseline-write", "results.sarif", ".")
	if r.code != 2 {
		t.Errorf("--baseline-write through a symlink: exit %d, want 2", r.code)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "main.tf")); string(got) != plainVolume {
		t.Errorf("main.tf was overwritten through the symlink by --baseline-write")
	}
}

// --timeout reports what was evaluated, names the root cut short, and
// exits 3: an incomplete scan is not a pass.
func TestTimeout(t *testing.T) {
	dir, _ := hostile(t, map[string]string{
		"good/main.tf": plainVolume,
		"slow/main.tf": "locals {\n  a = [for i in range(600) : [for j in range(600) : i * j]]\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = tostring(length(flatten(local.a)))\n}\n",
	})
	start := time.Now()
	r := runBounded(t, dir, "--format", "compact", "--timeout", "200ms", ".")
	took := time.Since(start)
	if r.code != 3 {
		t.Errorf("exit %d, want 3", r.code)
	}
	if !strings.Contains(r.stdout, "good/main.tf") || !strings.Contains(r.stdout, "aws-ec2-encrypt-volumes") {
		t.Errorf("the finished root is not reported:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "slow") || !strings.Contains(r.stdout, "--timeout") {
		t.Errorf("no diagnostic names the root cut short:\n%s", r.stdout)
	}
	if took > 5*time.Second {
		t.Errorf("--timeout 200ms took %v", took)
	}
	// Without a timeout the same scan completes and passes no judgement on time.
	if r := runBounded(t, dir, "--format", "compact", "."); strings.Contains(r.stdout, "--timeout") {
		t.Errorf("a diagnostic about --timeout without one:\n%s", r.stdout)
	}
}
