package load

import (
	"bytes"
	"hash/maphash"
	"sync"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/hclcopy"
)

// maxSharedBytes bounds the text of the trees sharedParses holds at once
// (a tree is about twelve times its text): past it, files are parsed as if
// no other file held their text.
const maxSharedBytes = 4 << 20

// sharedParses parses once a native-syntax text that several files hold
// byte for byte (generated modules, copied wrappers: half the real corpus's
// files) and
// gives each of those files a copy of the tree under its own name, which
// costs a sixth of a parse. The first pass counts the files that hold each
// text (note); a text held once is parsed as before. A tree is dropped when
// the last file counted for it has taken its copy, so what it holds is
// bounded by the texts in flight, not by the input.
type sharedParses struct {
	seed  maphash.Seed
	limit int // maxSharedBytes but in tests

	mu    sync.Mutex
	count map[uint64]int // files counted and not yet parsed, by text
	trees map[uint64]*sharedTree
	held  int // bytes of text of the trees held
	// copied counts the files given a copy (tests).
	copied int
}

type sharedTree struct {
	once sync.Once
	src  []byte
	file *hcl.File // nil when the text did not parse cleanly
}

func newSharedParses() *sharedParses {
	return &sharedParses{seed: maphash.MakeSeed(), limit: maxSharedBytes, count: map[uint64]int{}, trees: map[uint64]*sharedTree{}}
}

// note counts one file holding src, as the first pass reads it.
func (s *sharedParses) note(path string, src []byte) {
	if s == nil || len(src) == 0 || isJSONFile(path) {
		return
	}
	h := maphash.Bytes(s.seed, src)
	s.mu.Lock()
	s.count[h]++
	s.mu.Unlock()
}

// parse parses the file at path holding src: from the shared tree of its
// text when other files hold it too, else as parseSource does.
func (s *sharedParses) parse(src []byte, path string) (*hcl.File, []lint.Diagnostic) {
	if s == nil || len(src) == 0 || isJSONFile(path) {
		return parseSource(src, path)
	}
	h := maphash.Bytes(s.seed, src)
	s.mu.Lock()
	t := s.trees[h]
	if t == nil {
		if s.count[h] < 2 || s.held+len(src) > s.limit {
			if s.count[h] > 0 {
				s.count[h]--
			}
			s.mu.Unlock()
			return parseSource(src, path)
		}
		t = &sharedTree{src: src}
		s.trees[h] = t
		s.held += len(src)
	}
	s.count[h]--
	if s.count[h] <= 0 {
		// The last file counted: the tree goes once this copy is made.
		delete(s.trees, h)
		delete(s.count, h)
		s.held -= len(t.src)
	}
	s.mu.Unlock()
	t.once.Do(func() {
		// Parsed under no file's name: it is only ever copied.
		if f, diags := parseSource(t.src, "shared.tf"); len(diags) == 0 {
			t.file = f
		}
	})
	if t.file == nil || !bytes.Equal(t.src, src) {
		// Diagnostics are reported with the file's own name; a hash
		// collision is parsed on its own.
		return parseSource(src, path)
	}
	f, ok := hclcopy.File(t.file, src, path)
	if !ok {
		return parseSource(src, path)
	}
	s.mu.Lock()
	s.copied++
	s.mu.Unlock()
	return f, nil
}
