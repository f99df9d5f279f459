// Package engver reads the engine versions AWS managed services take
// ("6.2", "5.0.6", "7.x", "3.13", "5.17.6"): their numeric parts, for checks
// that judge a feature or a support date by version.
package engver

import (
	"strconv"
	"strings"
)

// Version is a dotted engine version; a part written "x" or left out is -1.
type Version struct {
	Major, Minor, Patch int
}

// Parse reads "major[.minor[.patch]]"; a part may be "x" (the latest of
// that line, as ElastiCache's "6.x"). ok is false for anything else.
func Parse(s string) (Version, bool) {
	parts := strings.Split(strings.TrimSpace(s), ".")
	if len(parts) == 0 || len(parts) > 3 {
		return Version{}, false
	}
	v := []int{-1, -1, -1}
	for i, p := range parts {
		if strings.EqualFold(p, "x") && i > 0 {
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p == "" || p[0] == '+' {
			return Version{}, false
		}
		v[i] = n
	}
	return Version{v[0], v[1], v[2]}, true
}

// AtLeast says whether v is major.minor or later; a minor written "x" or left
// out counts as the latest of its major line.
func (v Version) AtLeast(major, minor int) bool {
	if v.Major != major {
		return v.Major > major
	}
	return v.Minor < 0 || v.Minor >= minor
}
