package load

import (
	"bytes"
	"hash/maphash"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/hclcopy"
)

// maxSharedBytes bounds the text of the trees sharedParses holds at once
// (a tree is about twelve times its text): past it, files are parsed as if
// no other file held their text.
const maxSharedBytes = 4 << 20

// sharedParses parses once a native-syntax text that several files hold
// byte for byte (generated modules, copied wrappers: half the real corpus's
// files) and gives each of those files a copy of the tree under its own
// name, which costs a sixth of a parse. Files that differ can still hold the
// same top-level blocks (the variants of a generated module, examples that
// copy a provider block): a file that holds such a block is parsed block by
// block (splitSegments), each shared block once, and the parts joined.
//
// The first pass counts the files that hold each text and each block
// (note); a text or block held once is parsed as before. A tree is dropped
// when the last file counted for it has been parsed, so what it holds is
// bounded by the texts in flight, not by the input.
type sharedParses struct {
	seed  maphash.Seed
	limit int // maxSharedBytes but in tests

	mu    sync.Mutex
	count map[uint64]int // files counted and not yet parsed, by text
	trees map[uint64]*sharedTree
	// segCount and segTrees are count and trees for the segments of texts.
	segCount map[uint64]int
	segTrees map[uint64]*sharedTree
	held     int // bytes of text of the trees held
	// copied counts the files given a copy of a whole text, segCopied the
	// segments copied into files parsed in parts (tests).
	copied, segCopied int
}

type sharedTree struct {
	once sync.Once
	src  []byte
	file *hcl.File // nil when the text did not parse cleanly
}

func newSharedParses() *sharedParses {
	return &sharedParses{seed: maphash.MakeSeed(), limit: maxSharedBytes, count: map[uint64]int{}, trees: map[uint64]*sharedTree{},
		segCount: map[uint64]int{}, segTrees: map[uint64]*sharedTree{}}
}

// note counts one file holding src, as the first pass reads it.
func (s *sharedParses) note(path string, src []byte) {
	if s == nil || len(src) == 0 || isJSONFile(path) {
		return
	}
	h := maphash.Bytes(s.seed, src)
	segs := s.segmentHashes(src, splitSegments(src))
	s.mu.Lock()
	s.count[h]++
	for _, g := range segs {
		s.segCount[g]++
	}
	s.mu.Unlock()
}

func (s *sharedParses) segmentHashes(src []byte, segs []segment) []uint64 {
	if len(segs) < 2 {
		return nil // a text of one block is shared whole or not at all
	}
	out := make([]uint64, len(segs))
	for i, g := range segs {
		out[i] = maphash.Bytes(s.seed, src[g.start:g.end])
	}
	return out
}

// parse parses the file at path holding src: from the shared tree of its
// text when other files hold it too, in parts when other files hold some of
// its blocks, else as parseSource does.
func (s *sharedParses) parse(src []byte, path string) (*hcl.File, []lint.Diagnostic) {
	if s == nil || len(src) == 0 || isJSONFile(path) {
		return parseSource(src, path)
	}
	h := maphash.Bytes(s.seed, src)
	segs := splitSegments(src)
	t, parts := s.claim(h, src, segs, s.segmentHashes(src, segs))
	if t == nil {
		if parts != nil {
			if f, ok := s.parseParts(src, path, segs, parts); ok {
				return f, nil
			}
		}
		return parseSource(src, path)
	}
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

// claim counts the file holding src as parsed and returns the shared tree
// of its whole text, or nil and, when other files hold some of its blocks,
// the trees of its segments (takeSegments). The bookkeeping is all under
// s.mu, released however it ends.
func (s *sharedParses) claim(h uint64, src []byte, segs []segment, hs []uint64) (*sharedTree, []*sharedTree) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.trees[h]
	if t == nil && (s.count[h] < 2 || s.held+len(src) > s.limit) {
		if s.count[h] > 0 {
			s.count[h]--
		}
		return nil, s.takeSegments(src, segs, hs, true)
	}
	if t == nil {
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
	s.takeSegments(src, segs, hs, false)
	return t, nil
}

// takeSegments counts the file's segments as parsed (s.mu held). When use
// is set it returns, for each segment, the shared tree to copy it from (nil
// for a segment parsed in place), or nil when no segment is shared, so that
// the file is better parsed whole.
func (s *sharedParses) takeSegments(src []byte, segs []segment, hs []uint64, use bool) []*sharedTree {
	var out []*sharedTree
	shared := false
	if use && hs != nil {
		out = make([]*sharedTree, len(hs))
	}
	for i, g := range hs {
		n := s.segCount[g]
		t := s.segTrees[g]
		if use && t == nil && n >= 2 && s.held+segs[i].end-segs[i].start <= s.limit {
			t = &sharedTree{src: src[segs[i].start:segs[i].end]}
			s.segTrees[g] = t
			s.held += len(t.src)
		}
		if use && t != nil {
			out[i], shared = t, true
		}
		if n > 1 {
			s.segCount[g] = n - 1
			continue
		}
		delete(s.segCount, g)
		if t != nil {
			delete(s.segTrees, g)
			s.held -= len(t.src)
		}
	}
	if !shared {
		return nil
	}
	return out
}

// parseParts parses src segment by segment, copying the segments that have
// a tree, and joins the parts; false when a part did not parse cleanly (the
// whole text is parsed then, for its diagnostics) or could not be joined.
func (s *sharedParses) parseParts(src []byte, path string, segs []segment, trees []*sharedTree) (*hcl.File, bool) {
	if nestingDiag(src, path, false) != nil {
		return nil, false
	}
	parts := make([]*hcl.File, len(segs))
	copied := 0
	for i, g := range segs {
		text := src[g.start:g.end]
		if t := trees[i]; t != nil {
			t.once.Do(func() {
				if f, diags := hclsyntax.ParseConfig(t.src, "shared.tf", hcl.InitialPos); len(diags) == 0 {
					t.file = f
				}
			})
			if t.file != nil && bytes.Equal(t.src, text) {
				if f, ok := hclcopy.Moved(t.file, text, path, g.line-1, g.start); ok {
					parts[i] = f
					copied++
					continue
				}
			}
		}
		f, diags := hclsyntax.ParseConfig(text, path, hcl.Pos{Line: g.line, Column: 1, Byte: g.start})
		if len(diags) > 0 {
			return nil, false
		}
		parts[i] = f
	}
	f, ok := hclcopy.Join(parts, src)
	if ok {
		s.mu.Lock()
		s.segCopied += copied
		s.mu.Unlock()
	}
	return f, ok
}
