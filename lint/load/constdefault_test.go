package load

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func TestIsConstant(t *testing.T) {
	for src, want := range map[string]bool{
		`"x"`:                               true,
		`-1`:                                true,
		`{ a = [80, 80, "tcp"], "b" = {} }`: true,
		"<<EOT\nplain\nEOT\n":               true,
		`"${var.x}"`:                        false,
		`var.x`:                             false,
		`{ a = local.y }`:                   false,
		`[for x in [1] : x]`:                false,
		`upper("x")`:                        false,
		`1 + 1`:                             false,
		`{ (var.k) = 1 }`:                   false,
		`true ? 1 : 2`:                      false,
	} {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "t.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %v", src, diags)
		}
		if got := isConstant(expr); got != want {
			t.Errorf("isConstant(%s) = %v, want %v", src, got, want)
		}
	}
}

// A constant default is worked out once per parsed module and shared by
// its instances; each still gets it converted to the declared type, marked
// sensitive when declared so, and a default that reads something is still
// evaluated in each instance.
func TestConstantDefaultsShared(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
module "a" {
  source = "./m"
  prefix = "a"
}
module "b" {
  source = "./m"
  prefix = "b"
}
module "c" {
  source = "./m"
  prefix = "c"
  rules  = { ssh = [22, 22, "tcp"] }
}
`,
		"m/main.tf": `
variable "prefix" {}
variable "rules" {
  type    = map(list(string))
  default = { http = [80, 80, "tcp"], https = [443, 443, "tcp"] }
}
variable "secret" {
  type      = string
  default   = "s3cr3t"
  sensitive = true
}
variable "derived" {
  type    = string
  default = "from-${var.prefix}"
}
resource "aws_security_group" "sg" {
  name        = var.derived
  description = join(",", [for k, v in var.rules : "${k}:${v[0]}"])
  tags        = { secret = var.secret }
}
`})
	rs := resources(Load([]string{dir}, Options{}))
	for mod, want := range map[string][2]string{
		"a": {"from-a", "http:80,https:443"},
		"b": {"from-b", "http:80,https:443"},
		"c": {"from-c", "ssh:22"},
	} {
		r := rs["module."+mod+".aws_security_group.sg"]
		if r == nil {
			t.Fatalf("module.%s.aws_security_group.sg missing: %v", mod, rs)
		}
		if got, _ := r.Attr("name").StringOr(""); got != want[0] {
			t.Errorf("module.%s name = %q, want %q", mod, got, want[0])
		}
		if got, _ := r.Attr("description").StringOr(""); got != want[1] {
			t.Errorf("module.%s description = %q, want %q", mod, got, want[1])
		}
		if !r.Attr("tags").Get("secret").Sensitive {
			t.Errorf("module.%s: a sensitive variable's constant default should stay sensitive", mod)
		}
	}
}
