package ec2

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// RequireIMDSv2 flags instances, launch templates and launch configurations
// that accept IMDSv1. Defaults relied on: http_tokens is "optional" when not
// set (EC2 API default, unless the AMI is registered with ImdsSupport v2.0 or
// the account default says otherwise); http_endpoint "disabled" turns the
// service off, which is as good. aws_ec2_instance_metadata_defaults with
// http_tokens = "required" makes the account default IMDSv2, so absent
// settings are not reported then. An aws_instance that takes its settings
// from a launch template is left to the template, and an image known to be
// Amazon Linux 2023 (an aws_ssm_parameter or aws_ami data source naming
// al2023) is registered with ImdsSupport v2.0, which makes "required" the
// default, so its absent setting is not reported either.
var RequireIMDSv2 = &lint.Check{
	ID:       "aws-ec2-require-imdsv2",
	Title:    "Instance metadata service accepts IMDSv1",
	Severity: lint.High,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "With IMDSv1 any request that reaches 169.254.169.254 gets the instance role's " +
		"temporary credentials. A server-side request forgery or an open proxy in an application on the " +
		"instance then hands those credentials to an attacker. IMDSv2 requires a session token obtained " +
		"with a PUT request, which such bugs cannot forge.",
	Remediation: "Require session tokens:\n\n" +
		"    metadata_options {\n" +
		"      http_endpoint = \"enabled\"\n" +
		"      http_tokens   = \"required\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ec2_instance_metadata_defaults",
	},
	Resources: []string{"aws_instance", "aws_launch_template", "aws_launch_configuration"},
	Run: func(p *lint.Pass) {
		accountV2 := p.Module.Has("aws_ec2_instance_metadata_defaults", "http_tokens", "required")
		for _, r := range p.Resources() {
			md := r.Block("metadata_options")
			if ep, ok := md.Attr("http_endpoint").StringOr("enabled"); !ok || ep == "disabled" {
				continue
			}
			tokens := md.Attr("http_tokens")
			if tokens.Null() && (accountV2 || r.Block("launch_template").Exists() || imdsV2Image(r)) {
				continue
			}
			if v, ok := tokens.StringOr("optional"); ok && v == "optional" {
				if tokens.Null() {
					p.Reportf(md, "%s does not set metadata_options.http_tokens, which defaults to \"optional\" (IMDSv1 allowed)", r.Address)
				} else {
					p.Reportf(tokens, "%s sets http_tokens = \"optional\" (IMDSv1 allowed)", r.Address)
				}
			}
		}
	},
}

// imdsV2Image says whether the instance's image comes from a data source that
// names Amazon Linux 2023, whose AMIs default to IMDSv2 only.
func imdsV2Image(r *lint.Resource) bool {
	for _, name := range []string{"ami", "image_id"} {
		for _, ref := range r.Attr(name).Refs() {
			texts := []string{ref.Attr("name").Display(), ref.Attr("name_regex").Display()}
			for _, f := range ref.Blocks("filter") {
				texts = append(texts, f.Attr("values").Strings()...)
			}
			for _, t := range texts {
				if ref.Data && strings.Contains(t, "al2023") {
					return true
				}
			}
		}
	}
	return false
}
