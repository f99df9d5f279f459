// Package eks holds the checks for EKS clusters and node groups.
package eks

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicEndpoint flags clusters whose API server endpoint is reachable from
// the whole internet. Defaults relied on: vpc_config endpoint_public_access is
// true and public_access_cidrs is ["0.0.0.0/0"].
var NoPublicEndpoint = &lint.Check{
	ID:       "aws-eks-no-public-endpoint",
	Title:    "EKS API server endpoint is open to the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With the public endpoint on and no CIDR restriction, the Kubernetes API server accepts " +
		"connections from any address. Every leaked kubeconfig, token or IAM credential, and every API server " +
		"vulnerability, can then be used from anywhere.",
	Remediation: "Turn on the private endpoint and either turn off the public one or limit it to known " +
		"ranges:\n\n" +
		"    vpc_config {\n" +
		"      endpoint_private_access = true\n" +
		"      endpoint_public_access  = false\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#endpoint_public_access",
	},
	Resources: []string{"aws_eks_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			vpc := r.Block("vpc_config")
			public := vpc.Attr("endpoint_public_access")
			if on, ok := public.BoolOr(true); !ok || !on {
				continue
			}
			cidrs := vpc.Attr("public_access_cidrs")
			if cidrs.Null() {
				p.Reportf(public, "EKS cluster %s exposes its API server endpoint to 0.0.0.0/0", r.Address)
			} else if slices.Contains(cidrs.Strings(), "0.0.0.0/0") {
				p.Reportf(cidrs, "EKS cluster %s exposes its API server endpoint to 0.0.0.0/0", r.Address)
			}
		}
	},
}
