package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

func f(id, file string, line int, addr string) *lint.Finding {
	return &lint.Finding{Check: &lint.Check{ID: id}, Range: hcl.Range{Filename: file, Start: hcl.Pos{Line: line}}, Address: addr, Path: "encrypted", Status: lint.Open}
}

func TestRoundTrip(t *testing.T) {
	rel := func(s string) string { return s }
	before := []*lint.Finding{
		f("aws-ec2-encrypt-volumes", "a/main.tf", 10, "aws_ebs_volume.x"),
		f("aws-s3-encrypt-buckets", "a/main.tf", 20, "aws_s3_bucket.y"),
	}
	var buf bytes.Buffer
	if err := Write(&buf, before, rel); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := writeFile(path, buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	b, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	after := []*lint.Finding{
		f("aws-ec2-encrypt-volumes", "a/main.tf", 25, "aws_ebs_volume.x"), // moved down: still baselined
		f("aws-ec2-encrypt-volumes", "b/main.tf", 10, "aws_ebs_volume.x"), // same address, other file: new
	}
	stale := b.Apply(after, rel)
	if after[0].Status != lint.Baselined {
		t.Errorf("a moved finding must stay baselined")
	}
	if after[1].Status != lint.Open {
		t.Errorf("the same address in another file is a new finding")
	}
	if len(stale) != 1 || stale[0].Rule != "aws-s3-encrypt-buckets" {
		t.Errorf("stale = %+v", stale)
	}
}

func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o644) }
