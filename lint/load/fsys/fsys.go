// Package fsys is the loader's read-only view of the files it scans. The
// loader and the Terraform file functions read only through an FS: the
// operating system's, confined by a confine.Boundary (OS), or another, such
// as a git tree read straight from the repository's objects (gitrev.TreeFS),
// so that a revision is scanned without writing it anywhere.
//
// Paths are operating system paths, as the loader names files: absolute, or
// relative to the working folder. An FS has no method that writes.
package fsys

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// FS is what the loader reads files and folders through. Every method is
// safe to call from several goroutines at once.
type FS interface {
	// Inside resolves path (links followed as confine.Boundary.Inside does)
	// and says whether the result may be read.
	Inside(path string) (string, bool)
	// Open opens a regular file inside the boundary for reading, with its
	// information. A path outside gives an error wrapping
	// confine.ErrOutside, anything but a regular file one wrapping
	// confine.ErrNotRegular.
	Open(path string) (io.ReadCloser, fs.FileInfo, error)
	// ReadFile is Open and read, refusing (confine.ErrTooLarge) a file
	// over limit bytes.
	ReadFile(path string, limit int64) ([]byte, error)
	// Stat and Lstat describe a path, following a final link or not. They
	// do not check the boundary: the caller has, with Inside.
	Stat(path string) (fs.FileInfo, error)
	Lstat(path string) (fs.FileInfo, error)
	// ReadDir lists a folder sorted by name, without checking the
	// boundary (the caller has).
	ReadDir(path string) ([]fs.DirEntry, error)
}

// OS is the operating system's files, read through b exactly as the loader
// always did (a nil b allows every path).
func OS(b *confine.Boundary) FS { return osFS{b: b} }

type osFS struct{ b *confine.Boundary }

func (o osFS) Inside(path string) (string, bool) { return o.b.Inside(path) }

func (o osFS) Open(path string) (io.ReadCloser, fs.FileInfo, error) {
	f, info, err := o.b.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, info, nil
}

func (o osFS) ReadFile(path string, limit int64) ([]byte, error) {
	return o.b.ReadFile(path, limit)
}

func (osFS) Stat(path string) (fs.FileInfo, error)      { return os.Stat(path) }
func (osFS) Lstat(path string) (fs.FileInfo, error)     { return os.Lstat(path) }
func (osFS) ReadDir(path string) ([]fs.DirEntry, error) { return confine.ReadDir(path) }

// Or is f, or the operating system's files through b when f is nil.
func Or(f FS, b *confine.Boundary) FS {
	if f != nil {
		return f
	}
	return OS(b)
}

// EvalSymlinks resolves the links of an absolute path that exists, as f
// sees them: through f's Inside, which for the operating system's files is
// the boundary's (it resolves each folder once and keeps it, so a path costs
// one Lstat rather than one per step); a path the boundary refuses, or any
// path when there is no boundary, through filepath.EvalSymlinks.
func EvalSymlinks(f FS, abs string) (string, bool) {
	o, isOS := f.(osFS)
	if !isOS || o.b != nil {
		if r, ok := f.Inside(abs); ok {
			if _, err := f.Lstat(r); err == nil {
				return r, true
			}
		}
	}
	if !isOS {
		return "", false
	}
	r, err := filepath.EvalSymlinks(abs)
	return r, err == nil
}
