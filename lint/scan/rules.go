package scan

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint/rules"
)

// loadRules compiles the custom rules the configuration (rules = "DIR") and
// --rules name, once for the run, inside the boundary, and adds them to the
// registry the run selects from: --include, --exclude, the configuration's
// enable and disable, ignore comments and baselines treat them as checks.
func loadRules(opts *Options, s *Settings) error {
	paths := slices.Clone(opts.Rules)
	if p := s.Config.RulesPath(); p != "" {
		paths = append(paths, p)
	}
	if len(paths) == 0 {
		return nil
	}
	builtin := map[string]bool{}
	for _, c := range opts.Checks {
		builtin[c.ID] = true
	}
	set, err := rules.Load(paths, rules.Options{
		Reserved: func(id string) bool { return builtin[id] },
		Library:  opts.RuleLibrary,
		Boundary: s.Boundary,
	})
	if err != nil {
		return err
	}
	s.Rules = set
	opts.Checks = append(slices.Clip(opts.Checks), set.Checks()...)
	return nil
}
