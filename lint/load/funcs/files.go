package funcs

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
)

// maxFileSize caps what a file function reads.
const maxFileSize = 10 << 20

// Access is how the file functions of one root module reach the file system.
type Access struct {
	// Dir is the folder that relative paths are taken from.
	Dir string
	// Boundary, when set, is where the functions may look: a path that
	// resolves outside it is not read, and the function returns unknown.
	Boundary *confine.Boundary
	// Files, when set, is what the functions read through instead (a git
	// tree); it confines reads itself. Nil: the operating system's files,
	// through Boundary.
	Files fsys.FS
	// Refused, when set, hears of every path a function was asked to read
	// outside the boundary: the function's name and the path as written.
	Refused func(fn, path string)
	// Missing, when set, hears of every path a function was asked to read
	// that does not exist (inside the boundary): Terraform rejects the
	// configuration then.
	Missing func(fn, path string)
	// Budget, when set, is the root module's evaluation budget: templates
	// rendered by templatefile and templatestring count their steps
	// against it too.
	Budget *limits.Budget
}

// files reads files for one module folder. It never writes.
type files struct{ Access }

// src is what the functions read through.
func (f files) src() fsys.FS { return fsys.Or(f.Files, f.Boundary) }

// resolve makes a path relative to the module folder. Terraform expands
// "~" to the user's home, which a static linter cannot know.
func (f files) resolve(p string) (string, error) {
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		return "", fmt.Errorf("%s depends on the home directory", p)
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	return filepath.Join(f.Dir, p), nil
}

// refuse tells Refused that fn was asked for p outside the boundary.
func (f files) refuse(fn, p string) {
	if f.Refused != nil {
		f.Refused(fn, p)
	}
}

// missing tells Missing that fn was asked for p, which does not exist.
func (f files) missing(fn, p string, err error) {
	if f.Missing != nil && errors.Is(err, fs.ErrNotExist) {
		f.Missing(fn, p)
	}
}

// read returns a regular file's contents, refusing devices, pipes, paths
// outside the boundary (an error that wraps confine.ErrOutside) and anything
// larger than maxFileSize.
func (f files) read(p string) ([]byte, error) {
	path, err := f.resolve(p)
	if err != nil {
		return nil, err
	}
	b, err := f.src().ReadFile(path, maxFileSize)
	switch {
	case err == nil:
		return b, nil
	case errors.Is(err, confine.ErrOutside):
		return nil, fmt.Errorf("%s: %w", p, confine.ErrOutside)
	case errors.Is(err, confine.ErrNotRegular):
		return nil, fmt.Errorf("%s is not a regular file", p)
	case errors.Is(err, confine.ErrTooLarge):
		return nil, fmt.Errorf("%s is larger than %d bytes", p, maxFileSize)
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("no file exists at %s: %w", p, err)
	}
	return nil, err
}

// text returns a file's contents as a UTF-8 string.
func (f files) text(p string) (string, error) {
	b, err := f.read(p)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("contents of %s are not valid UTF-8; use filebase64 or a file hash function instead", p)
	}
	return string(b), nil
}

// fileFunc makes the function name that reads a file and turns its bytes
// into a string. A path outside the boundary gives an unknown string.
func (f files) fileFunc(name, desc string, conv func(p string, b []byte) (string, error)) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params:      []function.Parameter{str("path")},
		Type:        function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			b, err := f.read(p)
			if errors.Is(err, confine.ErrOutside) {
				f.refuse(name, p)
				return cty.UnknownVal(cty.String), nil
			}
			if err != nil {
				f.missing(name, p, err)
				return cty.NilVal, err
			}
			out, err := conv(p, b)
			if err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(out), nil
		},
	})
}

func hashed(h func([]byte) string) func(string, []byte) (string, error) {
	return func(_ string, b []byte) (string, error) { return h(b), nil }
}

func fileFuncs(a Access) map[string]function.Function {
	f := files{a}
	dir := a.Dir
	utf8Text := func(p string, b []byte) (string, error) {
		if !utf8.Valid(b) {
			return "", fmt.Errorf("contents of %s are not valid UTF-8; use filebase64 or a file hash function instead", p)
		}
		return string(b), nil
	}
	return map[string]function.Function{
		"file": f.fileFunc("file", "Reads a UTF-8 file as a string.", utf8Text),
		"filebase64": f.fileFunc("filebase64", "Reads a file and encodes its bytes in Base64.", func(_ string, b []byte) (string, error) {
			return base64.StdEncoding.EncodeToString(b), nil
		}),
		"filemd5":          f.fileFunc("filemd5", "Returns the hex MD5 hash of a file.", hashed(hexOf(md5Sum))),
		"filesha1":         f.fileFunc("filesha1", "Returns the hex SHA-1 hash of a file.", hashed(hexOf(sha1Sum))),
		"filesha256":       f.fileFunc("filesha256", "Returns the hex SHA-256 hash of a file.", hashed(hexOf(sha256Sum))),
		"filesha512":       f.fileFunc("filesha512", "Returns the hex SHA-512 hash of a file.", hashed(hexOf(sha512Sum))),
		"filebase64sha256": f.fileFunc("filebase64sha256", "Returns the Base64 SHA-256 hash of a file.", hashed(base64Of(sha256Sum))),
		"filebase64sha512": f.fileFunc("filebase64sha512", "Returns the Base64 SHA-512 hash of a file.", hashed(base64Of(sha512Sum))),
		"fileexists":       f.existsFunc(),
		"fileset":          f.setFunc(),
		"abspath": stringFunc("Returns the absolute form of a path, relative paths being taken from the module folder.", func(p string) (string, error) {
			abs, err := filepath.Abs(filepath.Join(dir, p))
			if filepath.IsAbs(p) {
				abs, err = filepath.Clean(p), nil
			}
			return filepath.ToSlash(abs), err
		}),
		"basename": stringFunc("Returns the last element of a path.", func(p string) (string, error) {
			return filepath.Base(p), nil
		}),
		"dirname": stringFunc("Returns all but the last element of a path.", func(p string) (string, error) {
			return filepath.Dir(p), nil
		}),
		"pathexpand": pathExpandFunc,
	}
}

