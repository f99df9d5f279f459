package pubsub

import "github.com/tenantlint/tenantlint/lint"

// PushAuthentication flags push subscriptions that do not authenticate
// their requests: a push_config block without an oidc_token block. Default
// relied on (hashicorp/google v4-v6): without oidc_token, Pub/Sub sends push
// requests with no token. Pull subscriptions (no push_config) are not read.
var PushAuthentication = &lint.Check{
	ID:       "google-pubsub-push-authentication",
	Title:    "Pub/Sub push subscription sends unauthenticated requests",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without an OIDC token, a push endpoint cannot tell Pub/Sub's requests from anyone else's, so it " +
		"must either accept forged messages or be left open to the internet. With a token signed for a service " +
		"account, the endpoint (or Cloud Run and Cloud Functions IAM in front of it) can verify every request.",
	Remediation: "Sign push requests with a service account's OIDC token:\n\n" +
		"    push_config {\n      push_endpoint = google_cloud_run_v2_service.handler.uri\n" +
		"      oidc_token {\n        service_account_email = google_service_account.pusher.email\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_subscription#oidc_token",
	},
	Resources: []string{"google_pubsub_subscription"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, push := range r.Blocks("push_config") {
				if !push.Block("oidc_token").Exists() {
					p.Reportf(push, "Pub/Sub subscription %s pushes to %s without an oidc_token: the endpoint cannot authenticate its requests", r.Address, push.Attr("push_endpoint").Display())
				}
			}
		}
	},
}
