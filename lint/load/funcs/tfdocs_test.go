package funcs

import (
	"strings"
	"testing"
	"time"

	"github.com/zclconf/go-cty/cty"
)

// TestTerraformDocExamples evaluates the examples of Terraform's function
// documentation (developer.hashicorp.com/terraform/language/functions/...)
// and wants the results printed there.
func TestTerraformDocExamples(t *testing.T) {
	tests := []struct {
		expr string
		want cty.Value
	}{
		// cidrhost
		{`cidrhost("10.12.112.0/20", 16)`, cty.StringVal("10.12.112.16")},
		{`cidrhost("10.12.112.0/20", 268)`, cty.StringVal("10.12.113.12")},
		{`cidrhost("10.12.127.0/20", 16)`, cty.StringVal("10.12.112.16")},
		{`cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`, cty.StringVal("fd00:fd12:3456:7890::22")},
		// cidrnetmask
		{`cidrnetmask("172.16.0.0/12")`, cty.StringVal("255.240.0.0")},
		// cidrsubnet
		{`cidrsubnet("172.16.0.0/12", 4, 2)`, cty.StringVal("172.18.0.0/16")},
		{`cidrsubnet("10.1.2.0/24", 4, 15)`, cty.StringVal("10.1.2.240/28")},
		{`cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`, cty.StringVal("fd00:fd12:3456:7800:a200::/72")},
		// cidrsubnets
		{`cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`, strs("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20")},
		{`cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)`, strs("fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88")},
		{`[for b in cidrsubnets("10.0.0.0/8", 8, 8, 8, 8) : cidrsubnets(b, 4, 4)]`, cty.TupleVal([]cty.Value{
			strs("10.0.0.0/20", "10.0.16.0/20"), strs("10.1.0.0/20", "10.1.16.0/20"),
			strs("10.2.0.0/20", "10.2.16.0/20"), strs("10.3.0.0/20", "10.3.16.0/20"),
		})},
		// yamldecode
		{`yamldecode("hello: world")`, cty.ObjectVal(map[string]cty.Value{"hello": cty.StringVal("world")})},
		{`yamldecode("true")`, cty.True},
		{`yamldecode("{a: &foo [1, 2, 3], b: *foo}")`, cty.ObjectVal(map[string]cty.Value{
			"a": cty.TupleVal([]cty.Value{num(1), num(2), num(3)}),
			"b": cty.TupleVal([]cty.Value{num(1), num(2), num(3)}),
		})},
		// yamlencode
		{`yamlencode({"a":"b", "c":"d"})`, cty.StringVal("\"a\": \"b\"\n\"c\": \"d\"\n")},
		{`yamlencode({"foo":[1, 2, 3], "bar": "baz"})`, cty.StringVal("\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n")},
		{`yamlencode({"foo":[1, {"a":"b","c":"d"}, 3], "bar": "baz"})`, cty.StringVal("\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n")},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, diags := eval(t, tt.expr)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if !same(got, tt.want) {
				t.Errorf("%s\n got %#v\nwant %#v", tt.expr, got, tt.want)
			}
		})
	}
}

