// Package linttest runs checks over annotated Terraform fixtures and fails on
// anything the annotations do not say, in the spirit of
// golang.org/x/tools/go/analysis/analysistest.
//
// # Markers
//
// A comment on a line says what that line must produce:
//
//	encrypted = false # want: aws-ec2-encrypt-volumes
//	tags      = {}    # want: id-a id-a "plain\[\"x\"\]" -- two findings, one at plain["x"]
//	# want+1: id-a
//	x = 1             # expect-diag: Expression not evaluated
//
// "# want:" (or "// want:", or in .tf.json the value of a "//" key) lists
// expectations separated by spaces or commas. Each expectation is a
// registered check ID, optionally followed by a Go regular expression in
// double quotes (`\"` stands for a quote; the text is otherwise passed to
// regexp as written) that the finding's message or resource address must
// match. Each expectation consumes exactly one finding of that check on that
// line: "want: a a" expects two. A line with findings and no marker, a marker
// with fewer expectations than findings, and an expectation that no finding
// meets all fail the test. Text after " -- " is a comment; any other text is
// an error, as is an ID that names no registered check or a check the test
// does not run. "want+N:" points N lines further down, for lines that cannot
// hold a comment.
//
// "# undecided: <id> [\"re\"]" (also "undecided+N:") expects the check to
// leave a decision open on the line; see undecided.go.
//
// "# expect-diag: <regexp>" (also "expect-diag+N:") declares one loader
// diagnostic on the line, matched against "summary: detail"; the regexp is
// the rest of the comment, or one or more double-quoted regexps. Every
// diagnostic the loader emits for a fixture counts, whatever its severity:
// an error, a warning, an info note ("Empty file", "Module not scanned") and
// a debug note ("Expression not evaluated", which turns a value unknown and
// so silences the checks that read it) all mean the fixture is not evaluated
// as written, so each must be declared where it points, or the test fails.
// A diagnostic that points at no file below the fixture folder cannot be
// declared and always fails; so does any diagnostic from running the checks.
//
// Markers are read from .tf, .tf.json, .tfvars, .tfvars.json and .tfvars.txt
// files below the fixture folder, hidden folders (.terraform) included.
// Comments that look like a marker but are not well formed ("# Want:",
// "# want +1:", "# wants:", "# want aws-x-y") fail too, so a typo cannot disarm a line.
package linttest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

// TB is the part of *testing.T the harness reports through.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

// Config says how to run a fixture folder.
type Config struct {
	// Checks are the checks to run.
	Checks []*lint.Check
	// Known says whether an ID is a registered check. A marker naming an
	// unregistered ID fails as unknown; one naming a registered check that
	// is not in Checks fails as not run. Nil means only Checks are known.
	Known func(id string) bool
	// Load are the loader options.
	Load load.Options
	// Now is the date time-based checks judge by (zero: the clock).
	Now time.Time
}

// Expectation is one expected finding or diagnostic.
type Expectation struct {
	File string
	Line int
	// ID is the check ID; empty for an expected diagnostic.
	ID string
	// Pattern, if set, must match the finding's message or address (or
	// the diagnostic's "summary: detail").
	Pattern *regexp.Regexp
}

func (e Expectation) String() string {
	s := fmt.Sprintf("%s:%d: ", e.File, e.Line)
	if e.ID == "" {
		s += "diagnostic"
	} else {
		s += e.ID
	}
	if e.Pattern != nil {
		s += " matching /" + e.Pattern.String() + "/"
	}
	return s
}

// Annotations are the markers of a fixture folder.
type Annotations struct {
	Wants []Expectation
	Diags []Expectation
	// Undecided are the "undecided:" markers (see undecided.go).
	Undecided []Expectation
}

// markerFiles are the file name endings the harness reads markers from.
var markerFiles = []string{".tf", ".tf.json", ".tofu", ".tofu.json", ".tfvars", ".tfvars.json", ".tfvars.txt"}

var (
	// markerRE finds the start of a marker: the keyword, an offset, a colon.
	markerRE = regexp.MustCompile(`(?:^|#|//)[ \t]*(want|expect-diag|undecided)(\+\d+)?:`)
	// looseRE finds anything a reader would take for a marker.
	looseRE = regexp.MustCompile(`(?i)(?:^|#|//)[ \t]*(want|expect[- _]?diag|undecided)s?[ \t]*(\+[ \t]*\d*)?[ \t]*(:|[ \t][a-z0-9]+-[a-z0-9]+-)`)
	// jsonCommentRE finds a "//" key of a .tf.json file and its string value.
	jsonCommentRE = regexp.MustCompile(`"//"\s*:\s*("(?:[^"\\]|\\.)*")`)
	// commentRE finds where a comment starts on an HCL line.
	commentRE = regexp.MustCompile(`#|//`)
)

