package load

import (
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
)

// CallersWithin is Callers that reads only regular files inside the
// boundary (nil: anywhere).
func CallersWithin(repoRoot string, dirs []string, b *confine.Boundary) []string {
	return callers(repoRoot, dirs, fsys.OS(b))
}

// IsConfigFile says whether a file name is Terraform configuration (.tf or
// .tf.json).
func IsConfigFile(name string) bool { return isConfigFile(name) }
