// Package config reads .tenantlint.hcl, the project's settings file.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/gitrev"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// FileName is the configuration file looked for in the scan root and its
// parent folders up to the repository root.
const FileName = ".tenantlint.hcl"

// Selector picks checks by ID (globs), provider, service, domain or severity.
// A check matches when it matches any one of the lists.
type Selector struct {
	Checks     []string `hcl:"checks,optional"`
	Providers  []string `hcl:"providers,optional"`
	Services   []string `hcl:"services,optional"`
	Domains    []string `hcl:"domains,optional"`
	Severities []string `hcl:"severities,optional"`
}

// Config is the decoded file.
type Config struct {
	// FailOn is the lowest severity that fails the run.
	FailOn string `hcl:"fail_on,optional"`
	// Summary prints the full responsibility table in the text format.
	Summary bool `hcl:"summary,optional"`
	// VarFiles are .tfvars files, relative to the configuration file.
	VarFiles []string `hcl:"var_files,optional"`
	// Formats are default --format values.
	Formats []string `hcl:"formats,optional"`
	// ExcludePaths are globs (with **) of files and folders not to scan,
	// relative to the configuration file's folder.
	ExcludePaths []string `hcl:"exclude_paths,optional"`
	// SeverityOverrides map a check ID to the severity to report it with.
	SeverityOverrides map[string]string `hcl:"severity_overrides,optional"`
	// NewFromRev reports only the findings not present at this git
	// revision (--new-from-rev).
	NewFromRev string `hcl:"new_from_rev,optional"`
	// Baseline is a baseline file, relative to the configuration file.
	Baseline string    `hcl:"baseline,optional"`
	Enable   *Selector `hcl:"enable,block"`
	Disable  *Selector `hcl:"disable,block"`

	// Rules is a folder of custom rules (*.tlrule.hcl), relative to the
	// configuration file.
	Rules string `hcl:"rules,optional"`
	// Plan is a plan JSON file (terraform show -json), relative to the
	// configuration file: see lint/plan.
	Plan string `hcl:"plan,optional"`

	// Path is where the file was read from ("" when none was found).
	Path string

	// lines holds, per attribute, the line of the attribute and of each
	// element of its list, for messages that point at an element.
	lines map[string][]int
}

// MaxSize is the largest configuration file Load reads.
const MaxSize = 1 << 20

// LoadOptions say how far the file is trusted.
type LoadOptions struct {
	// Untrusted says the file was found in the scanned tree (a stranger's
	// repository may hold it) rather than given with --config: its formats
	// and var_files may then only name files inside the file's folder (see
	// CheckUntrusted).
	Untrusted bool
	// Boundary, when set, is the repository: the file itself must resolve
	// inside it (a .tenantlint.hcl that is a symlink out is not read).
	Boundary *confine.Boundary
	// Files, when set, is what the file is read through instead (the index
	// in a pre-commit run); it confines reads itself.
	Files fsys.FS
}

// Find looks for FileName in dir and its parents, stopping at stop (the
// repository root). It returns "" when there is none.
func Find(dir, stop string) string {
	dir, _ = filepath.Abs(dir)
	stop, _ = filepath.Abs(stop)
	for {
		p := filepath.Join(dir, FileName)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if dir == stop || filepath.Dir(dir) == dir {
			return ""
		}
		dir = filepath.Dir(dir)
	}
}

// Load reads and validates a configuration file. Errors carry file:line and
// what was expected. It is LoadWith for a trusted file (--config).
func Load(path string) (*Config, error) {
	return LoadWith(path, LoadOptions{})
}