// existsFunc reports whether a regular file exists; a directory or other
// special file is an error, as in Terraform. Outside the boundary the answer
// is unknown.
func (f files) existsFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Reports whether a file exists at the path.",
		Params:      []function.Parameter{str("path")},
		Type:        function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			asked := args[0].AsString()
			path, err := f.resolve(asked)
			if err != nil {
				return cty.NilVal, err
			}
			path, inside := f.src().Inside(path)
			if !inside {
				f.refuse("fileexists", asked)
				return cty.UnknownVal(cty.Bool), nil
			}
			info, err := f.src().Stat(path)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return cty.False, nil
			case err != nil:
				return cty.NilVal, err
			case !info.Mode().IsRegular():
				return cty.NilVal, fmt.Errorf("%s is not a regular file", asked)
			}
			return cty.True, nil
		},
	})
}

// setFunc lists the files under a folder that match a glob pattern, as
// slash-separated paths relative to that folder. With a boundary, a base
// folder outside it gives an unknown set, the walk does not enter folders
// outside it, and a match that resolves outside it is left out.
func (f files) setFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the files under path that match pattern.",
		Params:      []function.Parameter{str("path"), str("pattern")},
		Type:        function.StaticReturnType(cty.Set(cty.String)),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			asked := args[0].AsString()
			base, err := f.resolve(asked)
			if err != nil {
				return cty.NilVal, err
			}
			pattern := args[1].AsString()
			if !doublestar.ValidatePattern(pattern) {
				return cty.NilVal, function.NewArgErrorf(1, "invalid glob pattern %q", pattern)
			}
			if f.Boundary != nil || f.Files != nil {
				resolved, inside := f.src().Inside(base)
				if !inside {
					f.refuse("fileset", asked)
					return cty.UnknownVal(cty.Set(cty.String)), nil
				}
				base = resolved
			}
			matches, err := doublestar.Glob(confinedFS{base: base, b: f.src()}, pattern, doublestar.WithFilesOnly())
			if err != nil {
				return cty.NilVal, err
			}
			vals := make([]cty.Value, 0, len(matches))
			for _, m := range matches {
				if f.Boundary != nil || f.Files != nil {
					if _, inside := f.src().Inside(filepath.Join(base, filepath.FromSlash(m))); !inside {
						f.refuse("fileset", path.Join(filepath.ToSlash(asked), m))
						continue
					}
				}
				vals = append(vals, cty.StringVal(m))
			}
			if len(vals) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			return cty.SetVal(vals), nil
		},
	})
}

// confinedFS is a folder's file system, as os.DirFS, except that whatever
// resolves outside the boundary (if there is one) does not exist, and that
// it never opens a special file: opening a FIFO would wait for a writer.
type confinedFS struct {
	base string
	b    fsys.FS
}

func (c confinedFS) path(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	resolved, inside := c.b.Inside(filepath.Join(c.base, filepath.FromSlash(name)))
	if !inside {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return resolved, nil
}

func (c confinedFS) Open(name string) (fs.File, error) {
	p, err := c.path("open", name)
	if err != nil {
		return nil, err
	}
	info, err := c.b.Stat(p)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		entries, err := c.b.ReadDir(p)
		if err != nil {
			return nil, err
		}
		return &dirFile{info: info, entries: entries}, nil
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: confine.ErrNotRegular}
	}
	rc, opened, err := c.b.Open(p)
	if err != nil {
		return nil, err
	}
	return openFile{ReadCloser: rc, info: opened}, nil
}

func (c confinedFS) Stat(name string) (fs.FileInfo, error) {
	p, err := c.path("stat", name)
	if err != nil {
		return nil, err
	}
	return c.b.Stat(p)
}

func (c confinedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, err := c.path("readdir", name)
	if err != nil {
		return nil, err
	}
	return c.b.ReadDir(p)
}

// openFile is a regular file opened through the boundary.
type openFile struct {
	io.ReadCloser
	info fs.FileInfo
}

func (f openFile) Stat() (fs.FileInfo, error) { return f.info, nil }

// dirFile is an opened folder: listed at once, never read as bytes.
type dirFile struct {
	info    fs.FileInfo
	entries []fs.DirEntry
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a folder")}
}
func (d *dirFile) Close() error { return nil }

// ReadDir lists n entries at a time as fs.ReadDirFile says (all for n <= 0).
func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		out := d.entries
		d.entries = nil
		return out, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	out := d.entries[:n]
	d.entries = d.entries[n:]
	return out, nil
}

// pathExpandFunc leaves paths without a leading "~" alone; expanding "~"
// needs the home directory, so that result is unknown.
var pathExpandFunc = function.New(&function.Spec{
	Description: "Expands a leading ~ to the home directory (unknown here).",
	Params:      []function.Parameter{str("path")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if p := args[0].AsString(); !strings.HasPrefix(p, "~") {
			return cty.StringVal(p), nil
		}
		return cty.UnknownVal(cty.String), nil
	},
})
