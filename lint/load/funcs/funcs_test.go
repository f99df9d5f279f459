package funcs

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// testVars are the variables the test expressions may use.
func testVars() map[string]cty.Value {
	return map[string]cty.Value{
		"unknown":    cty.UnknownVal(cty.String),
		"unknownnum": cty.UnknownVal(cty.Number),
		"unknownany": cty.DynamicVal,
		"secret":     cty.StringVal("hunter2").Mark(lint.SensitiveMark),
		"tags": cty.ObjectVal(map[string]cty.Value{
			"public": cty.StringVal("yes"),
			"token":  cty.StringVal("t0k3n").Mark(lint.SensitiveMark),
		}),
	}
}

var table = Table("testdata")

func evalIn(t testing.TB, funcs map[string]function.Function, src string) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("parse %s: %s", src, diags)
	}
	return expr.Value(&hcl.EvalContext{Variables: testVars(), Functions: funcs})
}

func eval(t testing.TB, src string) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	return evalIn(t, table, src)
}

// same compares a result with what a test wants. Collections and
// structures may differ in type (a tuple for a list) as long as the
// result converts to the wanted type and is then equal. Refinements of
// unknown values are ignored.
func same(got, want cty.Value) bool {
	if got.RawEquals(want) {
		return true
	}
	if !want.IsKnown() {
		return !got.IsKnown() && !got.IsMarked() && got.Type().Equals(want.Type())
	}
	if want.Type().IsPrimitiveType() || got.IsMarked() || want.IsMarked() {
		return false
	}
	conv, err := convert.Convert(got, want.Type())
	return err == nil && conv.RawEquals(want)
}

func strs(ss ...string) cty.Value {
	vals := make([]cty.Value, len(ss))
	for i, s := range ss {
		vals[i] = cty.StringVal(s)
	}
	return cty.ListVal(vals)
}

func num(n float64) cty.Value { return cty.NumberFloatVal(n) }

