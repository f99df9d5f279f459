package config

import (
	"path/filepath"

	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// FindIn is Find looking through f (nil: the operating system's files):
// a pre-commit run finds the configuration as staged.
func FindIn(dir, stop string, f fsys.FS) string {
	if f == nil {
		return Find(dir, stop)
	}
	dir, _ = filepath.Abs(dir)
	stop, _ = filepath.Abs(stop)
	for {
		p := filepath.Join(dir, FileName)
		if info, err := f.Stat(p); err == nil && !info.IsDir() {
			return p
		}
		if dir == stop || filepath.Dir(dir) == dir {
			return ""
		}
		dir = filepath.Dir(dir)
	}
}
