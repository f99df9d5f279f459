package iampolicy

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

func TestMatches(t *testing.T) {
	cases := []struct {
		pattern, action string
		want            bool
	}{
		{"*", "iam:PassRole", true},
		{"iam:*", "iam:PassRole", true},
		{"IAM:pass*", "iam:PassRole", true},
		{"iam:Pass*", "iam:GetRole", false},
		{"iam:?assRole", "iam:PassRole", true},
		{"s3:*", "iam:PassRole", false},
		{"iam:PassRole", "iam:PassRole", true},
		{"iam:PassRol", "iam:PassRole", false},
		{"*:PassRole", "iam:PassRole", true},
		{"iam:*Policy*", "iam:CreatePolicyVersion", true},
		{"", "iam:PassRole", false},
	}
	for _, c := range cases {
		if got := Matches(c.pattern, c.action); got != c.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.pattern, c.action, got, c.want)
		}
	}
}

const src = `
variable "unknown" { type = string }

resource "aws_iam_policy" "heredoc" {
  policy = <<JSON
{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
JSON
}

resource "aws_iam_policy" "encoded" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject", var.unknown], Resource = "*" },
      { Effect = "Allow", Principal = { AWS = ["*"] }, Action = "sts:AssumeRole",
        Condition = { StringEquals = { "sts:ExternalId" = "x" } } },
      { Effect = "Deny", NotAction = "iam:*", Resource = ["arn:aws:s3:::b"] },
    ]
  })
}

resource "aws_iam_policy" "unknown" {
  policy = var.unknown
}

data "aws_iam_policy_document" "base" {
  statement {
    sid     = "Base"
    actions = ["ec2:*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "doc" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-123"]
    }
  }
  dynamic "statement" {
    for_each = ["s3", "kms"]
    content {
      effect    = "Deny"
      actions   = ["${statement.value}:*"]
      resources = ["*"]
    }
  }
}

resource "aws_iam_policy" "from_data" {
  policy = data.aws_iam_policy_document.doc.json
}
`

func TestRead(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	if len(res.Modules) != 1 {
		t.Fatalf("want one module, got %d (%v)", len(res.Modules), res.Diagnostics)
	}
	byName := map[string]*lint.Resource{}
	for _, r := range res.Modules[0].Resources("aws_iam_policy") {
		byName[r.Name] = r
	}

	sts, ok := Read(byName["heredoc"].Attr("policy"))
	if !ok || len(sts) != 1 || !sts[0].Allows() || !sts[0].Grants("iam:PassRole") || !sts[0].AllResources() {
		t.Errorf("heredoc: got %+v, %v", sts, ok)
	}

	sts, ok = Read(byName["encoded"].Attr("policy"))
	if !ok || len(sts) != 3 {
		t.Fatalf("encoded: got %+v, %v", sts, ok)
	}
	if sts[0].ActionsKnown || !slices.Equal(sts[0].Actions, []string{"s3:GetObject"}) {
		t.Errorf("encoded[0]: an unknown action must leave the list partly known: %+v", sts[0])
	}
	if !sts[1].PublicPrincipal() || !sts[1].HasCondition || !sts[1].ConditionsKnown || len(sts[1].Conditions) != 1 || sts[1].Conditions[0].Variable != "sts:ExternalId" {
		t.Errorf("encoded[1]: %+v", sts[1])
	}
	if sts[2].Allows() || !slices.Equal(sts[2].NotActions, []string{"iam:*"}) || sts[2].AllResources() {
		t.Errorf("encoded[2]: %+v", sts[2])
	}

	if _, ok := Read(byName["unknown"].Attr("policy")); ok {
		t.Errorf("an unknown policy must not be readable")
	}

	sts, ok = Read(byName["from_data"].Attr("policy"))
	if !ok || len(sts) != 4 {
		t.Fatalf("from_data: got %d statements %+v, %v", len(sts), sts, ok)
	}
	if sts[0].Sid != "Base" || !sts[0].Grants("ec2:RunInstances") {
		t.Errorf("source document statement first: %+v", sts[0])
	}
	if !sts[1].Allows() || !sts[1].PublicPrincipal() || !sts[1].HasCondition || !sts[1].Grants("iam:PassRole") {
		t.Errorf("data statement: %+v", sts[1])
	}
	if b, ok := sts[1].At.(*lint.Block); !ok || b.Type != "statement" {
		t.Errorf("a data source statement reports at its block, got %T", sts[1].At)
	}
	if sts[3].Allows() || !slices.Equal(sts[3].Actions, []string{"kms:*"}) {
		t.Errorf("dynamic statement: %+v", sts[3])
	}
	seen := Seen{}
	if !seen.First(sts[1]) || seen.First(sts[1]) {
		t.Errorf("Seen must say yes once")
	}
}
