package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicDatabasePorts flags security group rules that open database and
// cache ports to the internet. Rules that also open an administration port
// are reported by aws-ec2-no-public-admin-ports instead, and rules that open
// every port by aws-ec2-no-public-all-ports.
var NoPublicDatabasePorts = &lint.Check{
	ID:       "aws-ec2-no-public-database-ports",
	Title:    "Security group opens a database port to the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule admits 0.0.0.0/0 (or ::/0) to a database or cache port (MySQL, PostgreSQL, " +
		"SQL Server, Oracle, MongoDB, Redis, Memcached, Elasticsearch, Cassandra, Redshift...). Exposed " +
		"databases are found by internet-wide scans and attacked with default credentials, brute force " +
		"and engine exploits; several of these engines have no authentication at all by default.",
	Remediation: "Allow the port only from the application's security group or private ranges:\n\n" +
		"    resource \"aws_vpc_security_group_ingress_rule\" \"db\" {\n" +
		"      security_group_id            = aws_security_group.db.id\n" +
		"      referenced_security_group_id = aws_security_group.app.id\n" +
		"      ip_protocol                  = \"tcp\"\n" +
		"      from_port                    = 5432\n" +
		"      to_port                      = 5432\n" +
		"    }",
	Links:     sgLinks("security_group_rule", "vpc_security_group_ingress_rule"),
	Resources: sgTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "database") },
}