// LoadWith reads and validates a configuration file. A special file (FIFO,
// device, socket) is never opened and a file over MaxSize is not read. With
// o.Untrusted the file must also pass CheckUntrusted.
func LoadWith(path string, o LoadOptions) (*Config, error) {
	src, err := fsys.Or(o.Files, o.Boundary).ReadFile(path, MaxSize)
	switch {
	case errors.Is(err, confine.ErrOutside):
		return nil, fmt.Errorf("%s: resolves outside the repository (a symbolic link); it was not read", path)
	case errors.Is(err, confine.ErrNotRegular):
		return nil, fmt.Errorf("%s: not a regular file; it was not read", path)
	case errors.Is(err, confine.ErrTooLarge):
		return nil, fmt.Errorf("%s: larger than %d bytes; it was not read", path, MaxSize)
	case err != nil:
		return nil, err
	}
	cfg, err := decode(path, src)
	if err != nil {
		return nil, err
	}
	if o.Untrusted {
		if err := cfg.CheckUntrusted(); err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

func decode(path string, src []byte) (*Config, error) {
	p := hclparse.NewParser()
	f, diags := p.ParseHCL(src, path)
	if diags.HasErrors() {
		return nil, diagError(diags)
	}
	cfg := &Config{}
	if diags := gohcl.DecodeBody(f.Body, nil, cfg); diags.HasErrors() {
		return nil, diagError(diags)
	}
	cfg.Path = path
	attrs, _ := f.Body.JustAttributes()
	cfg.lines = map[string][]int{}
	for name, a := range attrs {
		lines := []int{a.Range.Start.Line}
		if tuple, ok := a.Expr.(*hclsyntax.TupleConsExpr); ok {
			for _, e := range tuple.Exprs {
				lines = append(lines, e.Range().Start.Line)
			}
		}
		cfg.lines[name] = lines
	}
	at := func(name string) string {
		if a, ok := attrs[name]; ok {
			return a.Range.String() + ": "
		}
		return path + ": "
	}
	if cfg.FailOn != "" {
		if _, err := lint.ParseSeverity(cfg.FailOn); err != nil {
			return nil, fmt.Errorf("%sfail_on: %w", at("fail_on"), err)
		}
	}
	for id, sev := range cfg.SeverityOverrides {
		if _, err := lint.ParseSeverity(sev); err != nil {
			return nil, fmt.Errorf("%sseverity_overrides[%q]: %w", at("severity_overrides"), id, err)
		}
	}
	for _, g := range cfg.ExcludePaths {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("%sexclude_paths: %q is not a valid glob", at("exclude_paths"), g)
		}
	}
	if cfg.NewFromRev != "" {
		if err := gitrev.ValidRev(cfg.NewFromRev); err != nil {
			return nil, fmt.Errorf("%snew_from_rev: %w", at("new_from_rev"), err)
		}
	}
	for _, s := range []*Selector{cfg.Enable, cfg.Disable} {
		if s == nil {
			continue
		}
		for _, d := range s.Domains {
			if !slices.Contains(lint.Domains, lint.Domain(d)) {
				return nil, fmt.Errorf("%s: unknown domain %q (want one of identity, data, network, configuration, logging, application, response)", path, d)
			}
		}
		for _, sv := range s.Severities {
			if _, err := lint.ParseSeverity(sv); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
		}
	}
	return cfg, nil
}

// CheckUntrusted holds a file found in the scanned tree to what a stranger's
// repository may ask for: formats may only write, and var_files only read,
// relative paths without ".." that stay inside the file's folder (after
// cleaning, and through the symlinks of the parts that exist), and a report
// may not go to an existing special file. The error names the key and
// file:line.
func (cfg *Config) CheckUntrusted() error {
	if cfg == nil {
		return nil
	}
	dir := filepath.Dir(cfg.Path)
	folder, err := confine.New(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", cfg.Path, err)
	}
	for i, spec := range cfg.Formats {
		_, file, _ := strings.Cut(spec, "=")
		if file == "" {
			continue // stdout
		}
		if why := folderPath(folder, dir, file, "writes"); why != "" {
			return fmt.Errorf("%s: formats: %q %s; only relative paths inside the folder of %s are allowed (use --format to write elsewhere)", cfg.at("formats", i), spec, why, FileName)
		}
	}
	if cfg.Baseline != "" {
		if why := folderPath(folder, dir, cfg.Baseline, "reads"); why != "" {
			return fmt.Errorf("%s: baseline: %q %s; only relative paths inside the folder of %s are allowed (use --baseline to read elsewhere)", cfg.at("baseline", 0), cfg.Baseline, why, FileName)
		}
	}
	if cfg.Plan != "" {
		if why := folderPath(folder, dir, cfg.Plan, "reads"); why != "" {
			return fmt.Errorf("%s: plan: %q %s; only relative paths inside the folder of %s are allowed (use --plan to read elsewhere)", cfg.at("plan", 0), cfg.Plan, why, FileName)
		}
	}
	for i, vf := range cfg.VarFiles {
		if why := folderPath(folder, dir, vf, "reads"); why != "" {
			return fmt.Errorf("%s: var_files: %q %s; only relative paths inside the folder of %s are allowed (use --var-file to read elsewhere)", cfg.at("var_files", i), vf, why, FileName)
		}
	}
	return nil
}

// at is file:line of element i of a list attribute (of the attribute when
// the list is not written out literally).
func (cfg *Config) at(name string, i int) string {
	lines := cfg.lines[name]
	switch {
	case i+1 < len(lines):
		return fmt.Sprintf("%s:%d", cfg.Path, lines[i+1])
	case len(lines) > 0:
		return fmt.Sprintf("%s:%d", cfg.Path, lines[0])
	}
	return cfg.Path
}

// folderPath says why p is not a relative path inside dir ("" when it
// is); verb is what the setting does with the file (reads, writes).
func folderPath(folder *confine.Boundary, dir, p, verb string) string {
	native := filepath.FromSlash(p)
	if filepath.IsAbs(native) || filepath.VolumeName(native) != "" || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) {
		return verb + " outside the repository"
	}
	for _, part := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		if part == ".." {
			return verb + ` outside the folder (the path holds "..")`
		}
	}
	resolved, inside := folder.Inside(filepath.Join(dir, native))
	if !inside {
		return verb + " outside the repository through a symbolic link"
	}
	if info, err := os.Stat(resolved); err == nil && !info.Mode().IsRegular() {
		return "names a special file or a folder, not a regular file"
	}
	return ""
}