func TestFunctions(t *testing.T) {
	tests := []struct {
		expr string
		want cty.Value
	}{
		// networking
		{`cidrsubnet("10.0.0.0/16", 8, 2)`, cty.StringVal("10.0.2.0/24")},
		{`cidrsubnet("10.1.2.0/24", 4, 15)`, cty.StringVal("10.1.2.240/28")},
		{`cidrsubnet("10.1.2.3/24", 0, 0)`, cty.StringVal("10.1.2.0/24")},
		{`cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`, cty.StringVal("fd00:fd12:3456:7800:a200::/72")},
		{`cidrhost("10.12.112.0/20", 16)`, cty.StringVal("10.12.112.16")},
		{`cidrhost("10.12.112.0/20", 268)`, cty.StringVal("10.12.113.12")},
		{`cidrhost("10.0.0.0/24", -1)`, cty.StringVal("10.0.0.255")},
		{`cidrhost("fd00:fd12:3456:7800:a200::/72", 34)`, cty.StringVal("fd00:fd12:3456:7800:a200::22")},
		{`cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`, cty.StringVal("fd00:fd12:3456:7890::22")},
		{`cidrnetmask("172.16.0.0/12")`, cty.StringVal("255.240.0.0")},
		{`cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`, strs("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20")},
		{`cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)`, strs("fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88")},
		{`cidrsubnets("10.0.0.0/8")`, cty.ListValEmpty(cty.String)},
		// try and can
		{`try(tonumber("x"), 5)`, num(5)},
		{`try(local.missing, "fallback")`, cty.StringVal("fallback")},
		{`can(tonumber("x"))`, cty.False},
		{`can(cidrsubnet("10.0.0.0/30", 8, 1))`, cty.False},
		{`can(1)`, cty.True},
		// collections
		{`merge({a = 1}, {b = 2}, {a = 3})`, cty.ObjectVal(map[string]cty.Value{"a": num(3), "b": num(2)})},
		{`lookup({a = "x"}, "b", "default")`, cty.StringVal("default")},
		{`lookup({a = "x"}, "a")`, cty.StringVal("x")},
		{`lookup(tomap({a = "x"}), "a", "y")`, cty.StringVal("x")},
		{`lookup(tomap({a = "x"}), "b", "y")`, cty.StringVal("y")},
		{`lookup(tags, "public")`, cty.StringVal("yes")},
		{`flatten([[1, 2], [3], [], [[4]]])`, cty.ListVal([]cty.Value{num(1), num(2), num(3), num(4)})},
		{`length(setproduct(["a", "b"], [1, 2, 3]))`, num(6)},
		{`setproduct(["a", "b"], [1, 2])[3]`, cty.TupleVal([]cty.Value{cty.StringVal("b"), num(2)})},
		{`length("héllo")`, num(5)},
		{`length({a = 1, b = 2})`, num(2)},
		{`length([unknown, unknown])`, num(2)},
		{`index(["a", "b", "c"], "b")`, num(1)},
		{`one([])`, cty.NullVal(cty.DynamicPseudoType)},
		{`one(["x"])`, cty.StringVal("x")},
		{`one(toset(["x"]))`, cty.StringVal("x")},
		{`sum([1, 2, 3.5])`, num(6.5)},
		{`sum(toset([1, 2]))`, num(3)},
		{`alltrue([true, true])`, cty.True},
		{`alltrue([])`, cty.True},
		{`alltrue([true, false])`, cty.False},
		{`anytrue([false, true])`, cty.True},
		{`anytrue([])`, cty.False},
		{`coalesce("", "b")`, cty.StringVal("b")},
		{`coalesce(null, 2)`, num(2)},
		{`coalescelist([], ["x"])`, cty.TupleVal([]cty.Value{cty.StringVal("x")})},
		{`matchkeys(["i-1", "i-2", "i-3"], ["us-west", "us-east", "us-east"], ["us-east"])`, strs("i-2", "i-3")},
		{`transpose({a = ["1", "2"], b = ["2", "3"]})`, cty.MapVal(map[string]cty.Value{"1": strs("a"), "2": strs("a", "b"), "3": strs("b")})},
		{`distinct(["a", "b", "a"])`, strs("a", "b")},
		{`element(["a", "b"], 3)`, cty.StringVal("b")},
		{`keys({b = 1, a = 2})`, strs("a", "b")},
		{`zipmap(["a"], [1])`, cty.MapVal(map[string]cty.Value{"a": num(1)})},
		{`contains(["a"], "a")`, cty.True},
		{`range(3)`, cty.ListVal([]cty.Value{num(0), num(1), num(2)})},
		{`reverse([1, 2])`, cty.TupleVal([]cty.Value{num(2), num(1)})},
		{`compact(["a", "", "b"])`, strs("a", "b")},
		{`concat(["a"], ["b"])`, strs("a", "b")},
		{`slice(["a", "b", "c"], 1, 3)`, strs("b", "c")},
		// strings
		{`replace("1 + 2 + 3", "+", "-")`, cty.StringVal("1 - 2 - 3")},
		{`replace("hello world", "/w.*d/", "everybody")`, cty.StringVal("hello everybody")},
		{`startswith("hello", "he")`, cty.True},
		{`endswith("hello", "he")`, cty.False},
		{`strcontains("hello", "ll")`, cty.True},
		{`format("%s-%03d", "a", 7)`, cty.StringVal("a-007")},
		{`join(",", ["a", "b"])`, cty.StringVal("a,b")},
		{`split(",", "a,b")`, strs("a", "b")},
		{`upper("abc")`, cty.StringVal("ABC")},
		{`trimprefix("foobar", "foo")`, cty.StringVal("bar")},
		{`strrev("abc")`, cty.StringVal("cba")},
		{`regex("[a-z]+", "123abc")`, cty.StringVal("abc")},
		// numbers
		{`max(1, 5, 3)`, num(5)},
		{`parseint("ff", 16)`, num(255)},
		{`pow(2, 10)`, num(1024)},
		// conversions
		{`tostring(5)`, cty.StringVal("5")},
		{`tostring(true)`, cty.StringVal("true")},
		{`tonumber("5")`, num(5)},
		{`tobool("true")`, cty.True},
		{`tolist(["a", "b"])`, strs("a", "b")},
		{`toset(["a", "a"])`, cty.SetVal([]cty.Value{cty.StringVal("a")})},
		{`tomap({a = "b"})`, cty.MapVal(map[string]cty.Value{"a": cty.StringVal("b")})},
		// encodings
		{`jsonencode({a = 1})`, cty.StringVal(`{"a":1}`)},
		{`jsondecode(jsonencode({a = [1, "x", true]})).a[1]`, cty.StringVal("x")},
		{`jsondecode(jsonencode({a = [1, "x", true]})).a[2]`, cty.True},
		{`yamldecode("a: 1\nb: [x, y]\nc: true\nd: ~\n").b[0]`, cty.StringVal("x")},
		{`yamldecode("a: 1\nb: [x, y]\nc: true\nd: ~\n").b[1]`, cty.True}, // YAML 1.1's "y", as Terraform reads it
		{`yamldecode("a: 1\nb: [x, y]\nc: true\nd: ~\n").a`, num(1)},
		{`yamldecode("a: 1\nb: [x, y]\nc: true\nd: ~\n").c`, cty.True},
		{`yamldecode("a: 0x1F")`, cty.ObjectVal(map[string]cty.Value{"a": num(31)})},
		{`yamldecode("a: '1'").a`, cty.StringVal("1")},
		{`yamldecode("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n").derived.x`, num(1)},
		{`yamldecode("~")`, cty.NullVal(cty.DynamicPseudoType)},
		{`yamldecode(yamlencode({a = "b", n = [1, 2.5], t = true, s = "yes"}))`, cty.ObjectVal(map[string]cty.Value{
			"a": cty.StringVal("b"), "n": cty.TupleVal([]cty.Value{num(1), num(2.5)}), "t": cty.True, "s": cty.StringVal("yes"),
		})},
		{`yamldecode(yamlencode("two\nlines"))`, cty.StringVal("two\nlines")},
		{`csvdecode("a,b\n1,2\n")[0].b`, cty.StringVal("2")},
		{`base64encode("hello")`, cty.StringVal("aGVsbG8=")},
		{`base64decode("aGVsbG8=")`, cty.StringVal("hello")},
		{`textencodebase64("Hello World", "UTF-16LE")`, cty.StringVal("SABlAGwAbABvACAAVwBvAHIAbABkAA==")},
		{`textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")`, cty.StringVal("Hello World")},
		{`urlencode("Hello World!")`, cty.StringVal("Hello+World%21")},
		// hashes
		{`md5("hello")`, cty.StringVal("5d41402abc4b2a76b9719d911017c592")},
		{`sha1("hello")`, cty.StringVal("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d")},
		{`sha256("hello")`, cty.StringVal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")},
		{`base64sha256("hello")`, cty.StringVal("LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=")},
		{`length(sha512("hello"))`, num(128)},
		{`uuidv5("dns", "python.org")`, cty.StringVal("886313e1-3b8a-5372-9b90-0c9aee199e5d")},
		{`uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org")`, cty.StringVal("886313e1-3b8a-5372-9b90-0c9aee199e5d")},
		// files and templates
		{`file("hello.txt")`, cty.StringVal("hello\n")},
		{`fileexists("hello.txt")`, cty.True},
		{`fileexists("missing.txt")`, cty.False},
		{`filebase64("binary.bin")`, cty.StringVal("//4A")},
		{`filemd5("hello.txt")`, cty.StringVal("b1946ac92492d2347c6235b4d2611184")},
		{`fileset(".", "sub/*.txt")`, cty.SetVal([]cty.Value{cty.StringVal("sub/a.txt"), cty.StringVal("sub/b.txt")})},
		{`fileset("sub", "**")`, cty.SetVal([]cty.Value{cty.StringVal("a.txt"), cty.StringVal("b.txt"), cty.StringVal("c.json")})},
		{`fileset(".", "*.none")`, cty.SetValEmpty(cty.String)},
		{`templatefile("greeting.tftpl", {name = "World", items = ["a", "b"]})`, cty.StringVal("Hello, World!\n- a\n- b\n")},
		{`templatefile("number.tftpl", {port = 8080})`, num(8080)},
		{`templatestring("Hi $${n}", {n = "x"})`, cty.StringVal("Hi x")},
		{`basename("a/b/c.txt")`, cty.StringVal("c.txt")},
		{`dirname("a/b/c.txt")`, cty.StringVal("a/b")},
		{`startswith(abspath("x"), "/")`, cty.True},
		{`pathexpand("/etc/x")`, cty.StringVal("/etc/x")},
		// time
		{`timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00")`, num(0)},
		{`timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:01Z")`, num(-1)},
		{`timeadd("2017-11-22T00:00:00Z", "10m")`, cty.StringVal("2017-11-22T00:10:00Z")},
		{`formatdate("YYYY-MM-DD", "2017-11-22T00:00:00Z")`, cty.StringVal("2017-11-22")},
		// sensitivity
		{`nonsensitive(sensitive("x"))`, cty.StringVal("x")},
		{`issensitive(secret)`, cty.True},
		{`issensitive("x")`, cty.False},
		{`issensitive(upper(secret))`, cty.True},
		{`issensitive(tags)`, cty.False},
		{`ephemeralasnull("x")`, cty.StringVal("x")},
		// unknown in, unknown out
		{`upper(unknown)`, cty.UnknownVal(cty.String)},
		{`cidrsubnet(unknown, 8, 1)`, cty.UnknownVal(cty.String)},
		{`cidrhost("10.0.0.0/8", unknownnum)`, cty.UnknownVal(cty.String)},
		{`length(unknown)`, cty.UnknownVal(cty.Number)},
		{`file(unknown)`, cty.UnknownVal(cty.String)},
		{`sum([1, unknownnum])`, cty.UnknownVal(cty.Number)},
		{`alltrue([true, tobool(unknownany)])`, cty.UnknownVal(cty.Bool)},
		{`alltrue([false, tobool(unknownany)])`, cty.False},
		{`jsonencode({a = unknown})`, cty.UnknownVal(cty.String)},
		{`yamlencode([unknown])`, cty.UnknownVal(cty.String)},
		{`issensitive(unknown)`, cty.UnknownVal(cty.Bool)},
		{`timestamp()`, cty.UnknownVal(cty.String)},
		{`plantimestamp()`, cty.UnknownVal(cty.String)},
		{`uuid()`, cty.UnknownVal(cty.String)},
		{`bcrypt("x")`, cty.UnknownVal(cty.String)},
		{`pathexpand("~/.ssh/id_rsa")`, cty.UnknownVal(cty.String)},
		{`coalesce(unknown, "x")`, cty.UnknownVal(cty.String)},
		{`index([unknown, "b"], "b")`, cty.UnknownVal(cty.Number)},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, diags := eval(t, tt.expr)
			if diags.HasErrors() {
				t.Fatalf("%s: %s", tt.expr, diags)
			}
			if !same(got, tt.want) {
				t.Errorf("%s\n got %#v\nwant %#v", tt.expr, got, tt.want)
			}
		})
	}
}

