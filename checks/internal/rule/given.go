package rule

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Given says whether a key, ARN, ID or name argument names something: not
// absent, not null, not an empty (or blank) string. kms_key_id = "" is no
// key, snapshot_identifier = "" is no snapshot. An unknown value counts as
// given, so that a check that skips resources which name something stays
// silent on it.
func Given(a lint.Attr) bool {
	if a.Null() {
		return false
	}
	s, ok := a.StringOr("")
	return !ok || strings.TrimSpace(s) != ""
}
