package kmskey

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tenantlint/tenantlint/lint/load"
)

func TestAWSManagedName(t *testing.T) {
	for s, want := range map[string]bool{
		"alias/aws/s3":               true,
		" alias/aws/secretsmanager ": true, //nolint:gocritic // a value with stray spaces must still match
		"arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs":            true,
		"arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/rds": true,
		"alias/app":    false,
		"alias/awsome": false,
		"alias/aws":    false,
		"arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab": false,
		"arn:aws:iam::111122223333:alias/aws/x":                                       false,
		"1234abcd-12ab-34cd-56ef-1234567890ab":                                        false,
		"":                                                                            false,
	} {
		if got := AWSManagedName(s); got != want {
			t.Errorf("AWSManagedName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestOf(t *testing.T) {
	dir := t.TempDir()
	src := `
variable "unknown" {}
variable "managed" { default = "alias/aws/logs" }
data "aws_kms_alias" "managed" { name = "alias/aws/s3" }
data "aws_kms_alias" "mine" { name = "alias/app" }
data "aws_kms_key" "managed" { key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" }
data "aws_kms_key" "mine" { key_id = var.unknown }
resource "x" "absent" {}
resource "x" "empty" { key = "" }
resource "x" "literal" { key = "alias/aws/s3" }
resource "x" "variable" { key = var.managed }
resource "x" "alias_data" { key = data.aws_kms_alias.managed.target_key_arn }
resource "x" "key_data" { key = data.aws_kms_key.managed.arn }
resource "x" "own_alias_data" { key = data.aws_kms_alias.mine.target_key_arn }
resource "x" "own_key_data" { key = data.aws_kms_key.mine.arn }
resource "x" "own" { key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
resource "x" "own_ref" { key = aws_kms_key.k.arn }
resource "aws_kms_key" "k" {}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	want := map[string]Kind{
		"x.absent": None, "x.empty": None, "x.literal": AWSManaged, "x.variable": AWSManaged,
		"x.alias_data": AWSManaged, "x.key_data": AWSManaged, "x.own_alias_data": Unknown,
		"x.own_key_data": Unknown, "x.own": Customer, "x.own_ref": Unknown,
	}
	seen := 0
	for _, m := range res.Modules {
		for _, r := range m.Resources("x") {
			seen++
			if got := Of(r.Attr("key")); got != want[r.Address] {
				t.Errorf("Of(%s.key) = %v, want %v", r.Address, got, want[r.Address])
			}
		}
	}
	if seen != len(want) {
		t.Errorf("saw %d resources, want %d", seen, len(want))
	}
}
