package rule

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

// scan loads the Terraform text, runs one shape over its x_thing resources
// and returns each finding as "address path: message", sorted.
func scan(t *testing.T, tf string, run func(*lint.Pass)) []string {
	t.Helper()
	dir := t.TempDir()
	src := "variable \"unknown\" {}\n" + tf
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError {
			t.Fatalf("load: %s: %s", d.Summary, d.Detail)
		}
	}
	c := &lint.Check{ID: "test-rule-shape", Resources: []string{"x_thing"}, Run: run}
	findings, diags := lint.Run(res.Modules, []*lint.Check{c})
	if len(diags) > 0 {
		t.Fatalf("run: %s: %s", diags[0].Summary, diags[0].Detail)
	}
	out := []string{}
	for _, f := range findings {
		out = append(out, f.Address+" "+f.Path+": "+f.Message)
	}
	slices.Sort(out)
	return out
}

type tcase struct {
	name string
	tf   string
	want []string
}

func runCases(t *testing.T, run func(*lint.Pass), cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := scan(t, tc.tf, run)
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got, want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

func res(name, body string) string {
	return "resource \"x_thing\" \"" + name + "\" {\n" + body + "\n}\n"
}

func TestMinNumber(t *testing.T) {
	run := MinNumber("days", 7, Default(1).For("x v1"), "{address} keeps {value} days (fewer than {limit})")
	runCases(t, run, []tcase{
		{"at", res("a", "days = 7"), nil},
		{"just below", res("a", "days = 6"), []string{"x_thing.a days: x_thing.a keeps 6 days (fewer than 7)"}},
		{"just above", res("a", "days = 8"), nil},
		{"string number", res("a", `days = "3"`), []string{"x_thing.a days: x_thing.a keeps 3 days (fewer than 7)"}},
		{"not whole", res("a", "days = 6.5"), nil},
		{"sensitive", "variable \"secret\" {\n sensitive = true\n default = 2\n}\n" + res("a", "days = var.secret"),
			[]string{"x_thing.a days: x_thing.a keeps (sensitive) days (fewer than 7)"}},
		{"unknown", res("a", "days = var.unknown"), nil},
		{"absent", res("a", ""), []string{"x_thing.a days: x_thing.a keeps 1 day (fewer than 7)"}},
		{"null", res("a", "days = null"), []string{"x_thing.a days: x_thing.a keeps 1 day (fewer than 7)"}},
	})
}

func TestMinNumberUnsetAndTypeDefault(t *testing.T) {
	run := MinNumber("days", 7, Default(1), "{address} sets days to {value}",
		Unset("{address} sets no days"),
		TypeDefault("x_thing", Default(9)))
	runCases(t, run, []tcase{
		{"type default holds", res("a", ""), nil},
		{"set below", res("a", "days = 2"), []string{"x_thing.a days: x_thing.a sets days to 2"}},
	})
	run = MinNumber("days", 7, Default(1), "{address} sets days to {value}", Unset("{address} sets no days"))
	runCases(t, run, []tcase{
		{"absent at resource", res("a", ""), []string{"x_thing.a : x_thing.a sets no days"}},
	})
}

func TestMinNumberNoDefaultUnlimitedSkip(t *testing.T) {
	run := MinNumber("days", 90, NoDefault, "{address} keeps {value}", Unlimited(0),
		Skip(func(r *lint.Resource) bool { return r.Name == "skipped" }))
	runCases(t, run, []tcase{
		{"absent", res("a", ""), nil},
		{"unlimited", res("a", "days = 0"), nil},
		{"below", res("a", "days = 89"), []string{"x_thing.a days: x_thing.a keeps 89"}},
		{"at", res("a", "days = 90"), nil},
		{"skipped", res("skipped", "days = 1"), nil},
	})
}

func TestMaxNumber(t *testing.T) {
	run := MaxNumber("age", 90, Default(0), "{address} lets {value} pass {limit}", Unlimited(0))
	runCases(t, run, []tcase{
		{"at", res("a", "age = 90"), nil},
		{"just below", res("a", "age = 89"), nil},
		{"just above", res("a", "age = 91"), []string{"x_thing.a age: x_thing.a lets 91 pass 90"}},
		{"unlimited", res("a", "age = 0"), []string{"x_thing.a age: x_thing.a lets 0 pass 90"}},
		{"absent", res("a", ""), []string{"x_thing.a age: x_thing.a lets 0 pass 90"}},
		{"unknown", res("a", "age = var.unknown"), nil},
	})
}

func TestOnNested(t *testing.T) {
	run := On("sse.enabled", Default(false), "{address} does not enable sse",
		NoBlock("{address} has no sse block"))
	runCases(t, run, []tcase{
		{"on", res("a", "sse {\n enabled = true\n}"), nil},
		{"off", res("a", "sse {\n enabled = false\n}"), []string{"x_thing.a sse[0].enabled: x_thing.a does not enable sse"}},
		{"string true", res("a", "sse {\n enabled = \"true\"\n}"), nil},
		{"absent in block", res("a", "sse {\n}"), []string{"x_thing.a sse[0].enabled: x_thing.a does not enable sse"}},
		{"block absent", res("a", ""), []string{"x_thing.a : x_thing.a has no sse block"}},
		{"unknown", res("a", "sse {\n enabled = var.unknown\n}"), nil},
		{"dynamic on", res("a", "dynamic \"sse\" {\n for_each = [true]\n content {\n enabled = sse.value\n }\n}"), nil},
		{"dynamic off", res("a", "dynamic \"sse\" {\n for_each = [false]\n content {\n enabled = sse.value\n }\n}"),
			[]string{"x_thing.a sse[0].enabled: x_thing.a does not enable sse"}},
		{"dynamic unknown", res("a", "dynamic \"sse\" {\n for_each = var.unknown\n content {\n enabled = true\n }\n}"), nil},
		{"dynamic empty", res("a", "dynamic \"sse\" {\n for_each = []\n content {\n enabled = true\n }\n}"),
			[]string{"x_thing.a : x_thing.a has no sse block"}},
	})
}

func TestOnNestedWithoutNoBlock(t *testing.T) {
	run := On("outer.inner.enabled", Default(true), "{address} {outer.label} turns it off")
	runCases(t, run, []tcase{
		{"block absent, default on", res("a", ""), nil},
		{"off", res("a", "outer {\n label = \"one\"\n inner {\n enabled = false\n }\n}\nouter {\n label = \"two\"\n}"),
			[]string{`x_thing.a outer[0].inner[0].enabled: x_thing.a "one" turns it off`}},
	})
	run = On("outer.enabled", Default(false), "{address} {outer.label} is {value}")
	runCases(t, run, []tcase{
		{"stand-in reported at argument", res("a", ""), []string{`x_thing.a outer.enabled: x_thing.a "" is false`}},
	})
}

func TestOffAndUnset(t *testing.T) {
	run := Off("public", Default(true), "{address} is public", Unset("{address} is public by default"))
	runCases(t, run, []tcase{
		{"off", res("a", "public = false"), nil},
		{"on", res("a", "public = true"), []string{"x_thing.a public: x_thing.a is public"}},
		{"absent", res("a", ""), []string{"x_thing.a : x_thing.a is public by default"}},
		{"unknown", res("a", "public = var.unknown"), nil},
		{"not a bool", res("a", `public = "maybe"`), nil},
	})
}

func TestOneOf(t *testing.T) {
	run := OneOf("tls", []string{"TLS1_2", "TLS1_3"}, Default("TLS1_0"), "{address} uses {value}, not one of {limit}")
	runCases(t, run, []tcase{
		{"allowed", res("a", `tls = "TLS1_2"`), nil},
		{"other", res("a", `tls = "TLS1_1"`), []string{"x_thing.a tls: x_thing.a uses TLS1_1, not one of TLS1_2, TLS1_3"}},
		{"case differs", res("a", `tls = "tls1_2"`), []string{"x_thing.a tls: x_thing.a uses tls1_2, not one of TLS1_2, TLS1_3"}},
		{"absent", res("a", ""), []string{"x_thing.a tls: x_thing.a uses TLS1_0, not one of TLS1_2, TLS1_3"}},
		{"unknown", res("a", "tls = var.unknown"), nil},
	})
	run = OneOf("tls", []string{"TLS1_2"}, NoDefault, "{address} uses {value}", FoldCase())
	runCases(t, run, []tcase{
		{"case folded", res("a", `tls = "tls1_2"`), nil},
		{"absent", res("a", ""), nil},
	})
}

func TestContains(t *testing.T) {
	run := Contains("logs", "audit", Default([]string{}), "{address} exports {value}, not {limit}")
	runCases(t, run, []tcase{
		{"holds", res("a", `logs = ["error", "audit"]`), nil},
		{"lacks", res("a", `logs = ["error"]`), []string{"x_thing.a logs: x_thing.a exports [error], not audit"}},
		{"absent", res("a", ""), []string{"x_thing.a logs: x_thing.a exports [], not audit"}},
		{"unknown list", res("a", "logs = var.unknown"), nil},
		{"unknown element", res("a", `logs = ["error", var.unknown]`), nil},
		{"known element among unknown", res("a", `logs = ["audit", var.unknown]`), nil},
	})
}

func TestBadShapesPanic(t *testing.T) {
	for name, f := range map[string]func(){
		"empty path":          func() { On("a..b", Default(true), "m") },
		"wrong default":       func() { MinNumber("a", 1, Default("x"), "m") },
		"unknown placeholder": func() { On("a", Default(true), "{addr}") },
		"unclosed":            func() { On("a", Default(true), "{address") },
		"foreign block":       func() { On("a", Default(true), "{b.name}") },
		"unlimited on bool":   func() { On("a", Default(true), "m", Unlimited(0)) },
		"fold on number":      func() { MinNumber("a", 1, Default(1), "m", FoldCase()) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			f()
		})
	}
}
