package lint

import (
	"regexp"
	"strings"
)

// oneDays finds a count of exactly one before "days" ("for 1 days"), not 11,
// 0.1 or -1.
var oneDays = regexp.MustCompile(`(^|[^0-9.\-])1 days\b`)

// singularDays puts "1 days" in a finding message right: "1 day". Checks
// write their counts with one template ("{value} days") whatever the value.
func singularDays(msg string) string {
	if !strings.Contains(msg, "1 days") {
		return msg // the common case, without a regular expression
	}
	return oneDays.ReplaceAllString(msg, "${1}1 day")
}
