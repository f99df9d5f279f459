package ecr

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicPolicy flags repository policies that allow every AWS principal
// without a condition. Only documents whose content is known are read (JSON
// strings and jsonencode arguments); an unknown document is never reported.
var NoPublicPolicy = &lint.Check{
	ID:       "aws-ecr-no-public-policy",
	Title:    "ECR repository policy allows any AWS account",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A repository policy statement that allows Principal \"*\" without a condition lets every " +
		"AWS account use the granted actions: pulling images and the code, configuration and secrets baked " +
		"into them, or, with push actions, replacing the images that workloads deploy.",
	Remediation: "Name the accounts or roles that need access, or restrict \"*\" with a condition such as " +
		"aws:PrincipalOrgID:\n\n" +
		"    Principal = { AWS = \"arn:aws:iam::111122223333:root\" }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository_policy",
	},
	Resources: []string{"aws_ecr_repository_policy"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			policy := r.Attr("policy")
			doc, ok := policy.JSON()
			if !ok {
				continue
			}
			for _, st := range statements(doc) {
				if publicAllow(st) {
					p.Reportf(policy, "ECR repository policy %s allows any AWS account without a condition", r.Address)
					break
				}
			}
		}
	},
}

// statements returns the statements of a policy document: a list, or a
// single object.
func statements(doc lint.Attr) []lint.Attr {
	st := doc.Get("Statement")
	if list := st.Elements(); len(list) > 0 {
		return list
	}
	if !st.Null() && st.Known() {
		return []lint.Attr{st}
	}
	return nil
}

// publicAllow says whether a statement is known to allow Principal "*" (or
// {"AWS": "*"}) with no Condition.
func publicAllow(st lint.Attr) bool {
	if e, ok := st.Get("Effect").StringOr(""); !ok || e != "Allow" || !st.Get("Condition").Null() || !st.Get("NotPrincipal").Null() {
		return false
	}
	pr := st.Get("Principal")
	if s, ok := pr.StringOr(""); ok && !pr.Null() {
		return s == "*"
	}
	aws := pr.Get("AWS")
	return aws.AllStringsKnown() && slices.Contains(aws.Strings(), "*")
}
