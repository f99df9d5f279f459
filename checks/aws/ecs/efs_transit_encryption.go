package ecs

import "github.com/tenantlint/tenantlint/lint"

// EFSTransitEncryption flags task volumes that mount EFS without TLS.
// Default relied on: transit_encryption is DISABLED.
var EFSTransitEncryption = &lint.Check{
	ID:       "aws-ecs-efs-transit-encryption",
	Title:    "ECS task mounts EFS without encryption in transit",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without transit encryption, file contents travel between the task and the EFS mount target as " +
		"plain NFS traffic that anything able to capture traffic in the VPC can read or alter. It is also " +
		"required for EFS IAM authorization.",
	Remediation: "Set transit_encryption = \"ENABLED\" in the volume's efs_volume_configuration:\n\n" +
		"    efs_volume_configuration {\n" +
		"      file_system_id     = aws_efs_file_system.data.id\n" +
		"      transit_encryption = \"ENABLED\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption",
	},
	Resources: []string{"aws_ecs_task_definition"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, vol := range r.Blocks("volume") {
				for _, efs := range vol.Blocks("efs_volume_configuration") {
					te := efs.Attr("transit_encryption")
					if v, ok := te.StringOr("DISABLED"); ok && v != "ENABLED" {
						name, _ := vol.Attr("name").StringOr("")
						p.Reportf(te, "ECS task definition %s mounts EFS volume %q without encryption in transit", r.Address, name)
					}
				}
			}
		}
	},
}
