package s3

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// EnforceTLS flags buckets whose policy does not deny requests made without
// TLS (aws:SecureTransport = false). S3 accepts plain HTTP requests unless a
// policy denies them. A bucket whose policy cannot be read, or whose
// policy companion cannot be linked, is not reported.
var EnforceTLS = &lint.Check{
	ID:       "aws-s3-enforce-tls",
	Title:    "S3 bucket accepts requests without TLS",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "S3 serves plain HTTP as well as HTTPS. Without a policy that denies insecure transport, " +
		"a misconfigured client or SDK endpoint sends credentials-signed requests and object data in clear text, " +
		"where anyone on the network path can read or alter them.",
	Remediation: "Add a statement to the bucket policy that denies every request without TLS:\n\n" +
		"    {\n      Effect = \"Deny\", Principal = \"*\", Action = \"s3:*\"\n" +
		"      Resource  = [aws_s3_bucket.b.arn, \"${aws_s3_bucket.b.arn}/*\"]\n" +
		"      Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy",
	},
	Resources: []string{"aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, b := range p.Resources() {
			policies, certain := bucketPolicies(p.Module, b)
			if !certain {
				continue
			}
			enforced := false
			for _, pol := range policies {
				enforced = enforced || deniesInsecure(pol)
			}
			if enforced {
				continue
			}
			if len(policies) == 0 {
				p.Reportf(b, "S3 bucket %s has no policy denying requests without TLS", b.Address)
				continue
			}
			p.Reportf(policies[0], "S3 bucket %s: policy does not deny requests without TLS", b.Address)
		}
	},
}

// deniesInsecure says whether a policy may deny requests without TLS: it
// holds a Deny statement on aws:SecureTransport = false, or it cannot be
// read in full.
func deniesInsecure(policy lint.Attr) bool {
	if !iampolicy.Complete(policy) {
		return true
	}
	sts, ok := iampolicy.Read(policy)
	if !ok {
		return true
	}
	for _, st := range sts {
		if st.Effect == "" || (st.HasCondition && len(st.Conditions) == 0) {
			return true
		}
		if st.Allows() {
			continue
		}
		for _, c := range st.Conditions {
			if strings.EqualFold(c.Variable, "aws:SecureTransport") && strings.HasPrefix(strings.ToLower(c.Test), "bool") &&
				(len(c.Values) == 0 || strings.EqualFold(c.Values[0], "false")) {
				return true
			}
		}
	}
	return false
}
