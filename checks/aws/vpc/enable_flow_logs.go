// Package vpc holds the checks for VPCs themselves: flow logs and the default VPC.
package vpc

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableFlowLogs flags VPCs that no aws_flow_log points at (by vpc_id). It
// stays silent when some flow log's vpc_id is unknown and comes from no
// resource in the configuration: that log may well be this VPC's.
var EnableFlowLogs = &lint.Check{
	ID:       "aws-vpc-enable-flow-logs",
	Title:    "VPC has no flow log",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "Without flow logs there is no record of which addresses talked to which instances, " +
		"on which ports, and whether traffic was accepted or rejected. Investigating a compromise, " +
		"spotting exfiltration or scanning, and proving what an attacker reached all depend on them.",
	Remediation: "Add a flow log for the VPC:\n\n" +
		"    resource \"aws_flow_log\" \"main\" {\n" +
		"      vpc_id               = aws_vpc.main.id\n" +
		"      traffic_type         = \"ALL\"\n" +
		"      log_destination_type = \"s3\"\n" +
		"      log_destination      = aws_s3_bucket.flow_logs.arn\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log",
	},
	Resources: []string{"aws_vpc"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			logs, certain := p.Module.Companions(names.AWS, r, "aws_flow_log", "vpc_id")
			if certain && len(logs) == 0 {
				p.Reportf(r, "VPC %s has no aws_flow_log", r.Address)
			}
		}
	},
}
