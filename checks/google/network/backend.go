package network

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// The backend service types.
const (
	backendType       = "google_compute_backend_service"
	regionBackendType = "google_compute_region_backend_service"
)

// backendTypes are the backend service resources.
var backendTypes = []string{backendType, regionBackendType}

// externalHTTP says whether a backend service is known to serve an external
// Application Load Balancer. Defaults relied on (hashicorp/google v4-v6):
// load_balancing_scheme is EXTERNAL for a global backend service and
// INTERNAL for a regional one; protocol is HTTP for a global one and TCP
// for a regional one.
func externalHTTP(r *lint.Resource) bool {
	scheme, proto := "EXTERNAL", "HTTP"
	if r.Type == regionBackendType {
		scheme, proto = "INTERNAL", "TCP"
	}
	s, ok1 := r.Attr("load_balancing_scheme").StringOr(scheme)
	pr, ok2 := r.Attr("protocol").StringOr(proto)
	return ok1 && ok2 && (s == "EXTERNAL" || s == "EXTERNAL_MANAGED") &&
		slices.Contains([]string{"HTTP", "HTTPS", "HTTP2"}, strings.ToUpper(pr))
}
