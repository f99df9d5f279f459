// Package confine keeps the loader inside the scanned repository. The
// repository is untrusted input: a symlink, a module source, a var file or a
// file function may name any path on the machine, and the loader must neither
// read it nor print it. A Boundary says which paths may be read; Open reads
// only regular files, so a device, a FIFO or a socket is never opened.
package confine

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/tenantlint/tenantlint/lint/workdir"
)

// ErrOutside says that a path resolves outside every root of the boundary.
var ErrOutside = errors.New("outside the repository")

// ErrNotRegular says that a path is a folder, a device, a FIFO or a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge says that a file is larger than the reader allows.
var ErrTooLarge = errors.New("file too large")

// maxLinks bounds the symlinks one resolution follows by hand (dangling
// links and loops), as the kernel's ELOOP limit does.
const maxLinks = 40

// Boundary is a set of folders (absolute, symlinks resolved) that the loader
// may read below. A nil *Boundary allows every path.
type Boundary struct {
	roots []string
	files map[string]bool // the roots that are files: only they themselves are inside
	// dirs caches the resolution of folders that exist (absolute path to
	// resolved path), so that the files of one folder cost one Lstat each
	// rather than one per path element.
	dirs sync.Map
	// paths caches whole resolutions: a module folder is asked about once
	// per module instance.
	paths sync.Map
	// wd is the working folder when the boundary was made: relative paths
	// are made absolute against it without asking the system for each one.
	wd workdir.Dir
}

// New makes a boundary from the repository root and the extra roots the user
// allowed (--allow-outside). Every root must exist; a root that is a file
// allows that file alone.
func New(root string, allow ...string) (*Boundary, error) {
	b := &Boundary{files: map[string]bool{}, wd: workdir.Capture()}
	for _, r := range append([]string{root}, allow...) {
		abs, err := b.wd.Abs(r)
		if err != nil {
			return nil, err
		}
		resolved, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return nil, fmt.Errorf("boundary root: %w", err)
		}
		b.roots = append(b.roots, resolved)
		if info, err := os.Stat(resolved); err == nil && !info.IsDir() {
			b.files[resolved] = true
		}
	}
	return b, nil
}

// Roots returns the resolved roots, the repository root first.
func (b *Boundary) Roots() []string {
	if b == nil {
		return nil
	}
	return append([]string(nil), b.roots...)
}

// Inside resolves path (made absolute, every symlink followed; for a path
// that does not exist, its longest existing parent) and says whether the
// result is one of the roots or below one. A nil boundary returns the path
// unchanged and true.
func (b *Boundary) Inside(path string) (string, bool) {
	if b == nil {
		return path, true
	}
	resolved, _, ok := b.inside(path)
	return resolved, ok
}

// inside is Inside, with the Lstat of the resolved path when resolving it
// took one (nil otherwise): Open then needs no second stat.
func (b *Boundary) inside(path string) (string, os.FileInfo, bool) {
	abs, err := b.wd.Abs(path)
	if err != nil {
		return "", nil, false
	}
	resolved, info, ok := b.resolveCached(abs)
	if !ok {
		return "", nil, false
	}
	for _, r := range b.roots {
		if resolved == r || !b.files[r] && within(r, resolved) {
			return resolved, info, true
		}
	}
	return resolved, nil, false
}

// resolveCached is resolve, with the folder's resolution cached: when the
// folder of abs resolves and abs itself is no symlink, abs resolves to the
// resolved folder joined with its name.
func (b *Boundary) resolveCached(abs string) (string, os.FileInfo, bool) {
	if r, ok := b.paths.Load(abs); ok {
		return r.(string), nil, true
	}
	r, info, ok := b.resolveFolderCached(abs)
	if ok {
		b.paths.Store(abs, r)
	}
	return r, info, ok
}

func (b *Boundary) resolveFolderCached(abs string) (string, os.FileInfo, bool) {
	dir, name := filepath.Split(abs)
	dir = filepath.Clean(dir)
	if dir == abs || name == "" {
		r, ok := resolve(abs, 0)
		return r, nil, ok
	}
	rd, err := b.resolveDir(dir)
	if errors.Is(err, errMissing) {
		// A folder that does not exist (.terraform/modules of a root that
		// was never initialised): its longest existing parent, resolved,
		// with the missing tail kept as written.
		if r, ok := b.resolveMissing(dir); ok {
			return filepath.Join(r, name), nil, true
		}
	}
	if err != nil {
		r, ok := resolve(abs, 0)
		return r, nil, ok
	}
	joined := filepath.Join(rd, name)
	info, err := os.Lstat(joined)
	switch {
	case err != nil:
		return joined, nil, true
	case info.Mode()&os.ModeSymlink != 0:
		r, ok := resolve(abs, 0)
		return r, nil, ok
	}
	return joined, info, true
}

// resolveDir is filepath.EvalSymlinks of a clean absolute folder, cached:
// a folder whose parent is resolved takes one Lstat of its own name, not
// one per component of its path.
func (b *Boundary) resolveDir(dir string) (string, error) {
	if r, ok := b.dirs.Load(dir); ok {
		return r.(string), nil
	}
	r, err := b.resolveDirOnce(dir)
	if err != nil {
		return "", err
	}
	b.dirs.Store(dir, r)
	return r, nil
}

