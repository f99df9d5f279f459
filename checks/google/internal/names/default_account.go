package names

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// DefaultComputeAccount says whether a service account argument is known
// to name the Compute Engine default service account: absent or null (the
// arguments it is meant for, such as a GKE node_config.service_account,
// then take the default account), empty, the literal "default", an address
// PROJECT_NUMBER-compute@developer.gserviceaccount.com, or a reference to
// data "google_compute_default_service_account". An unknown value is not.
func DefaultComputeAccount(a lint.Attr) bool {
	for _, ref := range a.Refs() {
		if ref.Data && ref.Type == "google_compute_default_service_account" {
			return true
		}
	}
	s, ok := a.StringOr("")
	if !ok {
		return false
	}
	return a.Null() || s == "" || s == "default" || strings.HasSuffix(s, "-compute@developer.gserviceaccount.com")
}
