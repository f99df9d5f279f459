package load

import (
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// Callers returns the folders below repoRoot that call any of dirs as a
// local module, directly or through other modules. It reads files as text
// and parses nothing, so that a pre-commit run on one changed file stays
// fast in a large repository.
func Callers(repoRoot string, dirs []string) []string {
	return callers(repoRoot, dirs, fsys.OS(nil))
}

// callers is Callers that reads only regular files, and with a boundary only
// those inside it.
func callers(repoRoot string, dirs []string, b fsys.FS) []string {
	callersOf := map[string][]string{}
	_ = walkDir(b, repoRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != repoRoot && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".tf") && !strings.HasSuffix(p, ".tofu") {
			return nil
		}
		src, err := b.ReadFile(p, MaxFileSize)
		if err != nil {
			return nil
		}
		caller, _ := filepath.Abs(filepath.Dir(p))
		// The module calls as the loader's first pass reads them (only the
		// source of module blocks, not of provisioners or other blocks).
		for _, src := range scanSources(p, src) {
			if isLocalSource(src) {
				callee := filepath.Clean(filepath.Join(caller, filepath.FromSlash(src)))
				callersOf[callee] = append(callersOf[callee], caller)
			}
		}
		return nil
	})
	seen := map[string]bool{}
	var queue []string
	for _, d := range dirs {
		abs, _ := filepath.Abs(d)
		seen[abs] = true
		queue = append(queue, abs)
	}
	var out []string
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		for _, c := range callersOf[d] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
				queue = append(queue, c)
			}
		}
	}
	sort.Strings(out)
	return out
}
