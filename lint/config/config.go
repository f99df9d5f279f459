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

	"github.com/tenantlint/tenantlint/lint"
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
	// VarFiles are .tfvars files, relative to the configuration file.
	VarFiles []string `hcl:"var_files,optional"`
	// Formats are default --format values.
	Formats []string `hcl:"formats,optional"`
	// ExcludePaths are globs (with **) of files and folders not to scan,
	// relative to the configuration file's folder.
	ExcludePaths []string `hcl:"exclude_paths,optional"`
	// SeverityOverrides map a check ID to the severity to report it with.
	SeverityOverrides map[string]string `hcl:"severity_overrides,optional"`
	Enable            *Selector         `hcl:"enable,block"`
	Disable           *Selector         `hcl:"disable,block"`

	// Path is where the file was read from ("" when none was found).
	Path string
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
// what was expected.
func Load(path string) (*Config, error) {
	p := hclparse.NewParser()
	f, diags := p.ParseHCLFile(path)
	if diags.HasErrors() {
		return nil, diagError(diags)
	}
	cfg := &Config{}
	if diags := gohcl.DecodeBody(f.Body, nil, cfg); diags.HasErrors() {
		return nil, diagError(diags)
	}
	cfg.Path = path
	attrs, _ := f.Body.JustAttributes()
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
