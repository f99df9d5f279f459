// Package guardduty holds the checks for GuardDuty detectors.
package guardduty

import "github.com/tenantlint/tenantlint/lint"

// EnableDetector flags detectors that are declared suspended. enable defaults
// to true in aws_guardduty_detector, so only an explicit false is reported.
var EnableDetector = &lint.Check{
	ID:       "aws-guardduty-enable-detector",
	Title:    "GuardDuty detector is suspended",
	Severity: lint.Medium,
	Domain:   lint.Response,
	Model:    lint.SaaS,
	Description: "A suspended detector analyses nothing: stolen credentials used from unusual places, crypto " +
		"mining, calls to known command-and-control hosts and reconnaissance raise no findings, so an intrusion " +
		"runs until someone notices its effects.",
	Remediation: "Remove enable = false, or set it to true:\n\n" +
		"    resource \"aws_guardduty_detector\" \"main\" {\n      enable = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector",
	},
	Resources: []string{"aws_guardduty_detector"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("enable")
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "GuardDuty detector %s is suspended", r.Address)
			}
		}
	},
}
