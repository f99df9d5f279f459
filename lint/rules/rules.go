// Package rules reads custom rules (*.tlrule.hcl files: the metadata of a
// check, the resource types it applies to and a condition in CEL) and turns
// each into a lint.Check, so that suppressions, baselines, fingerprints,
// reports, --include/--exclude and the fixture harness treat a custom rule
// as they treat a built-in check.
//
// A rule is evaluated on the model checks read (lint.Resource): evaluated
// values, nested blocks, references. A condition that touches an unknown
// value is undecided (cel-go's partial evaluation): it is recorded through
// the engine's undecided API and never becomes a finding.
//
// The package knows no provider: helpers that need provider code (the CIDR
// rule, IAM policy documents, each provider's naming) come in a Library
// (checks/rulefuncs builds tenantlint's).
package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"text/template"

	"cel.dev/cel-go/cel"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// Suffix ends the name of every rule file.
const Suffix = ".tlrule.hcl"

// MaxFileSize is the largest rule file read.
const MaxFileSize = 1 << 20

// MaxRules caps the rules of one run.
const MaxRules = 10000

// DefaultCostLimit bounds the cost (cel-go's unit: about one per operation)
// of one evaluation of one rule on one resource.
const DefaultCostLimit = 100_000

// Options say where rules come from and what they may use.
type Options struct {
	// Reserved says whether an ID is a built-in check's: a rule may not take it.
	Reserved func(id string) bool
	// Library adds helpers and the providers' naming.
	Library Library
	// Boundary, when set, confines what is read: a rule file or folder
	// that resolves outside it is an error.
	Boundary *confine.Boundary
	// CostLimit bounds one evaluation (0: DefaultCostLimit).
	CostLimit uint64
}

// Set is the rules of one run, compiled once.
type Set struct {
	Rules []*Rule
	mu    sync.Mutex
	diags []lint.Diagnostic
	seen  map[string]bool
}

// Checks returns the rules as checks, in ID order.
func (s *Set) Checks() []*lint.Check {
	if s == nil {
		return nil
	}
	out := make([]*lint.Check, len(s.Rules))
	for i, r := range s.Rules {
		out[i] = r.Check
	}
	return out
}

// Diagnostics returns what evaluation reported so far (a rule that ran out
// of its cost limit, a runtime error), sorted.
func (s *Set) Diagnostics() []lint.Diagnostic {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return lint.SortDiagnostics(slices.Clone(s.diags))
}

// note records a diagnostic once per rule, resource declaration and summary.
func (s *Set) note(d lint.Diagnostic, key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if s.seen[key] {
		return
	}
	s.seen[key] = true
	s.diags = append(s.diags, d)
}

// Rule is one decoded and compiled rule.
type Rule struct {
	Check *lint.Check
	// File and Line say where it is declared.
	File string
	Line int
	// At is the argument path findings point at ("" for the resource).
	At string

	prog    cel.Program
	message *template.Template
	set     *Set
	env     *environment
}

// ruleFile is the schema of a rule file.
type ruleFile struct {
	Rules []*ruleBlock `hcl:"rule,block"`
}

type ruleBlock struct {
	ID          string         `hcl:"id,label"`
	Title       string         `hcl:"title"`
	Severity    string         `hcl:"severity"`
	Domain      string         `hcl:"domain,optional"`
	Model       string         `hcl:"model,optional"`
	Description string         `hcl:"description,optional"`
	Remediation string         `hcl:"remediation,optional"`
	Links       []string       `hcl:"links,optional"`
	Resources   []string       `hcl:"resources"`
	Violation   hcl.Expression `hcl:"violation"`
	At          string         `hcl:"at,optional"`
	Message     string         `hcl:"message,optional"`
	Secret      bool           `hcl:"secret,optional"`
	DeclRange   hcl.Range      `hcl:",def_range"`
}

// idPattern is the shape of a check ID: lowercase segments, at least three.
var idPattern = regexp.MustCompile(`^[a-z0-9]+-[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*$`)

// typePattern is the shape of a resource type ("data." for data sources).
var typePattern = regexp.MustCompile(`^(data\.)?[a-z0-9_]+$`)

