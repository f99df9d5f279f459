//go:build unix

package plan_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint/plan"
)

// TestLoad10kUnderASecond holds the bar: 10,000 resources load in under 1 s
// of CPU time (the machine's other work does not count: the process's own
// user and system time is measured, the best of three).
func TestLoad10kUnderASecond(t *testing.T) {
	if raceDetector {
		t.Skip("CPU time under -race is not the bar's: the plain go test step holds it")
	}
	data := genPlan(10000)
	best := time.Duration(1 << 62)
	for range 3 {
		before := cpuTime(t)
		f, err := plan.Decode("plan.json", data)
		if err != nil {
			t.Fatal(err)
		}
		_ = f.Module(plan.Options{})
		best = min(best, cpuTime(t)-before)
	}
	t.Logf("10,000 resources: %v CPU, %d ns/resource", best, best.Nanoseconds()/10000)
	if best > time.Second {
		t.Errorf("a plan of 10,000 resources takes %v of CPU to load", best)
	}
}

func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
