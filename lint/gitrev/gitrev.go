// Package gitrev reads a git repository's revisions and index without
// touching its work tree, index or refs, by running the git command's
// plumbing (rev-parse, ls-tree, ls-files, cat-file --batch). A TreeFS shows
// a tree to the loader as files, read from git objects as they are asked
// for: nothing is checked out or written anywhere.
//
// The git command is used rather than a Go git library because it reads
// every repository layout git itself writes (worktrees, packs, SHA-256
// object names, alternates, partial clones) and is present wherever a
// pre-commit hook or a CI checkout runs. Only plumbing that reads objects is
// run: no command that reads the work tree, so no clean filter, textconv,
// external diff or fsmonitor the repository's configuration names is ever
// started.
package gitrev

import (
	"bytes"
	"context"
	"crypto/sha1" //nolint:gosec // git names blobs with SHA-1: this computes a name, not a security property
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// Timeout bounds each git command.
const Timeout = 2 * time.Minute

// Repo is a git repository found from a folder inside its work tree.
type Repo struct {
	// Top is the work tree's top folder (absolute).
	Top string
	// CommonDir is the repository's object store folder (absolute).
	CommonDir string
	// Format is the object format: "sha1" or "sha256".
	Format string
}

// Entry is one file of a tree or of the index.
type Entry struct {
	// Mode is git's octal mode: 100644, 100755 (files), 120000 (links),
	// 160000 (submodules).
	Mode string
	// OID is the blob's object name.
	OID string
}

// Regular says the entry is a plain or executable file.
func (e Entry) Regular() bool { return e.Mode == "100644" || e.Mode == "100755" }

// Open finds the repository that holds dir.
func Open(dir string) (*Repo, error) {
	out, err := run(dir, "rev-parse", "--path-format=absolute", "--show-toplevel", "--git-common-dir", "--show-object-format")
	if err != nil {
		return nil, fmt.Errorf("not a git work tree: %w", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != 3 {
		return nil, errors.New("git rev-parse: unexpected output")
	}
	r := &Repo{Top: filepath.Clean(lines[0]), CommonDir: filepath.Clean(lines[1]), Format: lines[2]}
	if r.Format != "sha1" && r.Format != "sha256" {
		return nil, fmt.Errorf("git object format %q is not supported", CleanRev(r.Format))
	}
	return r, nil
}

// ValidRev says whether rev may be handed to git as a revision: not empty,
// not an option, no white space or control characters, at most 256 bytes.
func ValidRev(rev string) error {
	switch {
	case rev == "":
		return errors.New("empty revision")
	case len(rev) > 256:
		return errors.New("revision longer than 256 bytes")
	case strings.HasPrefix(rev, "-"):
		return fmt.Errorf("revision %q starts with '-'", CleanRev(rev))
	}
	for _, c := range rev {
		if unicode.IsSpace(c) || unicode.IsControl(c) || c == unicode.ReplacementChar {
			return fmt.Errorf("revision %q holds white space or control characters", CleanRev(rev))
		}
	}
	return nil
}

// CleanRev makes a revision printable: control characters become '?' and it
// is cut to 80 characters.
func CleanRev(rev string) string {
	var b strings.Builder
	for i, c := range rev {
		if i >= 80 {
			b.WriteString("…")
			break
		}
		if unicode.IsControl(c) || !unicode.IsPrint(c) {
			c = '?'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Resolve names the commit rev stands for; ok is false when there is none
// (a repository without commits has no HEAD).
func (r *Repo) Resolve(rev string) (oid string, ok bool, err error) {
	if err := ValidRev(rev); err != nil {
		return "", false, err
	}
	out, err := run(r.Top, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", false, nil
		}
		return "", false, err
	}
	return strings.TrimSpace(string(out)), true, nil
}

// Tree lists every file of a commit's tree, by slash path from the top.
func (r *Repo) Tree(commit string) (map[string]Entry, error) {
	files, _, err := r.TreeAll(commit)
	return files, err
}

// TreeAll is Tree, with the paths of the submodules it leaves out.
func (r *Repo) TreeAll(commit string) (map[string]Entry, []string, error) {
	out, err := run(r.Top, "ls-tree", "-r", "-z", "--full-tree", commit)
	if err != nil {
		return nil, nil, err
	}
	files := map[string]Entry{}
	var subs []string
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		if !ok || len(f) != 3 {
			return nil, nil, errors.New("git ls-tree: unexpected output")
		}
		if f[1] != "blob" {
			subs = append(subs, string(name))
			continue
		}
		files[string(name)] = Entry{Mode: f[0], OID: f[2]}
	}
	return files, subs, nil
}

// Index lists the files staged in the index (stage 0), by slash path.
func (r *Repo) Index() (map[string]Entry, error) {
	files, _, err := r.IndexAll()
	return files, err
}

// IndexAll is Index, with the paths of the submodules it leaves out.
func (r *Repo) IndexAll() (map[string]Entry, []string, error) {
	out, err := run(r.Top, "ls-files", "--stage", "-z", "--full-name")
	if err != nil {
		return nil, nil, err
	}
	files := map[string]Entry{}
	var subs []string
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		if !ok || len(f) != 3 {
			return nil, nil, errors.New("git ls-files: unexpected output")
		}
		if f[2] != "0" {
			continue
		}
		if f[0] == "160000" {
			subs = append(subs, string(name))
			continue
		}
		files[string(name)] = Entry{Mode: f[0], OID: f[1]}
	}
	return files, subs, nil
}

// BlobID is the object name git gives content stored as a blob.
func (r *Repo) BlobID(content []byte) string {
	var h hash.Hash
	if r.Format == "sha256" {
		h = sha256.New()
	} else {
		h = sha1.New() //nolint:gosec // git's object name, see the import
	}
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// safeName says a tree path names a file below the tree's top that git
// would write: no absolute path, no "." or ".." part, no back slash, no
// ".git" part.
func safeName(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.ContainsAny(name, "\\\x00") {
		return false
	}
	if path.Clean(name) != name {
		return false
	}
	for part := range strings.SplitSeq(name, "/") {
		if part == "." || part == ".." || strings.EqualFold(part, ".git") {
			return false
		}
	}
	return true
}

func run(dir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	cmd := command(ctx, dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return out, fmt.Errorf("git %s: %w: %s", args[0], err, CleanRev(strings.TrimSpace(stderr.String())))
		}
		return out, fmt.Errorf("git %s: %w", args[0], err)
	}
	return out, nil
}

// command is git with the settings that keep it from writing or starting
// anything: no optional locks (no index refresh), no fsmonitor, no pager,
// no prompt, no replace objects, no lazy fetch.
func command(ctx context.Context, dir string, args ...string) *exec.Cmd {
	full := append([]string{"-c", "core.fsmonitor=false", "--no-pager", "--no-replace-objects"}, args...)
	cmd := exec.CommandContext(ctx, "git", full...)
	cmd.Dir = dir
	// GIT_NO_LAZY_FETCH keeps a partial clone from fetching a missing
	// object from its promisor remote: nothing goes to the network.
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "GIT_NO_LAZY_FETCH=1", "LC_ALL=C")
	return cmd
}
