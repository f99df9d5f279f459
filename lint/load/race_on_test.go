//go:build race

package load

// slowdown stretches the time bounds of the tests under the race detector,
// which makes evaluation several times slower: the bounds still hold, only
// later.
const slowdown = 8
