// Package dns holds the checks for Cloud DNS managed zones and DNS server
// policies.
package dns

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

const zoneType = "google_dns_managed_zone"

// public says whether a managed zone is public. Default relied on
// (hashicorp/google v4-v6): visibility defaults to "public". ok is false
// when the visibility is unknown.
func public(r *lint.Resource) (yes, ok bool) {
	v, ok := r.Attr("visibility").StringOr("public")
	return strings.EqualFold(v, "public"), ok
}
