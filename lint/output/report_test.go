package output

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

// testRoot is the repository root of the hand-built report. It is absolute
// on every platform the tests run on (filepath.Abs leaves it alone).
var testRoot = filepath.FromSlash("/src/infra")

func check(id, title string, sev lint.Severity, dom lint.Domain, model lint.Model, types ...string) *lint.Check {
	return &lint.Check{
		ID: id, Title: title, Severity: sev, Domain: dom, Model: model,
		Category:    testCategories[strings.SplitN(id, "-", 3)[1]],
		Description: "Why " + title + " matters.",
		Remediation: "Fix " + id + ".",
		Links:       []string{"https://docs.example.com/" + id},
		Resources:   types,
	}
}

// The checks of the test report, sorted by ID. enable-detector has no
// resources to inspect; block-public-access and no-wildcard-policies have
// some and find nothing.
var (
	encryptVolumes    = check("aws-ec2-encrypt-volumes", "EBS volume is not encrypted", lint.High, lint.Data, lint.IaaS, "aws_ebs_volume")
	enableDetector    = check("aws-guardduty-enable-detector", "GuardDuty is not enabled", lint.Medium, lint.Response, lint.SaaS, "aws_guardduty_detector")
	noPublicSSH       = check("aws-ec2-no-public-ssh", "Security group rule allows SSH from the internet", lint.Critical, lint.Network, lint.IaaS, "aws_security_group_rule", "aws_security_group")
	noWildcards       = check("aws-iam-no-wildcard-policies", "IAM policy allows every action", lint.High, lint.Identity, lint.SaaS, "aws_iam_policy", "data.aws_iam_policy_document")
	blockPublicAccess = check("aws-s3-block-public-access", "S3 bucket does not block public access", lint.High, lint.Data, lint.SaaS, "aws_s3_bucket")
	enableLogging     = check("aws-s3-enable-logging", "S3 bucket has no access logging", lint.Low, lint.Logging, lint.SaaS, "aws_s3_bucket")
	enableVersioning  = check("aws-s3-enable-versioning", "S3 bucket has no versioning", lint.Medium, lint.Data, lint.SaaS, "aws_s3_bucket")
	testChecks        = []*lint.Check{encryptVolumes, noPublicSSH, enableDetector, noWildcards, blockPublicAccess, enableLogging, enableVersioning}
)

var mainTF = `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false # tenantlint:ignore:aws-ec2-encrypt-volumes -- wiped nightly, holds no data
}

resource "aws_ebs_volume" "legacy" {
  availability_zone = "eu-west-1a"
  size              = 8
}

resource "aws_security_group_rule" "ssh" {
  type      = "ingress"
  from_port = 22
  to_port   = 22
  protocol  = "tcp"
  cidr_blocks = [
    "0.0.0.0/0",
  ]
}

module "disk" {
  source = "./modules/disk"
}

module "archive" {
  source = "./modules/disk"
  count  = 3
}
`

var storageTF = `resource "aws_s3_bucket" "assets" {
	bucket = "example-assets" # a tab indents this line
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "read" {
}
`

var diskTF = `variable "size" {
  type = number
}

resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = var.size
}
`

