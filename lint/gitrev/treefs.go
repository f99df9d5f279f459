package gitrev

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// BatchTimeout bounds the life of the one git cat-file --batch process a
// TreeFS reads its blobs through.
const BatchTimeout = 30 * time.Minute

// maxLinks bounds the links one resolution follows, as confine does.
const maxLinks = 40

// DefaultCacheBytes is how many bytes of blob contents a TreeFS keeps once
// read; past it a blob is read from git again when it is asked for again.
const DefaultCacheBytes = 64 << 20

// TreeFS is a tree of a commit or of the index seen as the files below a
// folder (Mount): the loader reads it as it reads the work tree, while
// nothing is checked out or written. Blobs are read lazily, through one git
// cat-file --batch process, and kept up to a byte budget.
//
// It treats links (mode 120000) as confine treats symbolic links: followed
// while they stay inside the tree, never outside it (such a path is outside
// the boundary). Submodules (mode 160000) are not part of it (Submodules
// names them). Paths below Mount that git would refuse to write (a ".git" or
// ".." part, a back slash) do not exist. Paths outside Mount are read
// through Outside when it is set, and are outside the boundary otherwise.
type TreeFS struct {
	repo    *Repo
	mount   string
	outside fsys.FS
	limit   int64
	files   map[string]Entry
	dirs    map[string][]string // slash folder ("." the top) -> sorted child names
	subs    []string

	mu       sync.Mutex
	cat      *catFile
	catErr   error
	cache    map[string][]byte
	cached   int64
	budget   int64
	sizes    map[string]int64
	closed   bool
	readOIDs int
}

// TreeFS makes the files of entries (Tree or Index, or TreeAll's files)
// visible below mount (an absolute folder; it need not exist). A blob over
// limit bytes is never read: opening it fails with confine.ErrTooLarge.
// submodules are the paths TreeAll found, reported by Submodules.
func (r *Repo) TreeFS(entries map[string]Entry, submodules []string, mount string, limit int64, outside fsys.FS) (*TreeFS, error) {
	abs, err := filepath.Abs(mount)
	if err != nil {
		return nil, err
	}
	t := &TreeFS{repo: r, mount: filepath.Clean(abs), outside: outside, limit: limit,
		files: map[string]Entry{}, dirs: map[string][]string{".": nil}, cache: map[string][]byte{},
		budget: DefaultCacheBytes, sizes: map[string]int64{}, subs: slices.Sorted(slices.Values(submodules))}
	children := map[string]map[string]bool{}
	addChild := func(dir, name string) {
		if children[dir] == nil {
			children[dir] = map[string]bool{}
		}
		children[dir][name] = true
	}
	for name, e := range entries {
		if !safeName(name) || (!e.Regular() && e.Mode != "120000") {
			continue
		}
		t.files[name] = e
		for d, n := path.Dir(name), path.Base(name); ; d, n = path.Dir(d), path.Base(d) {
			addChild(d, n)
			if d == "." {
				break
			}
		}
	}
	for d, set := range children {
		t.dirs[d] = slices.Sorted(func(yield func(string) bool) {
			for n := range set {
				if !yield(n) {
					return
				}
			}
		})
	}
	// A name that is both a file and a folder cannot come out of a tree;
	// should it, the file wins and the folder is dropped.
	for name := range t.files {
		delete(t.dirs, name)
	}
	return t, nil
}

// Mount is the folder the tree is seen below.
func (t *TreeFS) Mount() string { return t.mount }

// Submodules are the submodule paths of the tree, which it does not hold.
func (t *TreeFS) Submodules() []string { return slices.Clone(t.subs) }

// BlobsRead is how many blobs were read from git so far.
func (t *TreeFS) BlobsRead() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.readOIDs
}

// Err is the error that stopped reading from git, if one did: a scan that
// lacked files because of it must not be trusted.
func (t *TreeFS) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.catErr
}

// Close stops the git process, if one was started. The TreeFS reads
// nothing afterwards.
func (t *TreeFS) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	if t.cat == nil {
		return nil
	}
	err := t.cat.close()
	t.cat = nil
	return err
}

