package limits

import (
	"strings"
	"testing"
)

func TestCheckNative(t *testing.T) {
	deep := func(open, close string, n int) string {
		return strings.Repeat(open, n) + strings.Repeat(close, n)
	}
	cases := []struct {
		name string
		src  string
		tmpl bool
		bad  bool
	}{
		{"flat list", "a = [" + strings.Repeat("1,", 100000) + "1]\n", false, false},
		{"many strings", strings.Repeat("a = \"x\"\n", 100000), false, false},
		{"many lines of ops", strings.Repeat("a = 1 + 2 * 3 - 4\n", 100000), false, false},
		{"block nest ok", strings.Repeat("a {\n", 900) + strings.Repeat("}\n", 900), false, false},
		{"block nest deep", strings.Repeat("a {\n", 1100) + strings.Repeat("}\n", 1100), false, true},
		{"brackets", "a = " + deep("[", "]", 70000), false, true},
		{"parens", "a = " + deep("(", ")", 70000), false, true},
		{"braces", "a = " + deep("{", "}", 70000), false, true},
		{"interp", "a = " + deep(`"${`, `}"`, 70000), false, true},
		{"bang", "a = " + strings.Repeat("!", 5000) + "true", false, true},
		{"cond", "a = " + strings.Repeat("true ? 1 : ", 5000) + "2", false, true},
		{"plus", "a = 1" + strings.Repeat("+1", 5000), false, true},
		{"splat", "a = b" + strings.Repeat("[*].c", 5000), false, true},
		{"tmpl for", "a = \"" + strings.Repeat("%{for x in y}", 5000) + "\"", false, true},
		{"bare tmpl for", strings.Repeat("%{ for x in y ~}", 5000), true, true},
		{"bare tmpl if ok", strings.Repeat("%{ if x }a%{ endif }", 5000), true, false},
		{"brackets in string", "a = \"" + strings.Repeat("[", 70000) + "\"", false, false},
		{"brackets in comment", "# " + strings.Repeat("[", 70000) + "\n/* " + strings.Repeat("(", 7000) + " */", false, false},
		{"brackets in heredoc", "a = <<EOT\n" + strings.Repeat("[", 70000) + "\nEOT\n", false, false},
		{"closer in string does not hide", "a = " + strings.Repeat(`[ "]" `, 5000), false, true},
		{"closer in comment does not hide", "a = " + strings.Repeat("[ # ]\n", 5000), false, true},
		{"unclosed block comment is code", "a = /* " + strings.Repeat("[", 5000), false, true},
		{"escaped interp", "a = \"" + strings.Repeat("$${", 5000) + "\"", false, false},
		{"heredoc interp", "a = <<EOT\n" + strings.Repeat("${[", 5000) + "\nEOT\n", false, true},
		{"heredoc ends", "a = <<-EOT\n  x\n  EOT\nb = " + deep("[", "]", 5000), false, true},
		{"many lines in a heredoc", "a = <<EOT\n" + strings.Repeat("x\n", 60000) + "EOT\n", false, true},
		{"many dollars in a heredoc", "a = <<EOT\n" + strings.Repeat("$x ", 60000) + "\nEOT\n", false, true},
		{"long lines in a heredoc", "a = <<EOT\n" + strings.Repeat(strings.Repeat("x", 4000)+"\n", 1000) + "EOT\n", false, true},
		{"a long heredoc", "a = <<EOT\n" + strings.Repeat(strings.Repeat("x", 40)+"\n", 3000) + "EOT\n", false, false},
		{"brace closes interp", "a = \"" + strings.Repeat("${[}", 5000) + "\"", false, false},
	}
	for _, c := range cases {
		off, _ := CheckNative([]byte(c.src), MaxNesting, c.tmpl)
		if (off >= 0) != c.bad {
			t.Errorf("%s: offset %d, want bad=%v", c.name, off, c.bad)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	cases := []struct {
		name string
		src  string
		bad  bool
	}{
		{"flat", `{"a": [` + strings.Repeat("1,", 100000) + `1]}`, false},
		{"deep", strings.Repeat("[", 70000) + strings.Repeat("]", 70000), true},
		{"closer in string", strings.Repeat(`["]",`, 5000), true},
		{"brackets in string", `{"a": "` + strings.Repeat("[", 70000) + `"}`, false},
		{"template in string", `{"a": "` + strings.Repeat("${[", 5000) + `"}`, true},
		{"one for in a string", `{"a": "${[for x in y : x]}"}`, false},
		{"two fors in a string", `{"a": "${[for x in y : [for z in x : z]]}"}`, true},
		{"two for directives in a string", `{"a": "%{for x in y}%{for z in x}z%{endfor}%{endfor}"}`, true},
		{"for after for in a string", `{"a": "${[for x in y : x]}${{for k, v in y : k => v}}"}`, false},
		{"escaped template in string", `{"a": "` + strings.Repeat(`\u0024{(`, 5000) + `"}`, true},
	}
	for _, c := range cases {
		off, _ := CheckJSON([]byte(c.src), MaxNesting)
		if (off >= 0) != c.bad {
			t.Errorf("%s: offset %d, want bad=%v", c.name, off, c.bad)
		}
	}
}

func TestReason(t *testing.T) {
	if _, why := CheckNative([]byte("a = \""+strings.Repeat("$${", 60000)+"\""), MaxNesting, false); why != ReasonTemplate {
		t.Errorf("reason %v, want ReasonTemplate", why)
	}
	if _, why := CheckNative([]byte(strings.Repeat("[", 2000)), MaxNesting, false); why != ReasonNesting {
		t.Errorf("reason %v, want ReasonNesting", why)
	}
}

func TestPos(t *testing.T) {
	src := []byte("ab\ncdé[")
	p := Pos(src, len(src)-1)
	if p.Line != 2 || p.Column != 4 || p.Byte != len(src)-1 {
		t.Errorf("got %+v", p)
	}
}
