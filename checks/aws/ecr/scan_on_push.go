// Package ecr holds the checks for ECR repositories and their policies.
package ecr

import "github.com/tenantlint/tenantlint/lint"

// ScanOnPush flags repositories that do not scan images when they are pushed.
// Default relied on: image_scanning_configuration scan_on_push is false. A
// registry scanning configuration (enhanced scanning, or a basic rule that
// scans on push or continuously) overrides the repository setting, so its
// presence silences the check.
var ScanOnPush = &lint.Check{
	ID:       "aws-ecr-scan-on-push",
	Title:    "ECR repository does not scan images on push",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without image scanning, images with known vulnerable packages are stored and deployed with " +
		"no warning. Scanning on push reports CVEs in every new image before it reaches a cluster.",
	Remediation: "Turn on scan on push for the repository, or configure registry-wide scanning:\n\n" +
		"    image_scanning_configuration {\n" +
		"      scan_on_push = true\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_scanning_configuration",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration",
	},
	Resources: []string{"aws_ecr_repository"},
	Run: func(p *lint.Pass) {
		if registryScanning(p.Module) {
			return
		}
		for _, r := range p.Resources() {
			scan := r.Block("image_scanning_configuration").Attr("scan_on_push")
			if on, ok := scan.BoolOr(false); ok && !on {
				p.Reportf(scan, "ECR repository %s does not scan images on push", r.Address)
			}
		}
	},
}

// registryScanning says whether the configuration sets registry-wide
// scanning that may cover the repositories: enhanced scanning, or a rule
// that scans on push or continuously (or cannot be known).
func registryScanning(m *lint.Module) bool {
	return m.Any("aws_ecr_registry_scanning_configuration", func(r *lint.Resource) bool {
		if t, ok := r.Attr("scan_type").StringOr("BASIC"); !ok || t == "ENHANCED" {
			return true
		}
		for _, rule := range r.Blocks("rule") {
			if f, ok := rule.Attr("scan_frequency").StringOr(""); !ok || f != "MANUAL" {
				return true
			}
		}
		return false
	})
}
