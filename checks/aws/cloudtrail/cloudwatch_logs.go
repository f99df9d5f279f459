package cloudtrail

import "github.com/tenantlint/tenantlint/lint"

// CloudWatchLogs flags trails that do not deliver to CloudWatch Logs. The
// delivery is off unless cloud_watch_logs_group_arn is set.
var CloudWatchLogs = &lint.Check{
	ID:       "aws-cloudtrail-cloudwatch-logs",
	Title:    "CloudTrail trail does not send events to CloudWatch Logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A trail that only writes to S3 cannot drive metric filters and alarms on security events " +
		"(root logins, policy changes, console logins without MFA). Incidents are then found late, by someone " +
		"reading the logs, rather than when they happen.",
	Remediation: "Set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn:\n\n" +
		"    cloud_watch_logs_group_arn = \"${aws_cloudwatch_log_group.trail.arn}:*\"\n" +
		"    cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn",
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail",
	},
	Resources: []string{"aws_cloudtrail"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("cloud_watch_logs_group_arn")
			if s, ok := a.StringOr(""); ok && s == "" {
				p.Reportf(a, "CloudTrail trail %s does not send its events to CloudWatch Logs", r.Address)
			}
		}
	},
}
