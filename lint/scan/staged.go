package scan

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/tenantlint/tenantlint/lint/gitrev"
	"github.com/tenantlint/tenantlint/lint/load"
)

// prepareStaged is staged when opts.Staged, and otherwise nothing: it
// returns whether there is anything to scan. A first commit (no HEAD) gates
// on everything it holds (opts.All).
func prepareStaged(opts *Options) (*gitSide, func(), bool, error) {
	if !opts.Staged {
		return nil, func() {}, true, nil
	}
	side, cleanup, anything, err := staged(opts)
	switch {
	case err != nil || !anything:
	case side == nil:
		opts.All = true
	case !opts.All:
		opts.NewFromRev = "HEAD"
	}
	return side, cleanup, anything, err
}

// staged prepares a pre-commit run (--staged): the tree the commit will
// record is read from the index (not from the work tree, which may hold
// unstaged or untracked files) straight from git objects, and the paths become
// the folders of the files the commit adds, changes, renames or deletes
// (found from git, not from a list of file names), plus the root modules that
// call them. With a HEAD the findings are then compared with HEAD; a first
// commit gates on everything it holds. It returns the side to compare with
// (nil for a first commit), a cleanup, and whether there is anything to scan.
func staged(opts *Options) (side *gitSide, cleanup func(), any bool, err error) {
	cleanup = func() {}
	dir := "."
	if len(opts.Paths) > 0 {
		dir = opts.Paths[0]
		if info, err := os.Stat(dir); err == nil && !info.IsDir() {
			dir = filepath.Dir(dir)
		}
	}
	repo, err := gitrev.Open(dir)
	if err != nil {
		return nil, cleanup, false, UsageError{fmt.Errorf("--staged: %w", err)}
	}
	index, subs, err := repo.IndexAll()
	if err != nil {
		return nil, cleanup, false, err
	}
	head, hasHead, err := repo.Resolve("HEAD")
	if err != nil {
		return nil, cleanup, false, err
	}
	var headFiles map[string]gitrev.Entry
	if hasHead {
		if headFiles, err = repo.Tree(head); err != nil {
			return nil, cleanup, false, err
		}
	}
	touched := map[string]bool{}
	for name, e := range index {
		if h, ok := headFiles[name]; !ok || h.OID != e.OID || h.Mode != e.Mode {
			touched[path.Dir(name)] = true
		}
	}
	for name := range headFiles {
		if _, ok := index[name]; !ok {
			touched[path.Dir(name)] = true
		}
	}
	if len(touched) == 0 {
		return nil, cleanup, false, nil
	}
	// The index is seen where the work tree is, read from git objects as
	// the loader asks for files: nothing is written anywhere.
	top := repo.Top
	tree, err := repo.TreeFS(index, subs, top, maxTreeBlob, nil)
	if err != nil {
		return nil, cleanup, false, err
	}
	cleanup = func() { _ = tree.Close() }
	staged := byDir(index)
	var dirs []string
	for d := range touched {
		dirs = append(dirs, filepath.Join(top, filepath.FromSlash(d)))
	}
	sort.Strings(dirs)
	// A folder emptied of Terraform (a module removed) still makes its
	// callers roots to scan.
	dirs = append(dirs, load.CallersIn(top, dirs, tree)...)
	seen := map[string]bool{}
	var paths []string
	for _, d := range dirs {
		r, err := filepath.Rel(top, d)
		if err != nil {
			continue
		}
		r = filepath.ToSlash(r)
		if seen[r] {
			continue
		}
		seen[r] = true
		if f := firstConfig(staged[r]); f != "" {
			paths = append(paths, filepath.Join(d, f))
		}
	}
	if len(paths) == 0 {
		return nil, cleanup, false, nil
	}
	sort.Strings(paths)
	opts.Paths = paths
	opts.RepoRoot = top
	opts.files = tree
	if !hasHead {
		return nil, cleanup, true, nil
	}
	return &gitSide{repo: repo, base: top, index: index, files: tree}, cleanup, true, nil
}
