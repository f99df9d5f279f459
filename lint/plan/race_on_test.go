//go:build race

package plan_test

// raceDetector says the tests run under -race, whose instrumentation costs
// several times the CPU: a CPU-time bar means nothing there.
const raceDetector = true