var networkTF = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = 
}
`

// fixture holds the sources of the test report, each shifted down by pad
// blank comment lines, and finds ranges in them by their text.
type fixture struct {
	t       *testing.T
	sources map[string][]byte
}

func (fx *fixture) file(rel string) string { return filepath.Join(testRoot, filepath.FromSlash(rel)) }

// at returns the range of the n-th occurrence (from 1) of text in a file.
func (fx *fixture) at(rel, text string, n int) hcl.Range {
	fx.t.Helper()
	name := fx.file(rel)
	src := string(fx.sources[name])
	off := -1
	for i := 0; i < n; i++ {
		j := strings.Index(src[off+1:], text)
		if j < 0 {
			fx.t.Fatalf("%q (occurrence %d) not in %s", text, n, rel)
		}
		off += 1 + j
	}
	return hcl.Range{Filename: name, Start: posAt(src, off), End: posAt(src, off+len(text))}
}

// posAt is the HCL position of a byte offset: 1-based line and column.
func posAt(src string, off int) hcl.Pos {
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	col := len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return hcl.Pos{Line: line, Column: col, Byte: off}
}

// header is the range of a block's header line, up to its opening brace.
func (fx *fixture) header(rel, label string) hcl.Range {
	fx.t.Helper()
	rng := fx.at(rel, label, 1)
	line := strings.Split(string(fx.sources[rng.Filename]), "\n")[rng.Start.Line-1]
	start := hcl.Pos{Line: rng.Start.Line, Column: 1, Byte: rng.Start.Byte - (rng.Start.Column - 1)}
	end := hcl.Pos{Line: rng.Start.Line, Column: len([]rune(strings.TrimSuffix(line, " {"))) + 1}
	end.Byte = start.Byte + len(strings.TrimSuffix(line, " {"))
	return hcl.Range{Filename: rng.Filename, Start: start, End: end}
}

// testReport builds a report by hand: findings in several files with every
// severity, a suppressed one with its reason, a baselined one, one in a
// module with its call site, one with a related location, a multi-line
// range, load diagnostics with and without a place, and a debug diagnostic
// the writers leave out. pad moves every block down that many lines.
func testReport(t *testing.T, pad int) *Report {
	t.Helper()
	prefix := strings.Repeat("# moved down\n", pad)
	fx := &fixture{t: t, sources: map[string][]byte{}}
	for rel, src := range map[string]string{"main.tf": mainTF, "storage.tf": storageTF, "modules/disk/main.tf": diskTF, "network.tf": networkTF} {
		fx.sources[fx.file(rel)] = []byte(prefix + src)
	}

	mod := lint.NewModule(testRoot)
	add := func(rel, typ, name string, data bool, address string, calls ...hcl.Range) {
		kind := "resource"
		if data {
			kind = "data"
		}
		def := fx.header(rel, fmt.Sprintf("%s %q %q", kind, typ, name))
		res := lint.NewResource(typ, name, data, address, def, def)
		res.ModuleCalls = calls
		mod.Add(res)
	}
	call := fx.header("main.tf", `module "disk"`)
	add("main.tf", "aws_ebs_volume", "data", false, "aws_ebs_volume.data")
	add("main.tf", "aws_ebs_volume", "scratch", false, "aws_ebs_volume.scratch")
	add("main.tf", "aws_ebs_volume", "legacy", false, "aws_ebs_volume.legacy")
	add("main.tf", "aws_security_group_rule", "ssh", false, "aws_security_group_rule.ssh")
	add("modules/disk/main.tf", "aws_ebs_volume", "this", false, "module.disk.aws_ebs_volume.this", call)
	archive := fx.header("main.tf", `module "archive"`)
	for i := range 3 {
		add("modules/disk/main.tf", "aws_ebs_volume", "this", false, fmt.Sprintf("module.archive[%d].aws_ebs_volume.this", i), archive)
	}
	diskDecl := fx.header("modules/disk/main.tf", `resource "aws_ebs_volume" "this"`)
	inDisk := func(address string, calls ...hcl.Range) *lint.Finding {
		return &lint.Finding{Check: encryptVolumes, Severity: lint.High, Message: "EBS volume " + address + " is not encrypted (encrypted is unset and defaults to false)",
			Range: diskDecl, Address: address, ModuleCalls: calls, Status: lint.Open, Local: "aws_ebs_volume.this", Decl: diskDecl}
	}
	add("storage.tf", "aws_s3_bucket", "assets", false, "aws_s3_bucket.assets")
	add("storage.tf", "aws_s3_bucket", "logs", false, "aws_s3_bucket.logs")
	add("storage.tf", "aws_s3_bucket_versioning", "logs", false, "aws_s3_bucket_versioning.logs")
	add("storage.tf", "aws_iam_policy_document", "read", true, "data.aws_iam_policy_document.read")
	add("network.tf", "aws_vpc", "main", false, "aws_vpc.main")

	cidrs := fx.at("main.tf", "[\n    \"0.0.0.0/0\",\n  ]", 1)
	findings := []*lint.Finding{
		{Check: encryptVolumes, Severity: lint.High, Message: "EBS volume aws_ebs_volume.data is not encrypted",
			Range: fx.at("main.tf", "false", 1), Address: "aws_ebs_volume.data", Path: "encrypted", Status: lint.Open},
		{Check: encryptVolumes, Severity: lint.High, Message: "EBS volume aws_ebs_volume.scratch is not encrypted",
			Range: fx.at("main.tf", "false", 2), Address: "aws_ebs_volume.scratch", Path: "encrypted", Status: lint.Suppressed,
			Justification: "wiped nightly, holds no data"},
		{Check: encryptVolumes, Severity: lint.High, Message: "EBS volume aws_ebs_volume.legacy is not encrypted (encrypted is unset and defaults to false)",
			Range: fx.header("main.tf", `resource "aws_ebs_volume" "legacy"`), Address: "aws_ebs_volume.legacy", Status: lint.Baselined},
		{Check: noPublicSSH, Severity: lint.Critical, Message: "Security group rule aws_security_group_rule.ssh allows SSH (port 22) from 0.0.0.0/0",
			Range: cidrs, Address: "aws_security_group_rule.ssh", Path: "cidr_blocks", Status: lint.Open},
		// One module line reached by three instances (module.archive[2] is
		// not reported): one finding listing them.
		inDisk("module.disk.aws_ebs_volume.this", call),
		inDisk("module.archive[1].aws_ebs_volume.this", archive),
		inDisk("module.archive[0].aws_ebs_volume.this", archive),
		{Check: enableVersioning, Severity: lint.Medium, Message: "S3 bucket aws_s3_bucket.assets has no versioning",
			Range: fx.header("storage.tf", `resource "aws_s3_bucket" "assets"`), Address: "aws_s3_bucket.assets", Status: lint.Open,
			Related: []lint.Related{{Message: "versioning is configured for another bucket", Range: fx.header("storage.tf", `resource "aws_s3_bucket_versioning" "logs"`)}}},
		{Check: enableLogging, Severity: lint.Low, Message: "S3 bucket aws_s3_bucket.assets has no access logging, not even to <example-logs> & co",
			Range: fx.at("storage.tf", `"example-assets"`, 1), Address: "aws_s3_bucket.assets", Path: "bucket", Status: lint.Open},
	}
	subject := fx.at("network.tf", "tags       = ", 1)
	subject.Start = subject.End
	subject.End.Column++
	subject.End.Byte++
	diags := []lint.Diagnostic{
		{Severity: lint.DiagError, Summary: "Invalid expression", Detail: "Expected the start of an expression, but found the end of the line.", Subject: &subject},
		{Severity: lint.DiagWarning, Summary: "Could not read terraform.tfvars", Detail: "open terraform.tfvars: permission denied"},
		{Severity: lint.DiagInfo, Summary: "Module not scanned: run terraform init", Detail: `module "vendor" comes from "git::https://example.com/vendor.git", which is not installed`},
		{Severity: lint.DiagDebug, Summary: "Expression not evaluated: Unknown variable", Detail: "(the value is treated as unknown)", Subject: &subject},
	}
	return &Report{
		Tool:        Tool{Name: "tenantlint", Version: "dev", InformationURI: "https://github.com/tenantlint/tenantlint"},
		Checks:      testChecks,
		Findings:    lint.Group(lint.SortFindings(findings), lint.IndexModules([]*lint.Module{mod})),
		Diagnostics: lint.SortDiagnostics(diags),
		Modules:     []*lint.Module{mod},
		Sources:     fx.sources,
		RepoRoot:    testRoot,
		Undecided: []lint.Undecided{{Check: encryptVolumes, Address: "aws_ebs_volume.legacy", Path: "encrypted",
			Range:   fx.header("main.tf", `resource "aws_ebs_volume" "legacy"`),
			Reasons: []lint.Reason{lint.Because(lint.NoValue, "var.legacy_encrypted")}}},
	}
}

var regexpANSI = regexp.MustCompile("\x1b\\[[0-9;]*m")
