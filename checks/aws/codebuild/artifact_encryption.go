// Package codebuild holds the checks for AWS CodeBuild projects and report
// groups.
package codebuild

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// ArtifactEncryption flags build artifacts (primary and secondary) written
// without encryption. encryption_disabled defaults to false in
// hashicorp/aws v3-v6; artifacts of type NO_ARTIFACTS write nothing and are
// left out.
var ArtifactEncryption = &lint.Check{
	ID:       "aws-codebuild-artifact-encryption",
	Title:    "CodeBuild project writes artifacts without encryption",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Build artifacts are often the deployable application: binaries, container contexts, " +
		"rendered configuration with endpoints and sometimes credentials. With encryption disabled, CodeBuild " +
		"writes them to S3 unencrypted, so any mistake in the bucket's access exposes them in clear.",
	Remediation: "Leave artifact encryption on (the default):\n\n" +
		"    artifacts {\n      type                = \"S3\"\n      location            = aws_s3_bucket.artifacts.bucket\n" +
		"      encryption_disabled = false\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled",
	},
	Resources: []string{"aws_codebuild_project"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, typ := range []string{"artifacts", "secondary_artifacts"} {
				for _, b := range r.Blocks(typ) {
					if t, ok := b.Attr("type").StringOr(""); !ok || strings.EqualFold(t, "NO_ARTIFACTS") {
						continue
					}
					a := b.Attr("encryption_disabled")
					if off, ok := a.BoolOr(false); ok && off {
						p.Reportf(a, "CodeBuild project %s writes %s without encryption", r.Address, typ)
					}
				}
			}
		}
	},
}
