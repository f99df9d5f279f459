package main

import (
	"fmt"
	"math"
	"runtime/debug"
	"strconv"
	"strings"
)

// defaultMemoryLimit is the soft memory limit of a scan: the garbage
// collector works harder as the heap nears it. A streaming scan holds about
// 100 MB live whatever the input's size (the roots in flight and a bounded
// parse cache) plus its findings, so a normal scan stays well under it (the
// real corpus peaks near 210 MB) and a scan of 20 copies of it near 340 MB
// without the collector running back to back; GOMEMLIMIT or --max-memory
// change it.
const defaultMemoryLimit = 320 << 20

// memoryUnits are the suffixes --max-memory takes, as GOMEMLIMIT does.
var memoryUnits = []struct {
	suffix string
	factor float64
}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"B", 1}}

// parseMemory reads a size such as 512MiB, 1GiB or 800MB; a bare number is
// bytes.
func parseMemory(s string) (int64, error) {
	t := strings.TrimSpace(s)
	factor := 1.0
	for _, u := range memoryUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, factor = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.factor
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || !(n > 0) || math.IsInf(n, 0) || n*factor > math.MaxInt64 {
		return 0, fmt.Errorf("--max-memory %q: want a size such as 512MiB or 1GiB", s)
	}
	if n*factor < 16<<20 {
		return 0, fmt.Errorf("--max-memory %q: at least 16MiB", s)
	}
	return int64(n * factor), nil
}

// applyMaxMemory sets the soft memory limit the user asked for.
func applyMaxMemory(s string) error {
	if s == "" {
		return nil
	}
	n, err := parseMemory(s)
	if err != nil {
		return err
	}
	debug.SetMemoryLimit(n)
	return nil
}