func diagError(diags hcl.Diagnostics) error {
	var msgs []string
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		m := d.Summary
		if d.Detail != "" {
			m += ": " + d.Detail
		}
		if d.Subject != nil {
			m = d.Subject.String() + ": " + m
		}
		msgs = append(msgs, m)
	}
	return errors.New(strings.Join(msgs, "\n"))
}

func (s *Selector) matches(c *lint.Check) bool {
	if s == nil {
		return false
	}
	for _, g := range s.Checks {
		if ok, _ := doublestar.Match(g, c.ID); ok {
			return true
		}
	}
	return slices.Contains(s.Providers, c.Provider()) ||
		slices.Contains(s.Services, c.Service()) ||
		slices.Contains(s.Domains, string(c.Domain)) ||
		slices.Contains(s.Severities, string(c.Severity))
}

// Select returns the checks the file enables and does not disable.
func (cfg *Config) Select(all []*lint.Check) []*lint.Check {
	if cfg == nil {
		return all
	}
	var out []*lint.Check
	for _, c := range all {
		if cfg.Enable != nil && !cfg.Enable.matches(c) {
			continue
		}
		if cfg.Disable.matches(c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// Severity returns the severity a check's findings are reported with.
func (cfg *Config) Severity(c *lint.Check) lint.Severity {
	if cfg != nil {
		if s, ok := cfg.SeverityOverrides[c.ID]; ok {
			v, _ := lint.ParseSeverity(s)
			return v
		}
	}
	return c.Severity
}

// Excluded says whether a path (absolute or relative to the working
// directory) matches one of exclude_paths, taken relative to the file's folder.
func (cfg *Config) Excluded(path string) bool {
	if cfg == nil || len(cfg.ExcludePaths) == 0 || cfg.Path == "" {
		return false
	}
	base, _ := filepath.Abs(filepath.Dir(cfg.Path))
	abs, _ := filepath.Abs(path)
	rel, err := filepath.Rel(base, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range cfg.ExcludePaths {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/")+"/**", rel); ok {
			return true
		}
	}
	return false
}

// FormatSpecs returns formats with their report files resolved against the
// file's folder (as VarFilePaths does for var_files), which is where
// CheckUntrusted allowed them to write; a format without a file stays as is.
func (cfg *Config) FormatSpecs() []string {
	if cfg == nil {
		return nil
	}
	out := make([]string, 0, len(cfg.Formats))
	for _, spec := range cfg.Formats {
		name, file, ok := strings.Cut(spec, "=")
		if ok && file != "" && !filepath.IsAbs(file) {
			spec = name + "=" + filepath.Join(filepath.Dir(cfg.Path), filepath.FromSlash(file))
		}
		out = append(out, spec)
	}
	return out
}

// BaselinePath returns baseline resolved against the file's folder ("" when
// none is set).
func (cfg *Config) BaselinePath() string {
	if cfg == nil || cfg.Baseline == "" {
		return ""
	}
	if filepath.IsAbs(cfg.Baseline) {
		return cfg.Baseline
	}
	return filepath.Join(filepath.Dir(cfg.Path), filepath.FromSlash(cfg.Baseline))
}

// VarFilePaths returns var_files resolved against the file's folder.
func (cfg *Config) VarFilePaths() []string {
	if cfg == nil {
		return nil
	}
	out := make([]string, 0, len(cfg.VarFiles))
	for _, v := range cfg.VarFiles {
		if !filepath.IsAbs(v) {
			v = filepath.Join(filepath.Dir(cfg.Path), v)
		}
		out = append(out, v)
	}
	return out
}