// Parse reads the markers below dir. known says why an ID may not appear in
// a want marker (nil if it may); every problem is returned as
// "file:line: problem".
func Parse(dir string, known func(id string) error) (*Annotations, []string, error) {
	a := &Annotations{}
	var problems []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !hasMarkerSuffix(path) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		path = filepath.Clean(path)
		sc := bufio.NewScanner(bytes.NewReader(src))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			for _, p := range a.parseLine(path, line, sc.Text(), known) {
				problems = append(problems, fmt.Sprintf("%s:%d: %s", path, line, p))
			}
		}
		return sc.Err()
	})
	return a, problems, err
}

func hasMarkerSuffix(path string) bool {
	for _, s := range markerFiles {
		if strings.HasSuffix(path, s) {
			return true
		}
	}
	return false
}

// parseLine adds the markers of one source line and returns its problems.
func (a *Annotations) parseLine(file string, line int, text string, known func(string) error) []string {
	var comments []string
	if m := jsonCommentRE.FindStringSubmatch(text); m != nil && strings.HasSuffix(file, ".json") {
		var s string
		if err := json.Unmarshal([]byte(m[1]), &s); err != nil {
			return []string{fmt.Sprintf("cannot read the \"//\" value: %v", err)}
		}
		comments = append(comments, s)
	} else if loc := commentRE.FindStringIndex(text); loc != nil && !strings.HasSuffix(file, ".json") {
		comments = append(comments, text[loc[0]:])
	}
	var problems []string
	for _, c := range comments {
		locs := markerRE.FindAllStringSubmatchIndex(c, -1)
		if len(locs) == 0 {
			if looseRE.MatchString(c) {
				problems = append(problems, fmt.Sprintf("malformed marker %q: write \"# want: <id>\", \"# want+N: <id>\", \"# undecided: <id>\" or \"# expect-diag: <regexp>\"", strings.TrimSpace(c)))
			}
			continue
		}
		if before := c[:locs[0][0]]; looseRE.MatchString(before) {
			problems = append(problems, fmt.Sprintf("malformed marker in %q", strings.TrimSpace(before)))
		}
		for i, l := range locs {
			end := len(c)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			kind := c[l[2]:l[3]]
			at := line
			if l[4] >= 0 {
				n, err := strconv.Atoi(c[l[4]+1 : l[5]])
				if err != nil || n < 1 {
					problems = append(problems, fmt.Sprintf("bad line offset in %q", c[l[0]:l[1]]))
					continue
				}
				at += n
			}
			body := c[l[1]:end]
			if kind == "want" || kind == "undecided" {
				es, ps := parseWant(body, known)
				for _, e := range es {
					e.File, e.Line = file, at
					if kind == "undecided" {
						a.Undecided = append(a.Undecided, e)
					} else {
						a.Wants = append(a.Wants, e)
					}
				}
				problems = append(problems, ps...)
			} else {
				es, ps := parseDiag(body)
				for _, e := range es {
					e.File, e.Line = file, at
					a.Diags = append(a.Diags, e)
				}
				problems = append(problems, ps...)
			}
		}
	}
	return problems
}

// parseWant reads "id [\"re\"] [, id ...] [-- comment]".
func parseWant(body string, known func(string) error) ([]Expectation, []string) {
	var (
		out      []Expectation
		problems []string
	)
	s := body
	for {
		s = strings.TrimLeft(s, " \t,")
		if s == "" || strings.HasPrefix(s, "-- ") || s == "--" {
			break
		}
		if s[0] == '"' {
			re, rest, err := readPattern(s)
			if err != nil {
				problems = append(problems, err.Error())
				break
			}
			switch {
			case len(out) == 0:
				problems = append(problems, fmt.Sprintf("pattern %q follows no check ID", re.String()))
			case out[len(out)-1].Pattern != nil:
				problems = append(problems, fmt.Sprintf("%s has two patterns", out[len(out)-1].ID))
			default:
				out[len(out)-1].Pattern = re
			}
			s = rest
			continue
		}
		n := strings.IndexAny(s, " \t,\"")
		if n < 0 {
			n = len(s)
		}
		id := s[:n]
		s = s[n:]
		if err := known(id); err != nil {
			problems = append(problems, err.Error())
			continue
		}
		out = append(out, Expectation{ID: id})
	}
	if len(out) == 0 && len(problems) == 0 {
		problems = append(problems, "want marker without a check ID")
	}
	return out, problems
}

