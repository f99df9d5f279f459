package load

import (
	"errors"
	"io/fs"
	"path/filepath"

	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// files is what the load reads through: Files, or the operating system's
// files inside Boundary.
func (o *Options) files() fsys.FS { return fsys.Or(o.Files, o.Boundary) }

// CallersIn is Callers reading through f (nil: the operating system's
// files, anywhere): the folders below repoRoot that call any of dirs.
func CallersIn(repoRoot string, dirs []string, f fsys.FS) []string {
	return callers(repoRoot, dirs, fsys.Or(f, nil))
}

// walkDir walks the tree below root as filepath.WalkDir does (lexical
// order, links not followed, fn's SkipDir and SkipAll obeyed), listing
// folders through f.
func walkDir(f fsys.FS, root string, fn fs.WalkDirFunc) error {
	info, err := f.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkEntry(f, root, fs.FileInfoToDirEntry(info), fn)
	}
	if errors.Is(err, filepath.SkipDir) || errors.Is(err, filepath.SkipAll) {
		return nil
	}
	return err
}

func walkEntry(f fsys.FS, p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if errors.Is(err, filepath.SkipDir) && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := f.ReadDir(p)
	if err != nil {
		// The folder itself was seen; fn hears why it cannot be listed.
		if err = fn(p, d, err); err != nil {
			if errors.Is(err, filepath.SkipDir) && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkEntry(f, filepath.Join(p, e.Name()), e, fn); err != nil {
			if errors.Is(err, filepath.SkipDir) {
				break
			}
			return err
		}
	}
	return nil
}
