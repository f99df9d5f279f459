package load

import (
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint"
)

func TestProvisionersKeptOutOfTheBody(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_instance" "web" {
  count         = 2
  instance_type = "t3.micro"
  connection {
    host     = self.public_ip
    password = "p-${count.index}"
  }
  provisioner "local-exec" {
    command     = "echo ${self.instance_type} ${count.index}"
    environment = { ID = self.id }
  }
  provisioner "remote-exec" {
    not_a_schema_argument = true
    connection {
      user = "ec2-user"
    }
  }
}
resource "aws_s3_bucket" "plain" {}
`, "json.tf.json": `{"resource": {"terraform_data": {"j": {"provisioner": [{"local-exec": {"command": "echo json"}}]}}}}`})
	res := loadWithin(t, 10*time.Second, []string{dir})
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError || d.Severity == lint.DiagWarning {
			t.Errorf("unexpected diagnostic: %s: %s", d.Summary, d.Detail)
		}
	}
	rs := resources(res)
	web := rs["aws_instance.web[1]"]
	if web == nil {
		t.Fatal("aws_instance.web[1] was lost")
	}
	if n := len(web.Blocks("provisioner")) + len(web.Blocks("connection")); n != 0 {
		t.Errorf("provisioner/connection blocks are in the body (%d): checks would read them as provider arguments", n)
	}
	ps := web.Provisioners()
	if len(ps) != 2 || ps[0].Labels[0] != "local-exec" || ps[1].Labels[0] != "remote-exec" {
		t.Fatalf("Provisioners() = %d blocks, want local-exec and remote-exec", len(ps))
	}
	if s, ok := ps[0].Attr("command").StringOr(""); !ok || s != "echo t3.micro 1" {
		t.Errorf("command = %q (known %v), want self and count.index evaluated", s, ok)
	}
	if !ps[0].Attr("environment").Get("ID").Unknown() {
		t.Error("self.id is computed: it must be unknown")
	}
	if ps[0].Attr("command").Path != "provisioner[0].command" {
		t.Errorf("path = %q", ps[0].Attr("command").Path)
	}
	if u, _ := ps[1].Block("connection").Attr("user").StringOr(""); u != "ec2-user" {
		t.Errorf("nested connection user = %q", u)
	}
	if s, _ := web.Connection().Attr("password").StringOr(""); s != "p-1" {
		t.Errorf("resource connection password = %q, want p-1", s)
	}
	if !web.Connection().Attr("host").Unknown() {
		t.Error("self.public_ip is computed: it must be unknown")
	}
	j := rs["terraform_data.j"]
	if j == nil || len(j.Provisioners()) != 1 || j.Provisioners()[0].Labels[0] != "local-exec" {
		t.Fatal("the JSON provisioner was not read")
	}
	for _, m := range res.Modules {
		got := map[string]bool{}
		for _, r := range m.Resources(lint.ProvisionedType) {
			got[r.Address] = true
		}
		if len(got) != 3 || !got["aws_instance.web[0]"] || !got["terraform_data.j"] || got["aws_s3_bucket.plain"] {
			t.Errorf("Resources(ProvisionedType) = %v", got)
		}
		if len(m.Resources("aws_s3_bucket")[0].Provisioners()) != 0 || m.Resources("aws_s3_bucket")[0].Connection().Exists() {
			t.Error("a resource without provisioners has some")
		}
	}
}
