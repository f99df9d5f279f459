package cloudrun

import "github.com/tenantlint/tenantlint/lint"

// InvokerIAMCheck flags services that skip the invoker IAM check: v2
// invoker_iam_disabled = true (hashicorp/google v6), or the v1 annotation
// run.googleapis.com/invoker-iam-disabled = "true". Default relied on: the
// check is on (false) when absent. Unknown values are not reported.
var InvokerIAMCheck = &lint.Check{
	ID:       "google-cloudrun-invoker-iam-check",
	Title:    "Cloud Run service does not check that callers may invoke it",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Disabling the invoker IAM check makes the service callable by anyone who can reach it, exactly as " +
		"a public allUsers invoker grant would, but without any IAM binding that reviews of IAM policy would see. " +
		"Unless the service is meant to be public, keep the check and grant roles/run.invoker to its callers.",
	Remediation: "Keep the invoker check and grant the invoker role to the callers:\n\n" +
		"    invoker_iam_disabled = false",
	Links: []string{
		"https://cloud.google.com/run/docs/securing/managing-access#invoker_check",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#invoker_iam_disabled",
	},
	Resources: []string{v1Service, v2Service},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("invoker_iam_disabled")
			if r.Type == v1Service {
				a, _ = annotation(r, "run.googleapis.com/invoker-iam-disabled")
				if s, ok := a.StringOr(""); ok && !a.Null() && s == "true" {
					p.Reportf(a, "Cloud Run service %s disables the invoker IAM check: anyone who reaches it may call it", r.Address)
				}
				continue
			}
			if off, ok := a.BoolOr(false); ok && off {
				p.Reportf(a, "Cloud Run service %s sets invoker_iam_disabled = true: anyone who reaches it may call it", r.Address)
			}
		}
	},
}