// TestTerraformDocErrors are the documented failures, with the words of
// Terraform's messages.
func TestTerraformDocErrors(t *testing.T) {
	tests := []struct{ expr, msg string }{
		{`yamldecode("{a: &foo [1, *foo, 3]}")`, `cannot refer to anchor "foo" from inside its own definition`},
		{`yamldecode("{a: !not-supported foo}")`, `unsupported tag "!not-supported"`},
		{`yamldecode("a: 1\n---\nb: 2\n")`, "unexpected extra content after value"},
		{`cidrnetmask("fd00::/8")`, "IPv6 addresses cannot have a netmask"},
		{`cidrsubnet("10.0.0.0/16", 8, 256)`, "prefix extension of 8 does not accommodate a subnet numbered 256"},
		{`cidrsubnet("10.0.0.0/30", 8, 1)`, "insufficient address space to extend prefix of 30 by 8"},
		{`cidrhost("10.0.0.0/24", 256)`, "prefix of 24 does not accommodate a host numbered 256"},
		{`cidrsubnets("10.0.0.0/24", 1, 1, 1)`, "not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25"},
		{`cidrsubnets("10.0.0.0/24", 0)`, "must extend prefix by at least one bit"},
		{`cidrsubnets("fd00::/8", 33)`, "may not extend prefix by more than 32 bits"},
		{`cidrsubnets("10.0.0.0/24", 9)`, "would extend prefix to 33 bits"},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, diags := eval(t, tt.expr)
			if !diags.HasErrors() {
				t.Fatalf("%s = %#v, want an error", tt.expr, got)
			}
			if !strings.Contains(diags.Error(), tt.msg) {
				t.Errorf("%s: %s\nwant it to say %q", tt.expr, diags.Error(), tt.msg)
			}
		})
	}
}

// TestCIDREdges covers what go-cidr alone would get wrong and where we
// follow Terraform's documented quirks.
func TestCIDREdges(t *testing.T) {
	tests := []struct {
		expr string
		want cty.Value
	}{
		// leading zeros are decimal, as Terraform documents
		{`cidrsubnet("010.001.0.0/16", 8, 2)`, cty.StringVal("10.1.2.0/24")},
		{`cidrhost("010.0.0.0/8", 8)`, cty.StringVal("10.0.0.8")},
		// an all-zero prefix (Terraform refuses it: hashicorp/terraform#35486)
		{`cidrsubnets("0.0.0.0/1", 1, 1)`, strs("0.0.0.0/2", "64.0.0.0/2")},
		{`cidrsubnets("0.0.0.0/0", 2, 1)`, strs("0.0.0.0/2", "128.0.0.0/1")},
		// alignment: a larger block after a smaller one starts on its boundary
		{`cidrsubnets("10.0.0.0/8", 16, 4)`, strs("10.0.0.0/24", "10.16.0.0/12")},
		// the last block of the address space
		{`cidrsubnets("255.255.255.0/24", 1, 1)`, strs("255.255.255.0/25", "255.255.255.128/25")},
		// IPv6 subnet numbers past 2^64
		{`cidrsubnet("fd00::/8", 80, pow(2, 70) + 1)`, cty.StringVal("fd00:4000::100:0:0/88")},
		{`cidrhost("fd00::/64", -1)`, cty.StringVal("fd00::ffff:ffff:ffff:ffff")},
		{`cidrhost("10.0.0.0/24", -256)`, cty.StringVal("10.0.0.0")},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, diags := eval(t, tt.expr)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if !same(got, tt.want) {
				t.Errorf("%s\n got %#v\nwant %#v", tt.expr, got, tt.want)
			}
		})
	}
	for _, src := range []string{
		`cidrsubnet("fd00::/8", 80, pow(2, 80))`, // one past the widest subnet number
		`cidrsubnet("fd00::/8", 64, pow(2, 64))`, // go-cidr's own check wraps at 64 bits
		`cidrsubnet("10.0.0.0/8", -1, 0)`,
		`cidrsubnet("10.0.0.0/8", 4, -1)`,
		`cidrsubnets("255.255.255.0/24", 1, 1, 1)`, // past the end of the address space
		`cidrhost("256.0.0.0/8", 1)`,
		`cidrhost("10.0.0.0/24", -257)`,
	} {
		if got, diags := eval(t, src); !diags.HasErrors() {
			t.Errorf("%s = %#v, want an error", src, got)
		}
	}
}

