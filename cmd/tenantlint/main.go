// Command tenantlint scans Terraform for the customer's side of the shared
// responsibility model: misconfigurations that are visible before apply.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// A scan allocates many short-lived values and ends: collecting garbage
	// less often is faster; the soft memory limit keeps the peak modest. GOGC and
	// GOMEMLIMIT still win.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