// TestErrors lists calls that Terraform rejects; they must fail, not
// panic and not return a value.
func TestErrors(t *testing.T) {
	tests := []string{
		`cidrsubnet("10.0.0.0/16", 8, 256)`,
		`cidrsubnet("10.0.0.0/30", 8, 1)`,
		`cidrsubnet("10.0.0.0/16", 1.5, 1)`,
		`cidrsubnet("not a cidr", 8, 1)`,
		`cidrhost("10.0.0.0/24", 256)`,
		`cidrhost("10.0.0.0/24", -257)`,
		`cidrnetmask("fd00::/8")`,
		`cidrsubnets("10.0.0.0/24", 1, 1, 1)`,
		`cidrsubnets("10.0.0.0/24", 0)`,
		`lookup({a = 1}, "b")`,
		`lookup(tomap({a = "x"}), "b", [])`,
		`lookup("nope", "b")`,
		`one([1, 2])`,
		`sum([])`,
		`sum(["x"])`,
		`index(["a"], "b")`,
		`coalesce(null, "")`,
		`matchkeys(["a"], ["x", "y"], ["x"])`,
		`file("missing.txt")`,
		`file("binary.bin")`,
		`file("sub")`,
		`file("~/.aws/credentials")`,
		`fileexists("sub")`,
		`fileset(".", "[")`,
		`templatefile("missing.tftpl", {})`,
		`templatefile("greeting.tftpl", {})`,
		`templatefile("greeting.tftpl", {"not valid" = 1, name = "x", items = []})`,
		`templatefile("recursive.tftpl", {})`,
		`templatestring("$${templatestring(\"x\", {})}", {})`,
		`base64decode("!!!")`,
		`base64decode("//4A")`,
		`textencodebase64("x", "no-such-encoding")`,
		`uuidv5("nope", "x")`,
		`yamldecode("a: [")`,
		`yamldecode("")`,
		`yamldecode("a: 1\n---\nb: 2\n")`,
		`yamldecode("a: &a [*a, *a]")`,
		`timecmp("yesterday", "2017-11-22T00:00:00Z")`,
		`setproduct(range(1024), range(1024), range(2))`,
		`replace("x", "/(/", "y")`,
		`tonumber("x")`,
	}
	for _, src := range tests {
		t.Run(src, func(t *testing.T) {
			got, diags := eval(t, src)
			if !diags.HasErrors() {
				t.Errorf("%s = %#v, want an error", src, got)
			}
			t.Log(diags)
		})
	}
}