// rel names path relative to the mount as a slash path ("." the mount
// itself); ok is false for a path not below it.
func (t *TreeFS) rel(p string) (string, bool) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(t.mount, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

func (t *TreeFS) abs(rel string) string {
	if rel == "." {
		return t.mount
	}
	return filepath.Join(t.mount, filepath.FromSlash(rel))
}

// resolve follows the links of a slash path relative to the top; missing
// parts are kept as written. ok is false when a link leads out of the tree,
// a link cannot be read, or there are too many links.
func (t *TreeFS) resolve(rel string, links int) (string, bool) {
	if rel == "." {
		return ".", true
	}
	parts := strings.Split(rel, "/")
	cur := "."
	for i, part := range parts {
		next := path.Join(cur, part)
		e, isFile := t.files[next]
		if isFile && e.Mode == "120000" {
			if links >= maxLinks {
				return "", false
			}
			target, err := t.blob(e)
			if err != nil || len(target) == 0 || bytes.IndexByte(target, 0) >= 0 {
				return "", false
			}
			tg := string(target)
			var joined string
			if path.IsAbs(tg) {
				r, ok := t.rel(filepath.FromSlash(tg))
				if !ok {
					return "", false
				}
				joined = r
			} else {
				joined = path.Join(cur, tg)
			}
			if joined == ".." || strings.HasPrefix(joined, "../") {
				return "", false
			}
			return t.resolve(path.Join(append([]string{joined}, parts[i+1:]...)...), links+1)
		}
		cur = next
	}
	return cur, true
}

// Inside resolves path in the tree (links followed while they stay in it)
// and says whether it may be read; a path outside the mount is Outside's.
func (t *TreeFS) Inside(p string) (string, bool) {
	r, ok := t.rel(p)
	if !ok {
		if t.outside != nil {
			return t.outside.Inside(p)
		}
		return "", false
	}
	res, ok := t.resolve(r, 0)
	if !ok {
		return "", false
	}
	return t.abs(res), true
}

// info describes a resolved slash path.
func (t *TreeFS) info(rel string) (fs.FileInfo, bool) {
	if e, ok := t.files[rel]; ok {
		mode := fs.FileMode(0o644)
		switch e.Mode {
		case "120000":
			mode = fs.ModeSymlink | 0o777
		case "100755":
			mode = 0o755
		}
		return fileInfo{name: path.Base(rel), mode: mode, size: t.size(e)}, true
	}
	if _, ok := t.dirs[rel]; ok {
		return fileInfo{name: path.Base(rel), mode: fs.ModeDir | 0o755}, true
	}
	return nil, false
}

// size is a blob's size once it is known, and 0 before (folder listings
// and links do not read blobs).
func (t *TreeFS) size(e Entry) int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.sizes[e.OID]
}

func notExist(op, p string) error { return &fs.PathError{Op: op, Path: p, Err: fs.ErrNotExist} }

// Stat describes path, following links.
func (t *TreeFS) Stat(p string) (fs.FileInfo, error) {
	r, ok := t.rel(p)
	if !ok {
		if t.outside != nil {
			return t.outside.Stat(p)
		}
		return nil, &fs.PathError{Op: "stat", Path: p, Err: confine.ErrOutside}
	}
	res, ok := t.resolve(r, 0)
	if !ok {
		return nil, &fs.PathError{Op: "stat", Path: p, Err: confine.ErrOutside}
	}
	if e, ok := t.files[res]; ok && e.Regular() {
		if _, err := t.blobSize(e); err != nil {
			return nil, &fs.PathError{Op: "stat", Path: p, Err: err}
		}
	}
	info, ok := t.info(res)
	if !ok {
		return nil, notExist("stat", p)
	}
	return info, nil
}

// Lstat describes path without following a final link.
func (t *TreeFS) Lstat(p string) (fs.FileInfo, error) {
	r, ok := t.rel(p)
	if !ok {
		if t.outside != nil {
			return t.outside.Lstat(p)
		}
		return nil, &fs.PathError{Op: "lstat", Path: p, Err: confine.ErrOutside}
	}
	if r == "." {
		info, _ := t.info(".")
		return info, nil
	}
	dir, ok := t.resolve(path.Dir(r), 0)
	if !ok {
		return nil, &fs.PathError{Op: "lstat", Path: p, Err: confine.ErrOutside}
	}
	info, ok := t.info(path.Join(dir, path.Base(r)))
	if !ok {
		return nil, notExist("lstat", p)
	}
	return info, nil
}

