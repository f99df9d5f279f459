package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
)

func TestScanSources(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"block", "module \"a\" {\n  source = \"./a\"\n}\n", []string{"./a"}},
		{"one line", "module \"a\" { source = \"../a\" }\n", []string{"../a"}},
		{"identifier label", "module a {\n  source = \"./a\"\n}\n", []string{"./a"}},
		{"registry and local", "module \"r\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.0.0\"\n}\nmodule \"l\" {\n  count  = 2\n  source = \".\"\n}\n", []string{"terraform-aws-modules/vpc/aws", "."}},
		{"source of another block", "resource \"x\" \"y\" {\n  source = \"./not-a-module\"\n}\nprovisioner \"file\" {\n  source = \"./z\"\n}\n", nil},
		{"nested source is not the call's", "module \"a\" {\n  source = \"./a\"\n  cfg = {\n    source = \"./b\"\n  }\n}\n", []string{"./a"}},
		{"heredoc that reads like a module", "locals {\n  doc = <<-EOT\nmodule \"fake\" {\n  source = \"./fake\"\n}\n  EOT\n}\nmodule \"real\" {\n  source = \"./real\"\n}\n", []string{"./real"}},
		{"comments", "# module \"c1\" {\n// source = \"./c1\"\n/* module \"c2\" {\n  source = \"./c2\"\n} */\nmodule \"m\" {\n  # source = \"./commented\"\n  source = \"./m\" # trailing\n}\n", []string{"./m"}},
		{"string with braces and templates", "locals {\n  s = \"}${jsonencode({a = \"}\"})}{\"\n}\nmodule \"m\" {\n  source = \"./m\"\n}\n", []string{"./m"}},
		{"escaped template", "locals {\n  s = \"$${module}\"\n}\nmodule \"m\" {\n  source = \"./m\"\n}\n", []string{"./m"}},
		{"template source is the parser's", "module \"m\" {\n  source = \"./${var.x}\"\n}\n", nil},
		{"no module word", "resource \"a\" \"b\" {}\n", nil},
		{"module as a word elsewhere", "locals {\n  module = \"./x\"\n}\n", nil},
		{"crlf", "module \"a\" {\r\n  source = \"./a\"\r\n}\r\n", []string{"./a"}},
		{"unterminated", "module \"a\" {\n  source = \"./a", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := scanSources("main.tf", []byte(c.src)); !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	json := `{"module": {"a": {"source": "./a"}, "b": [{"source": "../b"}]}, "resource": {"module": {"x": {"source": "./no"}}}}`
	got := scanSources("main.tf.json", []byte(json))
	sort.Strings(got)
	if !slices.Equal(got, []string{"../b", "./a"}) {
		t.Errorf("json: got %q", got)
	}
}

// TestPredictedCallsMatchParse holds the first pass's reading of module calls
// to what the parser finds, folder by folder, on every fixture of the
// repository and on the real corpus when it is there: a disagreement would
// cost a re-evaluation (correct, but slower).
func TestPredictedCallsMatchParse(t *testing.T) {
	roots := []string{filepath.Join("..", "..", "fixtures")}
	if _, err := os.Stat(corpusDir); err == nil && !testing.Short() {
		roots = append(roots, corpusDir) // a text comparison, no concurrency: not for the race run
	}
	checked := 0
	for _, root := range roots {
		dirs := map[string]bool{}
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(root, p)
			if err == nil && !d.IsDir() && isConfigFile(d.Name()) && !strings.Contains(rel, ".terraform") {
				dirs[filepath.Dir(p)] = true
			}
			return nil
		})
		p := newParser(nil)
		for dir := range dirs {
			predicted := slices.Clone(p.predict(dir))
			parsed := slices.Clone(p.parsedCalls(dir))
			slices.Sort(predicted)
			slices.Sort(parsed)
			if !slices.Equal(predicted, parsed) && !hasOverride(dir) {
				t.Errorf("%s: text says %q, parse says %q", dir, predicted, parsed)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Fatalf("only %d folders checked", checked)
	}
}

