package eks

import "github.com/tenantlint/tenantlint/lint"

// NodeSSHOpen flags managed node groups whose SSH access is open to the
// internet. Provider behaviour relied on: when remote_access sets ec2_ssh_key
// without source_security_group_ids, EKS opens port 22 to 0.0.0.0/0.
var NodeSSHOpen = &lint.Check{
	ID:       "aws-eks-node-ssh-open",
	Title:    "EKS node group opens SSH to the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A managed node group with an SSH key and no source security groups gets a security group " +
		"rule that allows port 22 from 0.0.0.0/0. Nodes with public addresses are then open to SSH brute force " +
		"and exploits from anywhere, and a node gives access to every pod and credential on it.",
	Remediation: "Limit SSH to a bastion's security group, or drop remote_access and use SSM Session " +
		"Manager:\n\n" +
		"    remote_access {\n" +
		"      ec2_ssh_key               = aws_key_pair.ops.key_name\n" +
		"      source_security_group_ids = [aws_security_group.bastion.id]\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group#remote_access-configuration-block",
	},
	Resources: []string{"aws_eks_node_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			ra := r.Block("remote_access")
			key, ok := ra.Attr("ec2_ssh_key").StringOr("")
			if !ok || key == "" {
				continue
			}
			sgs := ra.Attr("source_security_group_ids")
			if sgs.Null() || (sgs.Known() && len(sgs.Elements()) == 0) {
				p.Reportf(ra, "EKS node group %s opens SSH (port 22) to 0.0.0.0/0", r.Address)
			}
		}
	},
}