// ReadDir lists a folder of the tree, sorted by name.
func (t *TreeFS) ReadDir(p string) ([]fs.DirEntry, error) {
	r, ok := t.rel(p)
	if !ok {
		if t.outside != nil {
			return t.outside.ReadDir(p)
		}
		return nil, &fs.PathError{Op: "readdir", Path: p, Err: confine.ErrOutside}
	}
	res, ok := t.resolve(r, 0)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: p, Err: confine.ErrOutside}
	}
	names, isDir := t.dirs[res]
	if !isDir {
		if _, isFile := t.files[res]; isFile {
			return nil, &fs.PathError{Op: "readdir", Path: p, Err: errors.New("not a folder")}
		}
		return nil, notExist("readdir", p)
	}
	out := make([]fs.DirEntry, 0, len(names))
	for _, n := range names {
		info, _ := t.info(path.Join(res, n))
		out = append(out, fs.FileInfoToDirEntry(info))
	}
	return out, nil
}

// Open opens a regular file of the tree for reading.
func (t *TreeFS) Open(p string) (io.ReadCloser, fs.FileInfo, error) {
	r, ok := t.rel(p)
	if !ok {
		if t.outside != nil {
			return t.outside.Open(p)
		}
		return nil, nil, fmt.Errorf("%s: %w", p, confine.ErrOutside)
	}
	res, ok := t.resolve(r, 0)
	if !ok {
		return nil, nil, fmt.Errorf("%s: %w", p, confine.ErrOutside)
	}
	e, isFile := t.files[res]
	switch {
	case !isFile && t.dirs[res] != nil:
		return nil, nil, fmt.Errorf("%s: %w", p, confine.ErrNotRegular)
	case !isFile:
		return nil, nil, notExist("open", p)
	case !e.Regular():
		return nil, nil, fmt.Errorf("%s: %w", p, confine.ErrNotRegular)
	}
	size, err := t.blobSize(e)
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	info, _ := t.info(res)
	if size > t.limit {
		return io.NopCloser(tooLarge{p}), info, nil
	}
	data, err := t.blob(e)
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	return io.NopCloser(bytes.NewReader(data)), info, nil
}

// ReadFile reads a regular file of at most limit bytes.
func (t *TreeFS) ReadFile(p string, limit int64) ([]byte, error) {
	if _, ok := t.rel(p); !ok && t.outside != nil {
		return t.outside.ReadFile(p, limit)
	}
	rc, info, err := t.Open(p)
	if err != nil {
		return nil, err
	}
	defer func() { _ = rc.Close() }()
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: %w: %d bytes is over the limit of %d bytes", p, confine.ErrTooLarge, info.Size(), limit)
	}
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	return data, nil
}

// tooLarge is the reader of a blob over the tree's limit: it was not read.
type tooLarge struct{ name string }

func (r tooLarge) Read([]byte) (int, error) {
	return 0, fmt.Errorf("%s: %w", r.name, confine.ErrTooLarge)
}

type fileInfo struct {
	name string
	mode fs.FileMode
	size int64
}

func (f fileInfo) Name() string       { return f.name }
func (f fileInfo) Size() int64        { return f.size }
func (f fileInfo) Mode() fs.FileMode  { return f.mode }
func (f fileInfo) ModTime() time.Time { return time.Time{} }
func (f fileInfo) IsDir() bool        { return f.mode.IsDir() }
func (f fileInfo) Sys() any           { return nil }

// blobSize is a blob's size, asked of git once (without reading it when it
// is over the limit).
func (t *TreeFS) blobSize(e Entry) (int64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n, ok := t.sizes[e.OID]; ok {
		return n, nil
	}
	if _, _, err := t.fetchLocked(e.OID); err != nil {
		return 0, err
	}
	return t.sizes[e.OID], nil
}

