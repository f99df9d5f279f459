// Package gitrev reads a git repository's revisions and index without
// touching its work tree, index or refs, by running the git command's
// plumbing (rev-parse, ls-tree, ls-files, cat-file --batch).
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
	"bufio"
	"bytes"
	"context"
	"crypto/sha1" //nolint:gosec // git names blobs with SHA-1: this computes a name, not a security property
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
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
	out, err := run(r.Top, "ls-tree", "-r", "-z", "--full-tree", commit)
	if err != nil {
		return nil, err
	}
	files := map[string]Entry{}
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		if !ok || len(f) != 3 {
			return nil, errors.New("git ls-tree: unexpected output")
		}
		if f[1] != "blob" {
			continue // submodules
		}
		files[string(name)] = Entry{Mode: f[0], OID: f[2]}
	}
	return files, nil
}

// Index lists the files staged in the index (stage 0), by slash path.
func (r *Repo) Index() (map[string]Entry, error) {
	out, err := run(r.Top, "ls-files", "--stage", "-z", "--full-name")
	if err != nil {
		return nil, err
	}
	files := map[string]Entry{}
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		f := strings.Fields(string(meta))
		if !ok || len(f) != 3 {
			return nil, errors.New("git ls-files: unexpected output")
		}
		if f[2] != "0" || f[0] == "160000" {
			continue
		}
		files[string(name)] = Entry{Mode: f[0], OID: f[1]}
	}
	return files, nil
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

// Materialise writes the regular files of files that want says yes to
// below dst (a private folder the caller made), each no larger than limit
// bytes; links, submodules, larger files and names that would leave dst are
// skipped. Files are written 0600 and folders 0700.
func (r *Repo) Materialise(files map[string]Entry, want func(name string) bool, dst string, limit int64) error {
	var names []string
	for name, e := range files {
		if !e.Regular() || !safeName(name) || (want != nil && !want(name)) {
			continue
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil
	}
	var req bytes.Buffer
	for _, n := range names {
		req.WriteString(files[n].OID)
		req.WriteByte('\n')
	}
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	cmd := command(ctx, r.Top, "cat-file", "--batch")
	cmd.Stdin = &req
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	werr := writeBatch(bufio.NewReaderSize(stdout, 1<<16), names, dst, limit)
	if werr != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return werr
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("git cat-file: %w: %s", err, CleanRev(strings.TrimSpace(stderr.String())))
	}
	return nil
}

// writeBatch reads cat-file --batch answers, one per name, in order.
func writeBatch(rd *bufio.Reader, names []string, dst string, limit int64) error {
	made := map[string]bool{}
	for _, name := range names {
		header, err := rd.ReadString('\n')
		if err != nil {
			return fmt.Errorf("git cat-file: %w", err)
		}
		f := strings.Fields(header)
		if len(f) != 3 || f[1] != "blob" {
			return fmt.Errorf("git cat-file: unexpected answer for %s", CleanRev(name))
		}
		size, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil || size < 0 {
			return errors.New("git cat-file: bad size")
		}
		if size > limit {
			if _, err := io.CopyN(io.Discard, rd, size+1); err != nil {
				return err
			}
			continue
		}
		data := make([]byte, size+1)
		if _, err := io.ReadFull(rd, data); err != nil {
			return fmt.Errorf("git cat-file: %w", err)
		}
		target := filepath.Join(dst, filepath.FromSlash(name))
		dir := filepath.Dir(target)
		if !made[dir] {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return err
			}
			made[dir] = true
		}
		if err := os.WriteFile(target, data[:size], 0o600); err != nil {
			return err
		}
	}
	return nil
}

// safeName says a tree path stays below the folder it is written into: no
// absolute path, no "." or ".." part, no back slash, no ".git" part.
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
