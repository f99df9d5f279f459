package gke

import "github.com/tenantlint/tenantlint/lint"

// notStandard skips the clusters not known to be Standard (see standard).
func notStandard(r *lint.Resource) bool { return !standard(r) }
