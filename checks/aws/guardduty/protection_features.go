package guardduty

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// ProtectionFeatures flags protection plans that are explicitly turned off:
// an aws_guardduty_detector_feature with status DISABLED, or a detector's
// legacy datasources block with enable = false. A plan that is not declared
// is left to the account's settings and not reported.
var ProtectionFeatures = &lint.Check{
	ID:       "aws-guardduty-protection-features",
	Title:    "GuardDuty protection plan is turned off",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.SaaS,
	Description: "GuardDuty's foundational sources (CloudTrail management events, VPC flow logs, DNS) do not " +
		"cover S3 data access, EKS audit logs, malware on EBS volumes, RDS logins or runtime behaviour. A plan " +
		"turned off leaves that kind of attack without detection.",
	Remediation: "Set the feature's status to ENABLED:\n\n" +
		"    resource \"aws_guardduty_detector_feature\" \"s3\" {\n" +
		"      detector_id = aws_guardduty_detector.main.id\n      name        = \"S3_DATA_EVENTS\"\n      status      = \"ENABLED\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector_feature",
	},
	Resources: []string{"aws_guardduty_detector_feature", "aws_guardduty_detector"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_guardduty_detector_feature" {
				st := r.Attr("status")
				if s, ok := st.StringOr(""); ok && strings.EqualFold(s, "DISABLED") {
					name, _ := r.Attr("name").StringOr("")
					p.Reportf(st, "GuardDuty protection %s is disabled by %s", name, r.Address)
				}
				continue
			}
			ds := r.Block("datasources")
			legacy := []struct{ name, path string }{
				{"S3 protection", "s3_logs"},
				{"EKS audit log monitoring", "kubernetes.audit_logs"},
				{"malware protection", "malware_protection.scan_ec2_instance_with_findings.ebs_volumes"},
			}
			for _, l := range legacy {
				b := ds
				for _, part := range strings.Split(l.path, ".") {
					b = b.Block(part)
				}
				if !b.Exists() {
					continue
				}
				a := b.Attr("enable")
				if on, ok := a.BoolOr(true); ok && !on {
					p.Reportf(a, "GuardDuty detector %s has %s turned off", r.Address, l.name)
				}
			}
		}
	},
}