// TestBillionLaughs checks that aliases cannot make yamldecode expand
// without bound.
func TestBillionLaughs(t *testing.T) {
	var b strings.Builder
	b.WriteString("a: &a [x, x, x, x, x, x, x, x, x, x]\n")
	prev := "a"
	for i := range 12 {
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
	_, err := yamlDecodeFunc.Call([]cty.Value{cty.StringVal(b.String())})
	if err == nil {
		t.Fatal("want an error for a document that expands to 10^13 nodes")
	}
}

func TestBase64Gzip(t *testing.T) {
	got, diags := eval(t, `base64gzip("hello")`)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	raw, err := base64.StdEncoding.DecodeString(got.AsString())
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(r)
	if err != nil || string(plain) != "hello" {
		t.Fatalf("gunzip = %q, %v", plain, err)
	}
}

// TestMarks checks that marks flow through function calls, including
// into templates, and that lookup marks only what it returns.
func TestMarks(t *testing.T) {
	tests := []struct {
		expr      string
		sensitive bool
	}{
		{`upper(secret)`, true},
		{`sensitive("x")`, true},
		{`nonsensitive(secret)`, false},
		{`length(secret)`, true},
		{`base64encode(secret)`, true},
		{`cidrsubnet(sensitive("10.0.0.0/16"), 8, 1)`, true},
		{`jsonencode({a = secret})`, true},
		{`yamlencode({a = secret})`, true},
		{`format("%s", secret)`, true},
		{`try(secret, "x")`, true},
		{`lookup(tags, "token")`, true},
		{`lookup(tags, "public")`, false},
		{`lookup(tags, "absent", secret)`, true},
		{`templatestring("$${s}", {s = secret})`, true},
		{`templatefile("greeting.tftpl", {name = secret, items = []})`, true},
		{`templatefile("greeting.tftpl", {name = "x", items = [], unused = secret})`, false},
		{`sum([1, sensitive(2)])`, true},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, diags := eval(t, tt.expr)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if got.HasMark(lint.SensitiveMark) != tt.sensitive {
				t.Errorf("%s = %#v, want sensitive=%v", tt.expr, got, tt.sensitive)
			}
		})
	}
	v, _ := eval(t, `sensitive(secret)`)
	if v, _ := v.Unmark(); v.AsString() != "hunter2" {
		t.Errorf("sensitive changed the value: %#v", v)
	}
}

