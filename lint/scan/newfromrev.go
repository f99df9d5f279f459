package scan

import (
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/gitrev"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
	"github.com/tenantlint/tenantlint/lint/output"
)

// gitSide says where the scanned tree's files come from when findings are
// compared with a revision: the work tree (files hashed as git would), or a
// staged tree read from the index (pre-commit mode).
type gitSide struct {
	repo *gitrev.Repo
	// base is the repository's top: where the work tree is, and where
	// the index and the revision are seen (gitrev.TreeFS).
	base string
	// index, when set, lists the scanned tree's files (pre-commit mode);
	// nil means the work tree, read through the boundary.
	index map[string]gitrev.Entry
	// files is the index seen as files (pre-commit mode); nil means the
	// work tree.
	files fsys.FS
}

// revRequest is the --new-from-rev (or new_from_rev) in force, if any.
func revRequest(opts Options, s *Settings) (rev, from string) {
	switch {
	case opts.All:
		return "", ""
	case opts.Staged && opts.NewFromRev != "":
		return opts.NewFromRev, "--staged"
	case opts.NewFromRev != "":
		return opts.NewFromRev, "--new-from-rev"
	case s.Config != nil && s.Config.NewFromRev != "":
		return s.Config.NewFromRev, "new_from_rev in " + output.RelPath(s.RepoRoot, s.Config.Path)
	}
	return "", ""
}

// NewFromRev drops the findings that are present at rev: those of root
// modules whose files (and the files of the local modules they call) are the
// same at rev, and those whose fingerprint, or whose check, root, address and
// argument path, a scan of the root as it is at rev also reports. The roots
// that differ are read straight from git objects (nothing is written) and
// scanned as the work tree was.
// It returns the findings kept and a diagnostic that counts the others.
func NewFromRev(opts Options, s *Settings, res *Collected, findings []*lint.Finding, side *gitSide, rev, from string) ([]*lint.Finding, []lint.Diagnostic, error) {
	if side == nil {
		repo, err := gitrev.Open(s.RepoRoot)
		if err != nil {
			return nil, nil, UsageError{fmt.Errorf("%s: %w", from, err)}
		}
		side = &gitSide{repo: repo, base: repo.Top}
		if !strings.HasPrefix(from, "--") {
			// A setting from the scanned tree may only compare with the
			// repository that tree is: not one a .git file points at.
			if _, inside := s.Boundary.Inside(repo.CommonDir); !inside {
				return nil, nil, fmt.Errorf("%s: the repository's git folder %s is outside the scanned repository; use --new-from-rev to compare anyway", from, repo.CommonDir)
			}
		}
	}
	commit, ok, err := side.repo.Resolve(rev)
	if err != nil {
		return nil, nil, UsageError{fmt.Errorf("%s: %w", from, err)}
	}
	if !ok {
		return nil, nil, UsageError{fmt.Errorf("%s: %q is not a commit of this repository", from, gitrev.CleanRev(rev))}
	}
	revFiles, revSubs, err := side.repo.TreeAll(commit)
	if err != nil {
		return nil, nil, err
	}
	baseAbs := realDir(side.base)
	real := map[string]string{}
	// relOf names a folder relative to the tree's top.
	relOf := func(dir string) (string, bool) {
		rd, ok := real[dir]
		if !ok {
			rd = realDir(dir)
			real[dir] = rd
		}
		r, err := filepath.Rel(baseAbs, rd)
		if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return "", false
		}
		return filepath.ToSlash(r), true
	}

	// Which folders differ between the scanned tree and rev.
	candidates := map[string]bool{}
	for _, name := range res.Files {
		if r, ok := relOf(filepath.Dir(name)); ok {
			candidates[r] = true
		}
	}
	for _, dir := range res.RootDirs {
		if r, ok := relOf(dir); ok {
			candidates[r] = true
		}
	}
	revDirs := map[string]map[string]gitrev.Entry{}
	for name, e := range revFiles {
		d := path.Dir(name)
		if revDirs[d] == nil {
			revDirs[d] = map[string]gitrev.Entry{}
		}
		revDirs[d][path.Base(name)] = e
		if load.IsConfigFile(name) || strings.HasSuffix(name, ".tfvars") || strings.HasSuffix(name, ".tfvars.json") {
			candidates[d] = true
		}
	}
	var workDirs map[string]map[string]gitrev.Entry
	if side.index != nil {
		workDirs = byDir(side.index)
	}
	absSources := make(map[string][]byte, len(res.Sources))
	for name, src := range res.Sources {
		if d, ok := relOf(filepath.Dir(name)); ok {
			absSources[filepath.Join(baseAbs, filepath.FromSlash(d), filepath.Base(name))] = src
		}
	}
	var changed []string
	for d := range candidates {
		var now map[string]gitrev.Entry
		if workDirs != nil {
			now = workDirs[d]
		} else {
			now = workTreeDir(side.repo, baseAbs, s.Boundary, absSources, d)
		}
		if !sameDir(now, revDirs[d]) {
			changed = append(changed, d)
		}
	}
	sort.Strings(changed)

	dirty := map[string]bool{}
	if len(changed) > 0 {
		abs := make([]string, len(changed))
		for i, d := range changed {
			dirty[d] = true
			abs[i] = filepath.Join(baseAbs, filepath.FromSlash(d))
		}
		for _, c := range load.CallersIn(baseAbs, abs, fsys.Or(side.files, s.Boundary)) {
			if r, ok := relOf(c); ok {
				dirty[r] = true
			}
		}
	}

	rootOf := func(fd *lint.Finding) (string, bool) {
		file := fd.Range.Filename
		if len(fd.ModuleCalls) > 0 {
			file = fd.ModuleCalls[0].Filename
		}
		return relOf(filepath.Dir(file))
	}
	var dirtyRoots []string
	for _, dir := range res.RootDirs {
		if r, ok := relOf(dir); ok && dirty[r] {
			dirtyRoots = append(dirtyRoots, r)
		}
	}
	sort.Strings(dirtyRoots)
	rel := func(name string) string { return output.RelPath(s.RepoRoot, name) }
	var atRev map[string]bool
	var revDiags []lint.Diagnostic
	if len(dirtyRoots) > 0 {
		if atRev, revDiags, err = scanAtRev(opts, s, side, revFiles, revSubs, revDirs, dirtyRoots, rev); err != nil {
			return nil, nil, err
		}
	}
	kept := make([]*lint.Finding, 0, len(findings))
	hidden := 0
	for _, fd := range findings {
		root, ok := rootOf(fd)
		isNew := true
		switch {
		case ok && !dirty[root]:
			isNew = false
		case ok:
			isNew = !atRev[fd.Fingerprint(rel(fd.Range.Filename))] && !atRev[movedKey(fd, root)]
		}
		if !isNew {
			if fd.Status == lint.Open {
				hidden++
			}
			continue
		}
		kept = append(kept, fd)
	}
	diags := revDiags
	if hidden > 0 {
		diags = append(diags, lint.Diagnostic{Severity: lint.DiagInfo, Summary: "Findings present at the base revision not shown",
			Detail: fmt.Sprintf("the scanned root modules still hold %d finding(s) that %s (%s) has too; only new findings are reported; --all shows them all", hidden, gitrev.CleanRev(rev), from)})
	}
	return kept, diags, nil
}