func (b *Boundary) resolveDirOnce(dir string) (string, error) {
	parent := filepath.Dir(dir)
	if parent == dir {
		return filepath.EvalSymlinks(dir)
	}
	rp, err := b.resolveDir(parent)
	if err != nil {
		return "", err
	}
	joined := filepath.Join(rp, filepath.Base(dir))
	info, err := os.Lstat(joined)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("%s: %w", joined, errMissing)
	case err != nil:
		return "", err
	case info.Mode()&os.ModeSymlink != 0:
		return filepath.EvalSymlinks(joined)
	}
	return joined, nil
}

// errMissing says that a component of a folder's path does not exist (and
// is no symlink, dangling or not).
var errMissing = errors.New("no such folder")

// resolveMissing resolves a folder that does not exist: its longest existing
// parent, resolved, joined with the rest as written. It fails when a parent
// cannot be resolved for another reason (a dangling link, a loop): resolve
// handles those.
func (b *Boundary) resolveMissing(dir string) (string, bool) {
	p, rest := dir, ""
	for {
		parent := filepath.Dir(p)
		if parent == p {
			return "", false
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
		r, err := b.resolveDir(p)
		switch {
		case err == nil:
			return filepath.Join(r, rest), true
		case !errors.Is(err, errMissing):
			return "", false
		}
	}
}

// within says whether path is root or below it; both are clean and absolute.
func within(root, path string) bool {
	if path == root {
		return true
	}
	if !strings.HasSuffix(root, string(filepath.Separator)) {
		root += string(filepath.Separator)
	}
	return strings.HasPrefix(path, root)
}

// resolve follows the symlinks of a clean absolute path. A missing tail is
// kept as written; a dangling symlink is followed by hand, so that a path
// through it resolves where the operating system would create the file.
func resolve(abs string, links int) (string, bool) {
	if links > maxLinks {
		return "", false
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, true
	}
	// Walk up to the longest prefix that resolves, remembering the rest.
	p, rest := abs, ""
	for {
		parent := filepath.Dir(p)
		if parent == p {
			return abs, true // nothing resolves; the root folder itself is "/"
		}
		if info, err := os.Lstat(p); err == nil && info.Mode()&os.ModeSymlink != 0 {
			// p exists but cannot be resolved: a dangling link or a loop.
			target, err := os.Readlink(p)
			if err != nil {
				return "", false
			}
			if !filepath.IsAbs(target) {
				// Relative to the folder the link is in, where it really is.
				dir, ok := resolve(parent, links+1)
				if !ok {
					return "", false
				}
				target = filepath.Join(dir, target)
			}
			return resolve(filepath.Join(target, rest), links+1)
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest), true
		}
	}
}

// Open opens a regular file for reading. With a boundary the path must
// resolve inside it and the resolved path is opened without following a
// final symlink. The file's type is checked before it is opened (a FIFO is
// never opened, so it cannot block) and again on the open file, in case it
// was swapped in between.
func (b *Boundary) Open(path string) (*os.File, os.FileInfo, error) {
	target := path
	flags := os.O_RDONLY | openFlags
	var info os.FileInfo
	if b != nil {
		r, lstat, ok := b.inside(path)
		if !ok {
			return nil, nil, fmt.Errorf("%s: %w", path, ErrOutside)
		}
		target, info = r, lstat // no symlink: its Lstat is its Stat
		flags |= noFollow
	}
	var err error
	if info == nil {
		info, err = os.Stat(target)
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			// Name the path as the caller wrote it, not where it resolved.
			return nil, nil, &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
		}
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%s: %w", path, ErrNotRegular)
	}
	f, err := os.OpenFile(target, flags, 0)
	if err != nil {
		return nil, nil, err
	}
	opened, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, nil, err
	}
	if !opened.Mode().IsRegular() || !os.SameFile(info, opened) {
		_ = f.Close()
		return nil, nil, fmt.Errorf("%s: %w (it changed while being opened)", path, ErrNotRegular)
	}
	return f, opened, nil
}

// ReadDir lists a folder, sorted by name, as os.ReadDir does, but opens it
// so that a FIFO swapped in for the folder fails at once instead of waiting
// for a writer. It does not check the boundary: the caller has.
func ReadDir(path string) ([]os.DirEntry, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags|dirOnly, 0)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: path, Err: errors.New("not a folder")}
	}
	entries, err := f.ReadDir(-1)
	slices.SortFunc(entries, func(a, b os.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, err
}

// ReadFile reads a regular file of at most limit bytes through Open.
func (b *Boundary) ReadFile(path string, limit int64) ([]byte, error) {
	f, info, err := b.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: %w: %d bytes is over the limit of %d bytes", path, ErrTooLarge, info.Size(), limit)
	}
	// Sized from the file's length, so that reading does not grow the
	// buffer step by step; a file that grew meanwhile is still capped.
	buf := bytes.NewBuffer(make([]byte, 0, min(info.Size(), limit)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %w: over the limit of %d bytes", path, ErrTooLarge, limit)
	}
	return data, nil
}