// parseDiag reads one unquoted regexp (the rest of the comment) or one or
// more quoted ones.
func parseDiag(body string) ([]Expectation, []string) {
	s := strings.TrimSpace(body)
	if s == "" {
		return nil, []string{"expect-diag marker without a regexp"}
	}
	if s[0] != '"' {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, []string{fmt.Sprintf("bad expect-diag regexp: %v", err)}
		}
		return []Expectation{{Pattern: re}}, nil
	}
	var out []Expectation
	for s != "" {
		if s[0] != '"' {
			return out, []string{fmt.Sprintf("unexpected %q after a quoted expect-diag regexp", s)}
		}
		re, rest, err := readPattern(s)
		if err != nil {
			return out, []string{err.Error()}
		}
		out = append(out, Expectation{Pattern: re})
		s = strings.TrimLeft(rest, " \t,")
	}
	return out, nil
}

// readPattern reads a double-quoted regexp at the start of s: the text up to
// the next quote not preceded by a backslash, compiled as it is written.
func readPattern(s string) (*regexp.Regexp, string, error) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			re, err := regexp.Compile(s[1:i])
			if err != nil {
				return nil, "", fmt.Errorf("bad pattern %s: %w", s[:i+1], err)
			}
			return re, s[i+1:], nil
		}
	}
	return nil, "", fmt.Errorf("unterminated pattern %s", s)
}

// Outcome is what a fixture run found.
type Outcome struct {
	Findings []*lint.Finding
	Result   *load.Result
	// Inspected counts the resources of the checks' types.
	Inspected int
}

// Run loads dir with opts and runs checks over it; see RunConfig.
func Run(t TB, dir string, checks []*lint.Check, opts load.Options) Outcome {
	t.Helper()
	return RunConfig(t, dir, Config{Checks: checks, Load: opts})
}

// RunConfig loads dir (every root module below it), runs the checks, and
// fails t on every malformed marker, missing or unexpected finding, and
// undeclared diagnostic, each with its file:line.
func RunConfig(t TB, dir string, cfg Config) Outcome {
	t.Helper()
	inRun := map[string]bool{}
	for _, c := range cfg.Checks {
		inRun[c.ID] = true
	}
	known := func(id string) error {
		switch {
		case inRun[id]:
			return nil
		case cfg.Known != nil && cfg.Known(id):
			return fmt.Errorf("check %q is registered but this test does not run it", id)
		default:
			return fmt.Errorf("unknown check ID %q in want marker (text after the IDs must follow \" -- \")", id)
		}
	}
	ann, problems, err := Parse(dir, known)
	if err != nil {
		t.Errorf("reading annotations: %v", err)
		return Outcome{}
	}

	res := load.Load([]string{dir}, cfg.Load)
	var undecided []lint.Undecided
	findings, runDiags := lint.RunWith(res.Modules, cfg.Checks, lint.RunOptions{Now: cfg.Now, Undecided: &undecided})
	for _, d := range runDiags {
		problems = append(problems, fmt.Sprintf("run diagnostic: %s: %s", d.Summary, d.Detail))
	}
	problems = append(problems, matchDiags(dir, res.Diagnostics, ann.Diags)...)
	problems = append(problems, matchFindings(findings, ann.Wants)...)
	problems = append(problems, matchUndecided(undecided, ann.Undecided)...)

	sort.Strings(problems)
	for _, p := range problems {
		t.Errorf("%s", p)
	}
	inspected := 0
	for _, m := range res.Modules {
		for _, c := range cfg.Checks {
			inspected += len(m.Resources(c.Resources...))
		}
	}
	return Outcome{Findings: findings, Result: res, Inspected: inspected}
}

type lineKey struct {
	file string
	line int
	id   string
}