// movedKey identifies a finding by check, root module, address and argument
// path: a resource moved to another file of its root keeps it.
func movedKey(fd *lint.Finding, root string) string {
	return "moved\x00" + fd.Check.ID + "\x00" + root + "\x00" + fd.Address + "\x00" + fd.Path
}

// scanAtRev scans the roots as they are at rev, read straight from git
// objects (a gitrev.TreeFS seen where the work tree is: nothing is checked
// out or written), with the same settings, and returns the fingerprints
// (and moved keys) of the findings left open.
func scanAtRev(opts Options, s *Settings, side *gitSide, revFiles map[string]gitrev.Entry, revSubs []string, revDirs map[string]map[string]gitrev.Entry, roots []string, rev string) (map[string]bool, []lint.Diagnostic, error) {
	out := map[string]bool{}
	var paths []string
	for _, r := range roots {
		if f := firstConfig(revDirs[r]); f != "" {
			paths = append(paths, filepath.Join(side.base, filepath.FromSlash(r), f))
		}
	}
	if len(paths) == 0 {
		return out, nil, nil
	}
	tree, err := side.repo.TreeFS(revFiles, revSubs, side.base, maxTreeBlob, outsideTree(s.Boundary, side.base))
	if err != nil {
		return nil, nil, err
	}
	defer func() { _ = tree.Close() }()
	lo := load.Options{Vars: opts.Vars, VarFiles: s.VarFiles, Env: opts.Env, Boundary: s.Boundary, Files: tree}
	if s.Config != nil && len(s.Config.ExcludePaths) > 0 {
		lo.Exclude = s.Config.Excluded
	}
	res := load.Load(paths, lo)
	if err := tree.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading the base revision: %w", err)
	}
	findings, _ := lint.RunWith(res.Modules, s.Checks, lint.RunOptions{Now: opts.Now})
	findings = ApplyConfig(s.Config, findings)
	if !opts.NoInlineIgnores {
		Suppress(opts, s, res.Sources, findings)
	}
	for _, fd := range findings {
		if fd.Status != lint.Open {
			continue
		}
		out[fd.Fingerprint(output.RelPath(s.RepoRoot, fd.Range.Filename))] = true
		file := fd.Range.Filename
		if len(fd.ModuleCalls) > 0 {
			file = fd.ModuleCalls[0].Filename
		}
		if r, err := filepath.Rel(side.base, filepath.Dir(file)); err == nil {
			out[movedKey(fd, filepath.ToSlash(r))] = true
		}
	}
	return out, submoduleNote(tree.Submodules(), gitrev.CleanRev(rev)), nil
}