// Files lists the rule files below each path (a file is taken as it is),
// sorted, without duplicates. Hidden folders are skipped; symbolic links
// are not followed into folders.
func Files(paths []string, b *confine.Boundary) ([]string, error) {
	var out []string
	for _, p := range paths {
		if _, ok := b.Inside(p); !ok {
			return nil, fmt.Errorf("rules: %s resolves outside the repository; it was not read", p)
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		if !info.IsDir() {
			out = append(out, filepath.Clean(p))
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), Suffix) {
				out = append(out, filepath.Clean(path))
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Load reads every rule file below the paths and compiles its rules. Every
// problem is an error naming file:line; a CEL error carries cel-go's caret.
func Load(paths []string, o Options) (*Set, error) {
	files, err := Files(paths, o.Boundary)
	if err != nil {
		return nil, err
	}
	return LoadFiles(files, o)
}

// LoadFiles reads and compiles the rules of the given files.
func LoadFiles(files []string, o Options) (*Set, error) {
	env, err := newEnvironment(o.Library)
	if err != nil {
		return nil, fmt.Errorf("rules: CEL environment: %w", err)
	}
	if o.CostLimit == 0 {
		o.CostLimit = DefaultCostLimit
	}
	s := &Set{}
	byID := map[string]*Rule{}
	var problems []string
	for _, f := range files {
		rs, errs := loadFile(f, o, env, s)
		problems = append(problems, errs...)
		for _, r := range rs {
			if prev, dup := byID[r.Check.ID]; dup {
				problems = append(problems, fmt.Sprintf("%s:%d: rule %q is declared twice (first at %s:%d)", r.File, r.Line, r.Check.ID, prev.File, prev.Line))
				continue
			}
			byID[r.Check.ID] = r
			s.Rules = append(s.Rules, r)
		}
	}
	if len(s.Rules) > MaxRules {
		problems = append(problems, fmt.Sprintf("rules: %d rules is over the limit of %d", len(s.Rules), MaxRules))
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	slices.SortFunc(s.Rules, func(a, b *Rule) int { return strings.Compare(a.Check.ID, b.Check.ID) })
	return s, nil
}

func loadFile(path string, o Options, env *environment, s *Set) ([]*Rule, []string) {
	src, err := o.Boundary.ReadFile(path, MaxFileSize)
	switch {
	case errors.Is(err, confine.ErrOutside):
		return nil, []string{fmt.Sprintf("%s: resolves outside the repository (a symbolic link); it was not read", path)}
	case errors.Is(err, confine.ErrNotRegular):
		return nil, []string{fmt.Sprintf("%s: not a regular file; it was not read", path)}
	case errors.Is(err, confine.ErrTooLarge):
		return nil, []string{fmt.Sprintf("%s: larger than %d bytes; it was not read", path, MaxFileSize)}
	case err != nil:
		return nil, []string{err.Error()}
	}
	f, diags := hclparse.NewParser().ParseHCL(src, path)
	if diags.HasErrors() {
		return nil, diagLines(diags)
	}
	var rf ruleFile
	if diags := gohcl.DecodeBody(f.Body, nil, &rf); diags.HasErrors() {
		return nil, diagLines(diags)
	}
	var out []*Rule
	var problems []string
	for _, b := range rf.Rules {
		r, errs := compileRule(path, b, o, env, s)
		problems = append(problems, errs...)
		if r != nil {
			out = append(out, r)
		}
	}
	return out, problems
}

func diagLines(diags hcl.Diagnostics) []string {
	var out []string
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		at := ""
		if d.Subject != nil {
			at = fmt.Sprintf("%s:%d: ", d.Subject.Filename, d.Subject.Start.Line)
		}
		out = append(out, fmt.Sprintf("%s%s; %s", at, d.Summary, d.Detail))
	}
	return out
}

func compileRule(path string, b *ruleBlock, o Options, env *environment, s *Set) (*Rule, []string) {
	line := b.DeclRange.Start.Line
	var problems []string
	bad := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: rule %q: ", path, line, b.ID)+fmt.Sprintf(format, args...))
	}
	if !idPattern.MatchString(b.ID) {
		bad("the ID must be a lowercase slug of three or more segments, such as acme-s3-classification-tag")
	} else if o.Reserved != nil && o.Reserved(b.ID) {
		bad("the ID is a built-in check's; give custom rules a prefix of their own (acme-, custom-)")
	}
	if strings.TrimSpace(b.Title) == "" {
		bad("no title")
	}
	sev, err := lint.ParseSeverity(b.Severity)
	if err != nil {
		bad("%v", err)
	}
	domain := lint.Domain(b.Domain)
	if b.Domain == "" {
		domain = lint.Configuration
	} else if !slices.Contains(lint.Domains, domain) {
		bad("unknown domain %q (want one of %s)", b.Domain, joinStrings(lint.Domains))
	}
	model := lint.Model(b.Model)
	if b.Model == "" {
		model = lint.IaaS
	} else if !slices.Contains(lint.Models, model) {
		bad("unknown model %q (want one of %s)", b.Model, joinStrings(lint.Models))
	}
	for _, l := range b.Links {
		if !strings.HasPrefix(l, "https://") {
			bad("link %q is not https", l)
		}
	}
	if len(b.Resources) == 0 {
		bad("no resource types")
	}
	for _, t := range b.Resources {
		if !typePattern.MatchString(t) {
			bad("%q is not a resource type (aws_s3_bucket, data.aws_iam_policy_document)", t)
		}
	}
	if b.At != "" && !atPattern.MatchString(b.At) {
		bad("at = %q: want an argument path such as tags or metadata_options.http_tokens", b.At)
	}
	var expr string
	vline := line
	if b.Violation != nil {
		vline = b.Violation.Range().Start.Line
		if diags := gohcl.DecodeExpression(b.Violation, nil, &expr); diags.HasErrors() {
			problems = append(problems, diagLines(diags)...)
		}
	}
	var prog cel.Program
	if strings.TrimSpace(expr) != "" {
		prog, err = env.compile(expr, o.CostLimit)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s:%d: rule %q: violation: %v", path, vline, b.ID, err))
		}
	} else if b.Violation != nil {
		bad("violation is empty")
	}
	msg := b.Message
	if msg == "" {
		msg = "{{ .Address }}: " + b.Title
	}
	tmpl, err := template.New(b.ID).Option("missingkey=error").Parse(msg)
	if err != nil {
		bad("message: %v", err)
	} else if _, err := render(tmpl, messageData{}); err != nil {
		bad("message: %v", err)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	desc := b.Description
	if desc == "" {
		desc = b.Title
	}
	rem := b.Remediation
	if rem == "" {
		rem = "See the rule's description."
	}
	r := &Rule{File: path, Line: line, At: b.At, prog: prog, message: tmpl, set: s, env: env}
	r.Check = &lint.Check{
		ID: b.ID, Title: b.Title, Severity: sev, Domain: domain, Model: model,
		Description: desc, Remediation: rem, Links: slices.Clone(b.Links),
		Resources: slices.Clone(b.Resources), Secret: b.Secret,
	}
	r.Check.Run = r.run
	return r, nil
}

var atPattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$`)

func joinStrings[T ~string](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, ", ")
}