// TestCoverage checks that the table has Terraform's functions and that
// every function has a description.
func TestCoverage(t *testing.T) {
	want := strings.Fields(`abs ceil floor log max min parseint pow signum
		chomp endswith format formatlist indent join lower regex regexall replace split startswith
		strcontains strrev substr templatestring title trim trimprefix trimsuffix trimspace upper
		alltrue anytrue chunklist coalesce coalescelist compact concat contains distinct element
		flatten index keys length lookup matchkeys merge one range reverse setintersection setproduct
		setsubtract setunion slice sort sum transpose values zipmap
		base64decode base64encode base64gzip csvdecode jsondecode jsonencode textdecodebase64
		textencodebase64 urlencode yamldecode yamlencode
		abspath dirname pathexpand basename file fileexists fileset filebase64 templatefile
		formatdate plantimestamp timeadd timecmp timestamp
		base64sha256 base64sha512 bcrypt filebase64sha256 filebase64sha512 filemd5 filesha1 filesha256
		filesha512 md5 rsadecrypt sha1 sha256 sha512 uuid uuidv5
		cidrhost cidrnetmask cidrsubnet cidrsubnets
		can ephemeralasnull issensitive nonsensitive sensitive tobool tolist tomap tonumber toset tostring try`)
	for _, name := range want {
		if _, ok := table[name]; !ok {
			t.Errorf("missing %s", name)
		}
	}
	for name, f := range table {
		if f.Description() == "" && name != "try" && name != "can" { // hcl's tryfunc has none
			t.Errorf("%s has no description", name)
		}
	}
}