// TestYAMLTerraform covers YAML as Terraform reads it (go-cty-yaml), where
// it differs from a YAML 1.2 reader.
func TestYAMLTerraform(t *testing.T) {
	tests := []struct {
		expr string
		want cty.Value
	}{
		{`yamldecode("a: yes\nb: off\nc: 'yes'")`, cty.ObjectVal(map[string]cty.Value{"a": cty.True, "b": cty.False, "c": cty.StringVal("yes")})},
		{`yamldecode("count: 1_000")`, cty.ObjectVal(map[string]cty.Value{"count": cty.StringVal("1_000")})},
		// keys too: Terraform reads the key y as true and n as false
		{`yamldecode("y: 1\nn: 2")`, cty.ObjectVal(map[string]cty.Value{"true": num(1), "false": num(2)})},
		{`yamldecode("x: 0o17")`, cty.ObjectVal(map[string]cty.Value{"x": num(15)})},
		{`yamldecode("t: 2001-12-14t21:59:43-05:00")`, cty.ObjectVal(map[string]cty.Value{"t": cty.StringVal("2001-12-14T21:59:43-05:00")})},
		{`yamldecode("b: &b {x: 1, z: 1}\nd:\n  <<: *b\n  x: 2\n").d`, cty.ObjectVal(map[string]cty.Value{"x": num(2), "z": num(1)})},
		{`yamldecode("p: &p {x: 1}\nq: &q {z: 2}\nd: {<<: [*p, *q]}").d`, cty.ObjectVal(map[string]cty.Value{"x": num(1), "z": num(2)})},
		{`yamldecode(unknown)`, cty.DynamicVal},
		{`yamlencode({a = unknown})`, cty.UnknownVal(cty.String)},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, diags := eval(t, tt.expr)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if !same(got, tt.want) {
				t.Errorf("%s\n got %#v\nwant %#v", tt.expr, got, tt.want)
			}
		})
	}
}

// TestYAMLHostile: documents that would make go-cty-yaml (or whatever walks
// its result) work without bound are refused quickly.
func TestYAMLHostile(t *testing.T) {
	laughs := func(levels int) string {
		var b strings.Builder
		b.WriteString("a: &a [x, x, x, x, x, x, x, x, x, x]\n")
		prev := "a"
		for i := range levels {
			name := string(rune('b' + i))
			b.WriteString(name + ": &" + name + " [")
			for j := range 10 {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString("*" + prev)
			}
			b.WriteString("]\n")
			prev = name
		}
		return b.String()
	}
	// a merge-key bomb: each mapping merges the previous one ten times
	var merges strings.Builder
	merges.WriteString("m0: &m0 {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9}\n")
	for i := 1; i <= 12; i++ {
		merges.WriteString("m" + string(rune('a'+i)) + ": &m" + string(rune('a'+i)) + " {<<: [")
		for j := range 10 {
			if j > 0 {
				merges.WriteString(", ")
			}
			if i == 1 {
				merges.WriteString("*m0")
			} else {
				merges.WriteString("*m" + string(rune('a'+i-1)))
			}
		}
		merges.WriteString("]}\n")
	}
	hostile := map[string]string{
		"billion laughs (10^8)":  laughs(7),
		"billion laughs (10^13)": laughs(12),
		"merge bomb":             merges.String(),
		"deep flow nesting":      strings.Repeat("[", 100_000),
		"deep block nesting":     strings.Repeat("- ", 5_000) + "x",
		"nesting just too deep":  strings.Repeat("[", 1001) + strings.Repeat("]", 1001),
	}
	for name, src := range hostile {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := yamlDecodeFunc.Call([]cty.Value{cty.StringVal(src)})
			switch {
			case err == nil:
				t.Error("want an error")
			case name != "deep flow nesting" && !strings.Contains(err.Error(), errYAMLTooLarge.Error()):
				t.Errorf("refused for another reason: %v", err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
	// within the limits, aliases still work
	ok := strings.Repeat("[", 999) + strings.Repeat("]", 999)
	if _, err := yamlDecodeFunc.Call([]cty.Value{cty.StringVal(ok)}); err != nil {
		t.Errorf("999 levels: %v", err)
	}
	if v, err := yamlDecodeFunc.Call([]cty.Value{cty.StringVal(laughs(4))}); err != nil || !v.Type().IsObjectType() {
		t.Errorf("10^5 nodes: %v", err)
	}
}
