package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pmezard/go-difflib/difflib"
	"github.com/spf13/cobra"

	"github.com/tenantlint/tenantlint/lint/atomicfile"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/peer"
	"github.com/tenantlint/tenantlint/lint/scan"
)

// maxMigrateFile is the largest file migrate-ignores reads.
const maxMigrateFile = 8 << 20

func newMigrateIgnoresCmd(stdout io.Writer) *cobra.Command {
	var write bool
	cmd := &cobra.Command{
		Use:   "migrate-ignores [--write] [PATH...]",
		Short: "Rewrite tfsec, trivy and checkov ignore comments as tenantlint ignores (a diff; --write applies it)",
		Long: "migrate-ignores finds tfsec:ignore, trivy:ignore and checkov:skip comments in the .tf files\n" +
			"below each PATH (default: the current folder) and rewrites them as tenantlint:ignore comments\n" +
			"with the same scope, reason and expiry. Without --write it prints a unified diff and changes\n" +
			"nothing; with --write it replaces each file atomically, keeping its mode. Symbolic links are\n" +
			"never followed and nothing outside the repository is touched. IDs tenantlint does not map\n" +
			"are left as they are and listed.",
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error {
			return migrateIgnores(stdout, args, write)
		},
	}
	cmd.Flags().BoolVar(&write, "write", false, "rewrite the files in place instead of printing a diff")
	return cmd
}

func migrateIgnores(w io.Writer, paths []string, write bool) error {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	root, err := filepath.EvalSymlinks(scan.FindRepoRoot(paths[0]))
	if err != nil {
		return err
	}
	files, err := migrateFiles(root, paths)
	if err != nil {
		return usageError{err}
	}
	t := peer.Default()
	var rewritten, comments int
	var left []string
	for _, f := range files {
		src, err := readSmall(f)
		if err != nil {
			return err
		}
		out, n, l := peer.Rewrite(t, f, src)
		rel := output.RelPath(root, f)
		for _, x := range l {
			left = append(left, fmt.Sprintf("%s:%d: %s %s left as it is: %s", rel, x.Line, x.Tool, x.ID, x.Reason))
		}
		if n == 0 {
			continue
		}
		rewritten++
		comments += n
		if !write {
			diff, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
				A: difflib.SplitLines(string(src)), B: difflib.SplitLines(string(out)),
				FromFile: "a/" + rel, ToFile: "b/" + rel, Context: 3,
			})
			if err != nil {
				return err
			}
			if _, err := io.WriteString(w, cleanLines(diff)); err != nil {
				return err
			}
			continue
		}
		if err := atomicfile.Write(f, func(fw io.Writer) error { _, err := fw.Write(out); return err }); err != nil {
			return err
		}
	}
	verb := "would rewrite"
	if write {
		verb = "rewrote"
	}
	fmt.Fprintf(w, "%s %d ignore(s) in %d file(s)\n", verb, comments, rewritten)
	for _, l := range left {
		fmt.Fprintln(w, output.CleanText(l))
	}
	return nil
}

// migrateFiles lists the .tf files below paths: regular files only (no
// symbolic link is followed, named or found), inside root, skipping
// .terraform and .git folders; sorted.
func migrateFiles(root string, paths []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	inside := func(p string) (string, bool) {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", false
		}
		dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
		if err != nil {
			return "", false
		}
		real := filepath.Join(dir, filepath.Base(abs))
		rel, err := filepath.Rel(root, real)
		return real, err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	add := func(p string) {
		if real, ok := inside(p); ok && !seen[real] {
			seen[real] = true
			out = append(out, real)
		}
	}
	for _, p := range paths {
		info, err := os.Lstat(p)
		if err != nil {
			return nil, err
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("%s is a symbolic link: not followed", p)
		}
		if _, ok := inside(p); !ok && !info.IsDir() {
			return nil, fmt.Errorf("%s is outside the repository %s", p, root)
		}
		if !info.IsDir() {
			if info.Mode().IsRegular() {
				add(p)
			}
			continue
		}
		real, ok := inside(filepath.Join(p, "."))
		if !ok {
			return nil, fmt.Errorf("%s is outside the repository %s", p, root)
		}
		err = filepath.WalkDir(real, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil //nolint:nilerr // an unreadable folder is skipped, like the scan does
			}
			if d.IsDir() && path != real && (d.Name() == ".terraform" || d.Name() == ".git") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".tf") {
				add(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}

func readSmall(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	b, err := io.ReadAll(io.LimitReader(f, maxMigrateFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxMigrateFile {
		return nil, errors.New(path + ": larger than 8 MiB, not rewritten")
	}
	return b, nil
}

// cleanLines cleans each line of text of control characters, keeping the
// line breaks.
func cleanLines(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		lines[i] = output.CleanText(body) + l[len(body):]
	}
	return strings.Join(lines, "")
}
