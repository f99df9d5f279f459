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

// httpBackend says whether a backend service is known to serve an
// Application Load Balancer (protocol HTTP, HTTPS or HTTP2). Default relied
// on (hashicorp/google v4-v6): protocol is HTTP for a global backend service
// and TCP for a regional one.
func httpBackend(r *lint.Resource) bool {
	proto := "HTTP"
	if r.Type == regionBackendType {
		proto = "TCP"
	}
	pr, ok := r.Attr("protocol").StringOr(proto)
	return ok && slices.Contains([]string{"HTTP", "HTTPS", "HTTP2"}, strings.ToUpper(pr))
}

// externalHTTP says whether a backend service is known to serve an external
// Application Load Balancer (see httpBackend). Default relied on
// (hashicorp/google v4-v6): load_balancing_scheme is EXTERNAL for a global
// backend service and INTERNAL for a regional one.
func externalHTTP(r *lint.Resource) bool {
	scheme := "EXTERNAL"
	if r.Type == regionBackendType {
		scheme = "INTERNAL"
	}
	s, ok := r.Attr("load_balancing_scheme").StringOr(scheme)
	return ok && (s == "EXTERNAL" || s == "EXTERNAL_MANAGED") && httpBackend(r)
}
