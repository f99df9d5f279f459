// Package sagemaker holds the checks for SageMaker notebook instances.
package sagemaker

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NotebookNoDirectInternet flags notebook instances with direct internet
// access. Default relied on: direct_internet_access defaults to "Enabled".
var NotebookNoDirectInternet = &lint.Check{
	ID:       "aws-sagemaker-notebook-no-direct-internet",
	Title:    "SageMaker notebook instance has direct internet access",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With direct internet access the notebook reaches the internet through SageMaker's own network, " +
		"outside the VPC's security groups, NACLs and egress controls. Code run in the notebook, or a malicious " +
		"package it installs, can send training data and the role's credentials anywhere.",
	Remediation: "Disable direct internet access and give the notebook a VPC subnet (with a NAT gateway or VPC " +
		"endpoints for what it needs):\n\n" +
		"    subnet_id              = aws_subnet.private.id\n    security_groups        = [aws_security_group.notebook.id]\n" +
		"    direct_internet_access = \"Disabled\"",
	Links: []string{
		"https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access",
	},
	Resources: []string{"aws_sagemaker_notebook_instance"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			dia := r.Attr("direct_internet_access")
			v, ok := dia.StringOr("Enabled")
			if !ok || !strings.EqualFold(v, "Enabled") {
				continue
			}
			if dia.Null() {
				p.Reportf(r, "SageMaker notebook instance %s has direct internet access (the default)", r.Address)
			} else {
				p.Reportf(dia, "SageMaker notebook instance %s has direct internet access", r.Address)
			}
		}
	},
}
