package google

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// Naming is the provider's vocabulary for naming resources, for code outside
// this tree (custom rules link companions with it).
var Naming lint.Naming = names.Google