func matchFindings(findings []*lint.Finding, wants []Expectation) []string {
	got := map[lineKey][]*lint.Finding{}
	exp := map[lineKey][]Expectation{}
	var keys []lineKey
	for _, f := range findings {
		k := lineKey{filepath.Clean(f.Range.Filename), f.Range.Start.Line, f.Check.ID}
		if got[k] == nil && exp[k] == nil {
			keys = append(keys, k)
		}
		got[k] = append(got[k], f)
	}
	for _, w := range wants {
		k := lineKey{w.File, w.Line, w.ID}
		if got[k] == nil && exp[k] == nil {
			keys = append(keys, k)
		}
		exp[k] = append(exp[k], w)
	}
	var problems []string
	for _, k := range keys {
		fs, es := got[k], exp[k]
		texts := make([][]string, len(fs))
		for i, f := range fs {
			texts[i] = []string{f.Message, f.Address}
		}
		usedF, usedE := match(texts, es)
		for i, f := range fs {
			if !usedF[i] {
				problems = append(problems, fmt.Sprintf("%s:%d: unexpected finding %s: %s (%s)", k.file, k.line, k.id, f.Message, f.Address))
			}
		}
		for j, e := range es {
			if !usedE[j] {
				p := fmt.Sprintf("%s:%d: missing finding %s", k.file, k.line, k.id)
				if e.Pattern != nil {
					p += " matching /" + e.Pattern.String() + "/"
				}
				problems = append(problems, p+fmt.Sprintf(" (%d expected, %d found on the line)", len(es), len(fs)))
			}
		}
	}
	return problems
}

func matchDiags(dir string, diags []lint.Diagnostic, wants []Expectation) []string {
	type key struct {
		file string
		line int
	}
	got := map[key][]lint.Diagnostic{}
	exp := map[key][]Expectation{}
	var keys []key
	var problems []string
	root := filepath.Clean(dir)
	for _, d := range diags {
		if d.Subject == nil || d.Subject.Filename == "" || !within(root, filepath.Clean(d.Subject.Filename)) || d.Subject.Start.Line < 1 {
			problems = append(problems, fmt.Sprintf("%s: %s diagnostic that no marker can declare: %s: %s", rangeString(d.Subject), d.Severity, d.Summary, d.Detail))
			continue
		}
		k := key{filepath.Clean(d.Subject.Filename), d.Subject.Start.Line}
		if got[k] == nil && exp[k] == nil {
			keys = append(keys, k)
		}
		got[k] = append(got[k], d)
	}
	for _, w := range wants {
		k := key{w.File, w.Line}
		if got[k] == nil && exp[k] == nil {
			keys = append(keys, k)
		}
		exp[k] = append(exp[k], w)
	}
	for _, k := range keys {
		ds, es := got[k], exp[k]
		texts := make([][]string, len(ds))
		for i, d := range ds {
			texts[i] = []string{d.Summary + ": " + d.Detail}
		}
		usedD, usedE := match(texts, es)
		for i, d := range ds {
			if !usedD[i] {
				problems = append(problems, fmt.Sprintf("%s:%d: undeclared %s diagnostic: %s: %s (declare it with # expect-diag: <regexp>)", k.file, k.line, d.Severity, d.Summary, d.Detail))
			}
		}
		for j, e := range es {
			if !usedE[j] {
				problems = append(problems, fmt.Sprintf("%s:%d: missing diagnostic matching /%s/ (%d found on the line)", k.file, k.line, e.Pattern.String(), len(ds)))
			}
		}
	}
	return problems
}

func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// match pairs items (each given by the texts a pattern may match) with
// expectations, one to one, as many as possible: an expectation without a
// pattern takes any item, one with a pattern only an item with a matching
// text. It returns which items and which expectations were paired.
func match(items [][]string, es []Expectation) (usedItem, usedExp []bool) {
	fits := func(i, j int) bool {
		if es[j].Pattern == nil {
			return true
		}
		for _, s := range items[i] {
			if es[j].Pattern.MatchString(s) {
				return true
			}
		}
		return false
	}
	owner := make([]int, len(es)) // expectation -> item, or -1
	for j := range owner {
		owner[j] = -1
	}
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for j := range es {
			if seen[j] || !fits(i, j) {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || augment(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range items {
		augment(i, make([]bool, len(es)))
	}
	usedItem = make([]bool, len(items))
	usedExp = make([]bool, len(es))
	for j, i := range owner {
		if i >= 0 {
			usedItem[i] = true
			usedExp[j] = true
		}
	}
	return usedItem, usedExp
}

func rangeString(r *hcl.Range) string {
	if r == nil {
		return "-"
	}
	return r.String()
}
