package peer

import (
	"strings"
	"testing"
)

func TestRewrite(t *testing.T) {
	src := `#tfsec:ignore:aws-s3-enable-bucket-encryption:exp:2099-01-01 legacy bucket
// trivy:ignore:AVD-AWS-0089
resource "aws_s3_bucket" "a" {
  bucket = "a"
  #checkov:skip=CKV_AWS_21:versioning not needed
  #checkov:skip=CKV_K8S_8:not ours
}

resource "aws_ebs_volume" "v" {
  encrypted = false # tfsec:ignore:AVD-AWS-0026 #tfsec:ignore:AWS002
  size      = 8 # trivy:ignore:AVD-AWS-0190
}
`
	want := `# tenantlint:ignore:aws-s3-encrypt-buckets exp:2099-01-01 -- legacy bucket
// tenantlint:ignore:aws-s3-enable-access-logging -- migrated from trivy AVD-AWS-0089
# tenantlint:ignore:aws-s3-enable-versioning -- versioning not needed
resource "aws_s3_bucket" "a" {
  bucket = "a"
  #checkov:skip=CKV_K8S_8:not ours
}

resource "aws_ebs_volume" "v" {
  encrypted = false # tfsec:ignore:AVD-AWS-0026 #tfsec:ignore:AWS002
  size      = 8 # trivy:ignore:AVD-AWS-0190
}
`
	out, n, left := Rewrite(Default(), "main.tf", []byte(src))
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if n != 3 {
		t.Errorf("rewrote %d, want 3", n)
	}
	var got []string
	for _, l := range left {
		got = append(got, l.ID)
	}
	if strings.Join(got, " ") != "CKV_K8S_8 AWS002 AVD-AWS-0026 AVD-AWS-0190" {
		t.Errorf("left %q", got)
	}
	// The rewritten file holds no peer ignore that maps, and reads the same.
	again, n2, _ := Rewrite(Default(), "main.tf", out)
	if n2 != 0 || string(again) != string(out) {
		t.Errorf("second rewrite changed %d", n2)
	}
}

func TestRewriteTrailingAndOwnLineMix(t *testing.T) {
	src := "resource \"aws_ebs_volume\" \"v\" { #checkov:skip=CKV_AWS_3\n  encrypted = false\n}\n  #tfsec:ignore:AVD-AWS-0026 #tfsec:ignore:AWS002 why\nresource \"aws_ebs_volume\" \"w\" {}\n"
	want := "# tenantlint:ignore:aws-ec2-encrypt-volumes -- migrated from checkov CKV_AWS_3\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n  # tenantlint:ignore:aws-ec2-encrypt-volumes -- why\n  #tfsec:ignore:AWS002\nresource \"aws_ebs_volume\" \"w\" {}\n"
	out, _, _ := Rewrite(Default(), "main.tf", []byte(src))
	if string(out) != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
}

func TestParseDirectives(t *testing.T) {
	ds := parseDirectives("tfsec:ignore:aws-a-b:exp:2024-13-01 tfsec:ignore:AVD-AWS-0001 shared reason")
	if len(ds) != 2 || ds[0].BadExpiry != "2024-13-01" || ds[1].ID != "AVD-AWS-0001" || ds[0].Reason != "shared reason" {
		t.Errorf("%+v", ds)
	}
	ds = parseDirectives("trivy:ignore:AVD-AWS-0089[bucket=logs]")
	if len(ds) != 1 || ds[0].Filter != "[bucket=logs]" {
		t.Errorf("%+v", ds)
	}
	ds = parseDirectives("checkov:skip=CKV_AWS_18:Logging: not needed")
	if len(ds) != 1 || ds[0].Tool != Checkov || ds[0].Reason != "Logging: not needed" {
		t.Errorf("%+v", ds)
	}
	if ds := parseDirectives("see the tfsec docs on ignores"); len(ds) != 0 {
		t.Errorf("%+v", ds)
	}
}

func TestRewriteManyAndHostile(t *testing.T) {
	var b strings.Builder
	b.WriteString("resource \"aws_s3_bucket\" \"a\" {\n")
	const n = 20000
	for range n {
		b.WriteString("  #checkov:skip=CKV_AWS_21:x\x1b[31m\x7fy\n")
	}
	b.WriteString("}\n")
	out, changed, _ := Rewrite(Default(), "main.tf", []byte(b.String()))
	if changed != n {
		t.Fatalf("rewrote %d, want %d", changed, n)
	}
	if strings.ContainsAny(string(out), "\x1b\x7f") {
		t.Error("a control character reached the rewritten comment")
	}
	if !strings.HasPrefix(string(out), "# tenantlint:ignore:aws-s3-enable-versioning -- x [31m y\n") || !strings.HasSuffix(string(out), "resource \"aws_s3_bucket\" \"a\" {\n}\n") {
		t.Errorf("rewritten: %.200q ... %.100q", out, out[len(out)-100:])
	}
}
