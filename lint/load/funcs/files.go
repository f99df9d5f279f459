package funcs

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// maxFileSize caps what a file function reads.
const maxFileSize = 10 << 20

// files reads files for one module folder. It never writes.
type files struct{ dir string }

// resolve makes a path relative to the module folder. Terraform expands
// "~" to the user's home, which a static linter cannot know.
func (f files) resolve(p string) (string, error) {
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		return "", fmt.Errorf("%s depends on the home directory", p)
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	return filepath.Join(f.dir, p), nil
}

// read returns a regular file's contents, refusing devices, pipes and
// anything larger than maxFileSize.
func (f files) read(p string) ([]byte, error) {
	path, err := f.resolve(p)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("no file exists at %s: %w", p, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", p)
	}
	if info.Size() > maxFileSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", p, maxFileSize)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = fh.Close() }()
	b, err := io.ReadAll(io.LimitReader(fh, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxFileSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", p, maxFileSize)
	}
	return b, nil
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

// fileFunc makes a function that reads a file and turns its bytes into a
// string.
func (f files) fileFunc(desc string, conv func([]byte) (string, error)) function.Function {
	return stringFunc(desc, func(p string) (string, error) {
		b, err := f.read(p)
		if err != nil {
			return "", err
		}
		return conv(b)
	})
}

func hashed(h func([]byte) string) func([]byte) (string, error) {
	return func(b []byte) (string, error) { return h(b), nil }
}

func fileFuncs(dir string) map[string]function.Function {
	f := files{dir: dir}
	return map[string]function.Function{
		"file": stringFunc("Reads a UTF-8 file as a string.", f.text),
		"filebase64": f.fileFunc("Reads a file and encodes its bytes in Base64.", func(b []byte) (string, error) {
			return base64.StdEncoding.EncodeToString(b), nil
		}),
		"filemd5":          f.fileFunc("Returns the hex MD5 hash of a file.", hashed(hexOf(md5Sum))),
		"filesha1":         f.fileFunc("Returns the hex SHA-1 hash of a file.", hashed(hexOf(sha1Sum))),
		"filesha256":       f.fileFunc("Returns the hex SHA-256 hash of a file.", hashed(hexOf(sha256Sum))),
		"filesha512":       f.fileFunc("Returns the hex SHA-512 hash of a file.", hashed(hexOf(sha512Sum))),
		"filebase64sha256": f.fileFunc("Returns the Base64 SHA-256 hash of a file.", hashed(base64Of(sha256Sum))),
		"filebase64sha512": f.fileFunc("Returns the Base64 SHA-512 hash of a file.", hashed(base64Of(sha512Sum))),
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
// special file is an error, as in Terraform.
func (f files) existsFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Reports whether a file exists at the path.",
		Params:      []function.Parameter{str("path")},
		Type:        function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			path, err := f.resolve(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			info, err := os.Stat(path)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return cty.False, nil
			case err != nil:
				return cty.NilVal, err
			case !info.Mode().IsRegular():
				return cty.NilVal, fmt.Errorf("%s is not a regular file", args[0].AsString())
			}
			return cty.True, nil
		},
	})
}

// setFunc lists the files under a folder that match a glob pattern, as
// slash-separated paths relative to that folder.
func (f files) setFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the files under path that match pattern.",
		Params:      []function.Parameter{str("path"), str("pattern")},
		Type:        function.StaticReturnType(cty.Set(cty.String)),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			base, err := f.resolve(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			pattern := args[1].AsString()
			if !doublestar.ValidatePattern(pattern) {
				return cty.NilVal, function.NewArgErrorf(1, "invalid glob pattern %q", pattern)
			}
			matches, err := doublestar.Glob(os.DirFS(base), pattern, doublestar.WithFilesOnly())
			if err != nil {
				return cty.NilVal, err
			}
			if len(matches) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			vals := make([]cty.Value, len(matches))
			for i, m := range matches {
				vals[i] = cty.StringVal(m)
			}
			return cty.SetVal(vals), nil
		},
	})
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
