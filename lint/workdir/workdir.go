// Package workdir makes paths absolute against a working folder captured
// once. filepath.Abs asks the system for the working folder on every call
// (os.Getwd stats two folders); a scan asks about every file it reads, so
// each scan captures the folder when it starts and reuses it.
package workdir

import (
	"os"
	"path/filepath"
)

// Dir is a working folder captured by Capture; the zero Dir asks the system
// on every call, as filepath.Abs does.
type Dir struct{ path string }

// Capture returns the process's working folder now. When the system cannot
// tell it, the zero Dir is returned.
func Capture() Dir {
	wd, err := os.Getwd()
	if err != nil {
		return Dir{}
	}
	return Dir{path: wd}
}

// Abs is filepath.Abs against the captured folder: an absolute path is
// cleaned, a relative one joined to the folder.
func (d Dir) Abs(path string) (string, error) {
	if filepath.IsAbs(path) {
		return filepath.Clean(path), nil
	}
	if d.path == "" {
		return filepath.Abs(path)
	}
	return filepath.Join(d.path, path), nil
}

// AbsOr is Abs, with path itself when it cannot be made absolute.
func (d Dir) AbsOr(path string) string {
	abs, err := d.Abs(path)
	if err != nil {
		return path
	}
	return abs
}
