package load

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
)

// TestMemoryShortFollowsTheLimit: without a soft limit memory is never
// short; with one below what is live, it is.
func TestMemoryShortFollowsTheLimit(t *testing.T) {
	old := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(old)
	keep := make([]byte, 8<<20)
	runtime.GC()
	if memoryShort() {
		t.Error("short without a limit")
	}
	debug.SetMemoryLimit(4 << 20)
	runtime.GC()
	if !memoryShort() {
		t.Error("not short with a limit below the live heap")
	}
	runtime.KeepAlive(keep)
}

// TestParallelRunsEveryItemOnce, with memory short or not: the extra
// goroutines stop early, the others take the rest.
func TestParallelRunsEveryItemOnce(t *testing.T) {
	old := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(old)
	for _, limit := range []int64{math.MaxInt64, 1 << 20} {
		debug.SetMemoryLimit(limit)
		runtime.GC()
		seen := make([]atomic.Int32, 500)
		parallel(len(seen), func(i int) { seen[i].Add(1) })
		for i := range seen {
			if n := seen[i].Load(); n != 1 {
				t.Fatalf("limit %d: item %d ran %d times", limit, i, n)
			}
		}
	}
}
