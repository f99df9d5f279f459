package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

func evalExpr(t *testing.T, dir, src string) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("%s: %s", src, diags)
	}
	return expr.Value(&hcl.EvalContext{
		Functions: functionTable(dir),
		Variables: map[string]cty.Value{"unknown": cty.UnknownVal(cty.String), "secret": cty.StringVal("s").Mark(lint.SensitiveMark)},
	})
}

func TestFunctions(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t.tpl"), []byte("hello ${name}, %{ for x in items }${x}%{ endfor }"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]cty.Value{
		`cidrsubnet("10.0.0.0/16", 8, 2)`:                             cty.StringVal("10.0.2.0/24"),
		`cidrhost("10.0.1.0/24", 5)`:                                  cty.StringVal("10.0.1.5"),
		`cidrnetmask("172.16.0.0/12")`:                                cty.StringVal("255.240.0.0"),
		`lookup({ a = 1 }, "b", "x")`:                                 cty.StringVal("x"),
		`lookup({ a = { b = 1 } }, "a", {})`:                          cty.ObjectVal(map[string]cty.Value{"b": cty.NumberIntVal(1)}),
		`length("abc") + length([1, 2]) + length({a = 1})`:            cty.NumberIntVal(6),
		`try(tonumber("x"), 7)`:                                       cty.NumberIntVal(7),
		`can(tonumber("x"))`:                                          cty.False,
		`one([])`:                                                     cty.NullVal(cty.DynamicPseudoType),
		`one(["a"])`:                                                  cty.StringVal("a"),
		`alltrue([true, true]) && !anytrue([false])`:                  cty.True,
		`sum([1, 2, 3])`:                                              cty.NumberIntVal(6),
		`sha256("abc")`:                                               cty.StringVal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
		`base64decode(base64encode("tenantlint"))`:                    cty.StringVal("tenantlint"),
		`startswith("arn:aws:s3", "arn:")`:                            cty.True,
		`templatefile("t.tpl", { name = "you", items = ["a", "b"] })`: cty.StringVal("hello you, ab"),
		`fileexists("t.tpl") && !fileexists("nope")`:                  cty.True,
		`jsondecode(jsonencode({ a = [1] })).a[0]`:                    cty.NumberIntVal(1),
		`flatten([[1], [2, [3]]])[2]`:                                 cty.NumberIntVal(3),
	}
	for src, want := range cases {
		got, diags := evalExpr(t, dir, src)
		if diags.HasErrors() {
			t.Errorf("%s: %s", src, diags)
			continue
		}
		numEqual := got.Type() == cty.Number && want.Type() == cty.Number && got.Equals(want).True()
		if !got.RawEquals(want) && !numEqual {
			t.Errorf("%s = %#v, want %#v", src, got, want)
		}
	}
	if v, _ := evalExpr(t, dir, `upper(unknown)`); v.IsKnown() {
		t.Errorf("unknown in must be unknown out")
	}
	if v, _ := evalExpr(t, dir, `upper(secret)`); !v.HasMark(lint.SensitiveMark) {
		t.Errorf("sensitivity must propagate through functions")
	}
	if v, _ := evalExpr(t, dir, `timestamp()`); v.IsKnown() {
		t.Errorf("timestamp() is known only at apply")
	}
	if _, diags := evalExpr(t, dir, `range(100000000)`); !diags.HasErrors() {
		t.Errorf("range must refuse huge lists")
	}
}