// maxTreeBlob is the largest blob a git tree reads: the largest file any
// reader of the loader takes (the module manifest).
const maxTreeBlob = 16 << 20

// outsideTree is what a git tree seen at mount reads outside it: the roots
// of the boundary that are not within the tree (--allow-outside folders,
// var files), as the work tree's scan does; nil when there are none.
func outsideTree(b *confine.Boundary, mount string) fsys.FS {
	var roots []string
	for _, r := range b.Roots() {
		if rel, err := filepath.Rel(mount, r); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		roots = append(roots, r)
	}
	if len(roots) == 0 {
		return nil
	}
	ob, err := confine.New(roots[0], roots[1:]...)
	if err != nil {
		return nil
	}
	return fsys.OS(ob)
}

// submoduleNote says that a tree's submodules were not read: git holds
// only the commit they point at.
func submoduleNote(subs []string, where string) []lint.Diagnostic {
	if len(subs) == 0 {
		return nil
	}
	return []lint.Diagnostic{{Severity: lint.DiagInfo, Summary: "Submodules not scanned",
		Detail: fmt.Sprintf("%s holds %d submodule(s) (the first: %s); git stores only the commit each points at, so their files were not read", where, len(subs), gitrev.CleanRev(subs[0]))}}
}

func realDir(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

func byDir(files map[string]gitrev.Entry) map[string]map[string]gitrev.Entry {
	out := map[string]map[string]gitrev.Entry{}
	for name, e := range files {
		d := path.Dir(name)
		if out[d] == nil {
			out[d] = map[string]gitrev.Entry{}
		}
		out[d][path.Base(name)] = e
	}
	return out
}

// workTreeDir lists the files of one folder of the work tree with the blob
// names git would give them, reading through the boundary (the loaded
// sources are not read again). A link, or a file that cannot be read, gets
// a name no blob has, so the folder counts as changed.
func workTreeDir(repo *gitrev.Repo, base string, b *confine.Boundary, sources map[string][]byte, dir string) map[string]gitrev.Entry {
	full := filepath.Join(base, filepath.FromSlash(dir))
	entries, err := confine.ReadDir(full)
	if err != nil {
		return nil
	}
	out := map[string]gitrev.Entry{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		p := filepath.Join(full, e.Name())
		if !e.Type().IsRegular() {
			out[e.Name()] = gitrev.Entry{Mode: "link", OID: "-"}
			continue
		}
		src, ok := sources[p]
		if !ok {
			if src, err = b.ReadFile(p, load.MaxFileSize); err != nil {
				out[e.Name()] = gitrev.Entry{Mode: "unreadable", OID: "-"}
				continue
			}
		}
		out[e.Name()] = gitrev.Entry{Mode: "100644", OID: repo.BlobID(src)}
	}
	return out
}

// sameDir compares two folder listings by name and content (not mode: an
// executable bit changes no finding).
func sameDir(a, b map[string]gitrev.Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for n, e := range a {
		f, ok := b[n]
		if !ok || e.OID != f.OID || (e.Mode == "120000") != (f.Mode == "120000") {
			return false
		}
	}
	return true
}

func firstConfig(files map[string]gitrev.Entry) string {
	var names []string
	for n := range files {
		if load.IsConfigFile(n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return names[0]
}
