package sagemaker

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NotebookRootAccess flags notebook instances whose users get root.
// Default relied on: root_access defaults to "Enabled".
var NotebookRootAccess = &lint.Check{
	ID:       "aws-sagemaker-notebook-root-access",
	Title:    "SageMaker notebook instance gives users root access",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "With root access, every notebook user can change the instance's system configuration, " +
		"install software outside review and tamper with lifecycle configurations and logs. Least privilege " +
		"on the instance limits what a compromised notebook or user can do.",
	Remediation: "Disable root access (lifecycle configurations still run as root):\n\n" +
		"    root_access = \"Disabled\"",
	Links: []string{
		"https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#root_access",
	},
	Resources: []string{"aws_sagemaker_notebook_instance"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			root := r.Attr("root_access")
			v, ok := root.StringOr("Enabled")
			if !ok || !strings.EqualFold(v, "Enabled") {
				continue
			}
			if root.Null() {
				p.Reportf(r, "SageMaker notebook instance %s gives users root access (the default)", r.Address)
			} else {
				p.Reportf(root, "SageMaker notebook instance %s gives users root access", r.Address)
			}
		}
	},
}
