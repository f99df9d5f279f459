package load

import (
	"container/list"
	"sync"

	"github.com/tenantlint/tenantlint/lint"
)

// configCache holds the parsed module folders, each parsed once while it is
// in use and shared by every root that calls it. With a budget it keeps the
// most recently used folders up to that many bytes of source (a parse tree
// is about twelve times its source), and a folder needed again after it was
// dropped is parsed again: memory stays flat however large the input, and
// because roots are evaluated in path order, the roots that share a module
// (examples/* of one repository) find it still there. Without a budget it
// keeps everything (Load, for library users and tests).
type configCache struct {
	budget int64 // source bytes; 0 keeps everything

	mu      sync.Mutex
	used    int64
	entries map[string]*cacheEntry
	lru     list.List // of *cacheEntry, most recently used first
	// parsed counts parses, for tests and the scale benchmark.
	parsed int
}

type cacheEntry struct {
	key  string
	once sync.Once
	cfg  *moduleConfig
	cost int64
	elem *list.Element // nil until parsed, and once dropped
}

func newConfigCache(budget int64) *configCache {
	return &configCache{budget: budget, entries: map[string]*cacheEntry{}}
}

// get returns the folder's configuration, parsing it with parse when it is
// not held; a folder is parsed by one goroutine while the others wait.
func (c *configCache) get(key string, parse func() *moduleConfig) *moduleConfig {
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		e = &cacheEntry{key: key}
		c.entries[key] = e
	} else if e.elem != nil {
		c.lru.MoveToFront(e.elem)
	}
	c.mu.Unlock()
	e.once.Do(func() {
		cfg := parse()
		c.mu.Lock()
		defer c.mu.Unlock()
		e.cfg, e.cost = cfg, cfg.srcBytes
		c.parsed++
		if c.entries[key] != e {
			return // dropped meanwhile: nothing to account
		}
		c.used += e.cost
		e.elem = c.lru.PushFront(e)
		c.evict(e)
	})
	return e.cfg
}

// evict drops the least recently used folders over the budget, never the
// one just parsed.
func (c *configCache) evict(keep *cacheEntry) {
	if c.budget <= 0 {
		return
	}
	for c.used > c.budget {
		back := c.lru.Back()
		if back == nil {
			return
		}
		e := back.Value.(*cacheEntry)
		if e == keep {
			return
		}
		c.lru.Remove(back)
		e.elem = nil
		c.used -= e.cost
		delete(c.entries, e.key)
	}
}

// parses is how many folder parses the cache has made.
func (c *configCache) parses() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.parsed
}

// readCache holds what the first pass read, for the parse that follows:
// each file is taken once. It stops taking files at its budget; the files it
// did not keep are read again when they are parsed.
type readCache struct {
	budget int64

	mu    sync.Mutex
	used  int64
	files map[string]readResult
}

type readResult struct {
	src  []byte
	diag *lint.Diagnostic
}

func (c *readCache) put(path string, r readResult) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.budget > 0 && c.used+int64(len(r.src)) > c.budget {
		return
	}
	if c.files == nil {
		c.files = map[string]readResult{}
	}
	c.used += int64(len(r.src))
	c.files[path] = r
}

func (c *readCache) take(path string) (readResult, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.files[path]
	if ok {
		delete(c.files, path)
		c.used -= int64(len(r.src))
	}
	return r, ok
}
