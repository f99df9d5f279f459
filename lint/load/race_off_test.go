//go:build !race

package load

// slowdown stretches the time bounds of the tests (see race_on_test.go).
const slowdown = 1
