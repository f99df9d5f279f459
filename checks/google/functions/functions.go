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
