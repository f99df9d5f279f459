package main

import "fmt"

// exitCodesHelp is the exit-code paragraph of --help; README.md says the same.
const exitCodesHelp = "Exit codes:\n" +
	"  0  no open finding at or above --fail-on\n" +
	"  1  open findings at or above --fail-on\n" +
	"  2  usage error, or nothing to scan (no Terraform file under the paths given)\n" +
	"  3  the scan ran, but some root module had errors Terraform would reject, or was cut\n" +
	"     short (--timeout, evaluation budget); the findings for the rest are still written\n" +
	"--soft-fail turns 1 into 0 and leaves 2 and 3 alone; --soft-fail=all turns 1, 2 and 3\n" +
	"into 0 (a flag that cannot be read is still 2)."

// The values of --soft-fail: bare, it is softFailFindings.
const (
	softFailFindings = "findings"
	softFailAll      = "all"
)

// parseSoftFail reads --soft-fail: "" or false (off), findings or true
// (findings exit 0), all (every outcome of a scan exits 0).
func parseSoftFail(v string) (soft, all bool, err error) {
	switch v {
	case "", "false":
		return false, false, nil
	case softFailFindings, "true":
		return true, false, nil
	case softFailAll:
		return true, true, nil
	}
	return false, false, fmt.Errorf("--soft-fail=%q: want --soft-fail (findings) or --soft-fail=all", v)
}
