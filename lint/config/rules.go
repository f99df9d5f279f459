package config

import "path/filepath"

// RulesPath returns the rules folder resolved against the file's folder
// ("" when none is set).
func (cfg *Config) RulesPath() string {
	if cfg == nil || cfg.Rules == "" {
		return ""
	}
	if filepath.IsAbs(cfg.Rules) {
		return cfg.Rules
	}
	return filepath.Join(filepath.Dir(cfg.Path), filepath.FromSlash(cfg.Rules))
}
