// Package functions holds the checks for Cloud Functions, first generation
// (google_cloudfunctions_function, settings as arguments) and second
// generation (google_cloudfunctions2_function, settings in service_config).
// Public invoker grants are judged by google-iam-no-public-members.
package functions

import "github.com/tenantlint/tenantlint/lint"

const (
	v1Function = "google_cloudfunctions_function"
	v2Function = "google_cloudfunctions2_function"
)

// settings returns the block that holds a function's run-time settings
// (ingress, VPC connector, environment): the body of a first-generation
// function, the service_config block of a second-generation one (a missing
// block reads as one with every argument absent).
func settings(r *lint.Resource) *lint.Block {
	if r.Type == v2Function {
		return r.Block("service_config")
	}
	return r.Body
}

// httpTriggered says whether the function may take HTTP requests: a
// first-generation function with trigger_http = true, a second-generation
// one without event_trigger. ok is false when that cannot be known.
func httpTriggered(r *lint.Resource) (yes, ok bool) {
	if r.Type == v2Function {
		return !r.Block("event_trigger").Exists(), true
	}
	return r.Attr("trigger_http").BoolOr(false)
}

// not returns a rule.Skip predicate that leaves out every resource but
// those of typ for which keep is known to hold.
func not(typ string, keep func(*lint.Resource) (yes, ok bool)) func(*lint.Resource) bool {
	return func(r *lint.Resource) bool {
		if r.Type != typ {
			return true
		}
		yes, ok := keep(r)
		return !ok || !yes
	}
}

// hasConnector says whether the function names a Serverless VPC Access
// connector.
func hasConnector(r *lint.Resource) (yes, ok bool) {
	c, ok := settings(r).Attr("vpc_connector").StringOr("")
	return c != "", ok
}

// both runs two shapes, one per generation, as one check.
func both(a, b func(*lint.Pass)) func(*lint.Pass) {
	return func(p *lint.Pass) {
		a(p)
		b(p)
	}
}