func hasOverride(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "*override.tf*"))
	return len(m) > 0
}

// corpusDir is the shared real-world corpus, when the checkout has it beside.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus", "real")

// TestStreamCorrectsMisreadCalls: an override file that points a module call
// elsewhere misleads the text scan (it sees both sources); the parse knows,
// and the folder no longer called is evaluated as the root it is.
func TestStreamCorrectsMisreadCalls(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf":          "module \"m\" {\n  source = \"./a\"\n}\n",
		"main_override.tf": "module \"m\" {\n  source = \"./b\"\n}\n",
		"a/main.tf":        "resource \"aws_s3_bucket\" \"a\" {}\n",
		"b/main.tf":        "resource \"aws_s3_bucket\" \"b\" {}\n",
	})
	mods, st := Stream([]string{dir}, Options{}, func(m *lint.Module) []string {
		var out []string
		for _, r := range m.All() {
			out = append(out, r.Address)
		}
		return out
	})
	var got []string
	for _, m := range mods {
		got = append(got, m...)
	}
	sort.Strings(got)
	want := []string{"aws_s3_bucket.a", "module.m.aws_s3_bucket.b"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q (diagnostics %v)", got, want, st.Diagnostics)
	}
	if st.Roots != 2 {
		t.Errorf("roots %d, want 2", st.Roots)
	}
}

// TestStreamEqualsLoad: the same roots, resources and diagnostics whether
// everything is kept (Load) or each root is handed over and dropped, with a
// cache so small that shared modules are parsed again.
func TestStreamEqualsLoad(t *testing.T) {
	dir := filepath.Join("..", "..", "fixtures")
	res := Load([]string{dir}, Options{})
	addrs := func(m *lint.Module) string {
		var out []string
		for _, r := range m.All() {
			out = append(out, r.Address)
		}
		return m.Dir + ": " + strings.Join(out, ",")
	}
	var want []string
	for _, m := range res.Modules {
		want = append(want, addrs(m))
	}
	var mu sync.Mutex
	visited := 0
	got, st := Stream([]string{dir}, Options{CacheBytes: 1}, func(m *lint.Module) string {
		mu.Lock()
		visited++
		mu.Unlock()
		return addrs(m)
	})
	if !slices.Equal(got, want) {
		t.Fatalf("stream and load differ:\n%d roots streamed, %d loaded", len(got), len(want))
	}
	if visited != len(want) || len(want) < 50 {
		t.Fatalf("visited %d of %d roots", visited, len(want))
	}
	if !slices.EqualFunc(st.Diagnostics, res.Diagnostics, func(a, b lint.Diagnostic) bool {
		return a.Severity == b.Severity && a.Summary == b.Summary && a.Detail == b.Detail && a.Subject.String() == b.Subject.String()
	}) {
		t.Fatalf("diagnostics differ: %d streamed, %d loaded", len(st.Diagnostics), len(res.Diagnostics))
	}
	if st.Parses <= st.Roots {
		t.Errorf("a 1-byte cache parsed %d folders for %d roots: it kept what it should drop", st.Parses, st.Roots)
	}
}

func TestConfigCacheBound(t *testing.T) {
	c := newConfigCache(100)
	mk := func(n int64) func() *moduleConfig {
		return func() *moduleConfig { return &moduleConfig{srcBytes: n} }
	}
	a := c.get("a", mk(60))
	if c.get("a", mk(60)) != a {
		t.Fatal("a held folder was parsed again")
	}
	c.get("b", mk(30))
	c.get("a", mk(60)) // a is now the most recent
	c.get("c", mk(30)) // over budget: b, the least recently used, goes
	if c.used != 90 || len(c.entries) != 2 || c.entries["b"] != nil {
		t.Fatalf("used %d, entries %v", c.used, c.entries)
	}
	if c.parses() != 3 {
		t.Fatalf("%d parses", c.parses())
	}
	big := c.get("big", mk(500)) // larger than the budget: kept while it is the newest
	if c.entries["big"] == nil || big.srcBytes != 500 {
		t.Fatal("the folder just parsed was dropped")
	}
}
