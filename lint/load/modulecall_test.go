package load

import (
	"slices"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
)

// Module calls are listed under lint.ModuleCallType, one per call of every
// module instance, with source and version as written, and never among the
// resources.
func TestModuleCallRecords(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
module "net" {
  for_each = toset(["a", "b"])
  source   = "./net"
}
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}
`,
		"net/main.tf": `
module "sg" {
  source = "git::https://example.com/sg.git?ref=v1"
}
resource "aws_s3_bucket" "b" {}
`})
	res := Load([]string{dir}, Options{})
	if len(res.Modules) != 1 {
		t.Fatalf("want one root, got %d", len(res.Modules))
	}
	m := res.Modules[0]
	var got []string
	for _, r := range m.Resources(lint.ModuleCallType) {
		src, _ := r.Attr("source").StringOr("")
		ver, _ := r.Attr("version").StringOr("-")
		got = append(got, r.Address+" "+src+" "+ver)
	}
	want := []string{
		"module.net ./net -",
		`module.net["a"].module.sg git::https://example.com/sg.git?ref=v1 -`,
		`module.net["b"].module.sg git::https://example.com/sg.git?ref=v1 -`,
		"module.vpc terraform-aws-modules/vpc/aws 5.8.1",
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("module calls:\n got %q\nwant %q", got, want)
	}
	for _, r := range m.All() {
		if r.Type == lint.ModuleCallType {
			t.Errorf("a module call among the resources: %s", r.Address)
		}
	}
	if len(m.All()) != 2 {
		t.Errorf("want the two buckets as the only resources, got %d", len(m.All()))
	}
}
