package sns

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicTopicPolicy flags topic policies that allow every principal
// without a condition. Only statements whose content is known are read.
var NoPublicTopicPolicy = &lint.Check{
	ID:       "aws-sns-no-public-topic-policy",
	Title:    "SNS topic policy allows any principal",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A topic policy statement that allows Principal \"*\" without a condition lets anyone with an AWS " +
		"account use the granted actions: publish forged messages to every subscriber, subscribe their own " +
		"endpoints to read every message, or change the topic itself.",
	Remediation: "Name the accounts, roles or services that need access, or restrict \"*\" with a condition such as " +
		"aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID:\n\n" +
		"    principals {\n      type        = \"Service\"\n      identifiers = [\"events.amazonaws.com\"]\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy",
	},
	Resources: []string{"aws_sns_topic", "aws_sns_topic_policy"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.ResourcePolicy, "SNS topic policy of %s allows any principal without a condition")
	},
}