// blob is a blob's contents; one over the limit is an error.
func (t *TreeFS) blob(e Entry) ([]byte, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if data, ok := t.cache[e.OID]; ok {
		return data, nil
	}
	data, whole, err := t.fetchLocked(e.OID)
	if err != nil {
		return nil, err
	}
	if !whole {
		return nil, confine.ErrTooLarge
	}
	return data, nil
}

// fetchLocked asks git for one blob: its size always, its contents when
// they are within the limit (whole). Contents are cached within the budget.
func (t *TreeFS) fetchLocked(oid string) (data []byte, whole bool, err error) {
	if t.closed {
		return nil, false, errors.New("git tree closed")
	}
	if t.cat == nil {
		if t.catErr != nil {
			return nil, false, t.catErr
		}
		t.cat, t.catErr = startCatFile(t.repo.Top)
		if t.catErr != nil {
			return nil, false, t.catErr
		}
	}
	size, data, err := t.cat.get(oid, t.limit)
	if err != nil {
		// The stream is out of step: no further answer can be trusted.
		_ = t.cat.close()
		t.cat, t.catErr = nil, err
		return nil, false, err
	}
	t.readOIDs++
	t.sizes[oid] = size
	if data == nil {
		return nil, false, nil
	}
	if t.cached+size <= t.budget {
		t.cache[oid] = data
		t.cached += size
	}
	return data, true, nil
}

// catFile is a running git cat-file --batch.
type catFile struct {
	cmd    *exec.Cmd
	cancel context.CancelFunc
	in     io.WriteCloser
	out    *bufio.Reader
	stderr bytes.Buffer
}

func startCatFile(dir string) (*catFile, error) {
	ctx, cancel := context.WithTimeout(context.Background(), BatchTimeout)
	c := &catFile{cancel: cancel}
	c.cmd = command(ctx, dir, "cat-file", "--batch")
	c.cmd.Stderr = &c.stderr
	var err error
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		cancel()
		return nil, err
	}
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		cancel()
		return nil, err
	}
	if err := c.cmd.Start(); err != nil {
		cancel()
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	c.out = bufio.NewReaderSize(stdout, 1<<16)
	return c, nil
}

// get asks for one object, which must be a blob; its contents are read
// when it is no larger than limit and skipped otherwise (data nil).
func (c *catFile) get(oid string, limit int64) (int64, []byte, error) {
	if !validOID(oid) {
		return 0, nil, fmt.Errorf("git cat-file: bad object name %q", CleanRev(oid))
	}
	if _, err := io.WriteString(c.in, oid+"\n"); err != nil {
		return 0, nil, fmt.Errorf("git cat-file: %w", err)
	}
	header, err := c.out.ReadString('\n')
	if err != nil {
		return 0, nil, fmt.Errorf("git cat-file: %w: %s", err, CleanRev(strings.TrimSpace(c.stderr.String())))
	}
	f := strings.Fields(header)
	if len(f) != 3 || f[0] != oid || f[1] != "blob" {
		return 0, nil, fmt.Errorf("git cat-file: unexpected answer for %s", CleanRev(oid))
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return 0, nil, errors.New("git cat-file: bad size")
	}
	if size > limit {
		if _, err := io.CopyN(io.Discard, c.out, size+1); err != nil {
			return 0, nil, fmt.Errorf("git cat-file: %w", err)
		}
		return size, nil, nil
	}
	data := make([]byte, size+1)
	if _, err := io.ReadFull(c.out, data); err != nil {
		return 0, nil, fmt.Errorf("git cat-file: %w", err)
	}
	if data[size] != '\n' {
		return 0, nil, errors.New("git cat-file: answer out of step")
	}
	return size, data[:size:size], nil
}

func (c *catFile) close() error {
	defer c.cancel()
	_ = c.in.Close()
	err := c.cmd.Wait()
	if err != nil {
		return fmt.Errorf("git cat-file: %w", err)
	}
	return nil
}

// validOID says a name is hexadecimal of SHA-1 or SHA-256 length: nothing
// else is written to git's input.
func validOID(oid string) bool {
	if len(oid) != 40 && len(oid) != 64 {
		return false
	}
	for _, c := range oid {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

var _ fsys.FS = (*TreeFS)(nil)
