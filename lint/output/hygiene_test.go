package output

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, one, text string }{
		{"plain text: a::b", "plain text: a::b", "plain text: a::b"},
		{"esc \x1b[2J bel \x07 del \x7f", `esc \x1b[2J bel \x07 del \x7f`, `esc \x1b[2J bel \x07 del \x7f`},
		{"c1 \u009b31m nel \u0085", `c1 \u009b31m nel \u0085`, `c1 \u009b31m nel \u0085`},
		{"bidi \u202a\u202e\u2066\u2069 ls \u2028", `bidi \u202a\u202e\u2066\u2069 ls \u2028`, `bidi \u202a\u202e\u2066\u2069 ls \u2028`},
		{"a\nb\tc\rd", `a\nb\tc\rd`, "a\nb\tc\\rd"},
		{"not utf-8 \xff", `not utf-8 \xff`, `not utf-8 \xff`},
		{"x ##[error]y", `x ##\[error]y`, `x ##\[error]y`},
		{"::warning::x", `\x3a:warning::x`, `\x3a:warning::x`},
		{" \u00a0::warning::x", " \u00a0\\x3a:warning::x", " \u00a0\\x3a:warning::x"},
		{"a\n  ::error::x", `a\n  ::error::x`, "a\n  \\x3a:error::x"},
		{"a: ::b", "a: ::b", "a: ::b"},
		{"\ufffe", `\ufffe`, `\ufffe`},
		{"ünïcödé ✓ 日本", "ünïcödé ✓ 日本", "ünïcödé ✓ 日本"},
	} {
		if got := clean(tc.in); got != tc.one {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.one)
		}
		if got := cleanText(tc.in); got != tc.text {
			t.Errorf("cleanText(%q) = %q, want %q", tc.in, got, tc.text)
		}
	}
}

// Carets stay under the characters they mark when a line grows escapes.
func TestCleanLineColumns(t *testing.T) {
	line, col := cleanLine("a\x1bb\u202ec")
	if line != `a\x1bb\u202ec` {
		t.Fatalf("line %q", line)
	}
	for in, want := range map[int]int{1: 1, 2: 2, 3: 6, 4: 7, 5: 13, 6: 14, 99: 14} {
		if got := col(in); got != want {
			t.Errorf("column %d maps to %d, want %d", in, got, want)
		}
	}
	if _, col := cleanLine("plain"); col(3) != 3 {
		t.Error("a clean line's columns move")
	}
}

func TestCleanURI(t *testing.T) {
	for in, want := range map[string]string{
		"dir\x1b]0;x\x07/ma\u202ein.tf": "dir%1B%5D0;x%07/ma%E2%80%AEin.tf",
		"a/b_c-d.tf":                    "a/b_c-d.tf",
		"a b/c.tf":                      "a%20b/c.tf",
		"::warning title=x::f.tf":       "./::warning%20title=x::f.tf",
		"/src/x.tf":                     "/src/x.tf",
		"C:/src/x.tf":                   "C:/src/x.tf",
		"bad\xff.tf":                    "bad%FF.tf",
	} {
		if got := cleanURI(in); got != want {
			t.Errorf("cleanURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// jsonSafe escapes what encoding/json leaves raw, and the document still
// decodes to the same strings.
func TestJSONSafe(t *testing.T) {
	in := "del \x7f c1 \u009b bidi \u202e ##[error] esc \x1b"
	raw, err := json.Marshal(map[string]string{"m": in})
	if err != nil {
		t.Fatal(err)
	}
	out := jsonSafe(raw)
	if strings.ContainsAny(string(out), "\x7f\u009b\u202e\x1b") || strings.Contains(string(out), "##[") {
		t.Errorf("raw characters left: %q", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["m"] != in {
		t.Errorf("decodes to %q (%v), want %q", back["m"], err, in)
	}
}

func TestMaskLiterals(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    []string
		start int
		want  []string
	}{
		{"quoted", []string{`  password = "hunter2" # keep`}, 14, []string{`  password = "h…(redacted)" # keep`}},
		{"prefix before the range stays", []string{`  a = "visible", b = "AKIAIOSFODNN7EXAMPLE"`}, 20, []string{`  a = "visible", b = "AKIA…(redacted)"`}},
		{"short", []string{`x = "abc"`}, 5, []string{`x = "…(redacted)"`}},
		{"escapes and interpolation", []string{`v = "a\"b${lookup(m, "k")}cdefgh" z`}, 5, []string{`v = "a\"b…(redacted)" z`}},
		{"literal dollar brace", []string{`v = "$${x}secretsecret" z`}, 5, []string{`v = "$${x…(redacted)" z`}},
		{"unterminated", []string{`v = "abcdefgh`}, 5, []string{`v = "ab…(redacted)`}},
		{"heredoc", []string{"  user_data = <<-EOT", "    -----BEGIN RSA PRIVATE KEY-----", "", "    MIIE", "  EOT", `  x = "abcdefgh"`}, 15,
			[]string{"  user_data = <<-EOT", "    …(redacted)", "", "    …(redacted)", "  EOT", `  x = "ab…(redacted)"`}},
	} {
		got := maskLiterals(tc.in, tc.start)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
