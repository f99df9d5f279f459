package config

import "path/filepath"

// PlanPath returns plan resolved against the file's folder ("" when none
// is set).
func (cfg *Config) PlanPath() string {
	if cfg == nil || cfg.Plan == "" {
		return ""
	}
	if filepath.IsAbs(cfg.Plan) {
		return cfg.Plan
	}
	return filepath.Join(filepath.Dir(cfg.Path), filepath.FromSlash(cfg.Plan))
}
