package ec2

import (
	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoSecretsInUserData flags user data that carries credentials in clear:
// AWS access key IDs by shape, private keys, and assignments to credential
// names (AWS_SECRET_ACCESS_KEY=, password=, token: ...) with a literal value,
// bare, quoted or escaped (secretname.Find; a value read at boot, such as
// $(aws ssm ...) or ${VAR}, is fine). Launch template user data and
// user_data_base64 are decoded first.
// The secret itself never appears in the message.
var NoSecretsInUserData = &lint.Check{
	ID:       "aws-ec2-no-secrets-in-user-data",
	Title:    "User data contains a secret",
	Severity: lint.Critical,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "User data is not secret: anyone allowed ec2:DescribeInstanceAttribute or " +
		"DescribeLaunchTemplateVersions can read it, every process on the instance can fetch it from " +
		"the metadata service, and it is kept in Terraform state and plans. Access keys, private keys " +
		"and passwords written into it are exposed to all of them.",
	Remediation: "Keep secrets in Secrets Manager or SSM Parameter Store and read them at boot with " +
		"the instance role:\n\n" +
		"    DB_PASSWORD=$(aws ssm get-parameter --name /app/db --with-decryption --query Parameter.Value --output text)",
	Links: []string{
		"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#user_data",
	},
	Resources: []string{"aws_instance", "aws_launch_template", "aws_launch_configuration"},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, name := range []string{"user_data", "user_data_base64"} {
				a := r.Attr(name)
				s, ok := a.StringOr("")
				if !ok || s == "" {
					continue
				}
				if kind := secretname.Find(s); kind != "" {
					p.Reportf(a, "%s has %s in %s", r.Address, kind, name)
				}
			}
		}
	},
}