// TestShared evaluates with one table from many goroutines; run with -race.
func TestShared(t *testing.T) {
	exprs := []string{
		`templatefile("greeting.tftpl", {name = "x", items = ["a"]})`,
		`cidrsubnets("10.0.0.0/16", 8, 8)`,
		`yamldecode("a: [1, 2]")`,
		`fileset(".", "**")`,
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			src := exprs[i%len(exprs)]
			if _, diags := eval(t, src); diags.HasErrors() {
				t.Errorf("%s: %s", src, diags)
			}
		})
	}
	wg.Wait()
}

func FuzzEval(f *testing.F) {
	seeds := []string{
		`cidrsubnet("10.0.0.0/16", 8, 2)`,
		`cidrsubnets("10.0.0.0/8", 4, 8, 4)`,
		`cidrhost("fd00::/64", -1)`,
		`try(tonumber("x"), 5)`,
		`lookup({a = 1}, "a", 2)`,
		`yamldecode("a: &a {b: 1}\nc: {<<: *a}")`,
		`yamlencode({a = [1, "x", null, true]})`,
		`templatefile("greeting.tftpl", {name = "x", items = [1]})`,
		`templatestring("%{for x in y}$${x}%{endfor}", {y = [1, 2]})`,
		`fileset(".", "**/*.txt")`,
		`one(toset([unknown]))`,
		`sum([1, 1/0, -1/0])`,
		`setproduct([], [1])`,
		`length(tags)`,
		`matchkeys([1], [unknown], ["a"])`,
		`transpose({a = ["x"]})`,
		`index([[unknown]], [1])`,
		`textdecodebase64("AAAA", "UTF-16")`,
		`nonsensitive(tags)`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "fuzz.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		_, _ = expr.Value(&hcl.EvalContext{Variables: testVars(), Functions: table})
	})
}

func TestFormatWidthLimit(t *testing.T) {
	for _, src := range []string{`format("%999999999d", 1)`, `format("%.99999999f", 1)`, `formatlist("%0999999s", ["a"])`} {
		if _, diags := eval(t, src); !diags.HasErrors() {
			t.Errorf("%s: a huge width must be refused", src)
		}
	}
	v, diags := eval(t, `format("%5d|%-3s|%.2f", 42, "a", 3.14159)`)
	if diags.HasErrors() || v.AsString() != "   42|a  |3.14" {
		t.Errorf("ordinary widths: %#v %s", v, diags)
	}
}
