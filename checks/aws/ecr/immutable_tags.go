package ecr

import "github.com/tenantlint/tenantlint/lint"

// ImmutableTags flags repositories whose image tags can be overwritten.
// Default relied on: image_tag_mutability is MUTABLE. The *_WITH_EXCLUSION
// modes are deliberate choices and are not reported.
var ImmutableTags = &lint.Check{
	ID:       "aws-ecr-immutable-tags",
	Title:    "ECR repository allows image tags to be overwritten",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "With mutable tags, anyone who can push to the repository can replace the image behind a tag " +
		"such as v1.4.2 or prod. Deployments that pull by tag then run code that was never reviewed or scanned, " +
		"and the change leaves no trace in the deployment configuration.",
	Remediation: "Make tags immutable and publish every build under a new tag (or deploy by digest):\n\n" +
		"    image_tag_mutability = \"IMMUTABLE\"",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_tag_mutability",
	},
	Resources: []string{"aws_ecr_repository"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			m := r.Attr("image_tag_mutability")
			if v, ok := m.StringOr("MUTABLE"); ok && v == "MUTABLE" {
				p.Reportf(m, "ECR repository %s allows image tags to be overwritten", r.Address)
			}
		}
	},
}
