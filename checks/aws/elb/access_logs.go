package elb

import "github.com/tenantlint/tenantlint/lint"

// AccessLogs flags Application Load Balancers without access logs. Defaults
// relied on (hashicorp/aws v3-v6): no access_logs block means no logs;
// access_logs.enabled defaults to false on aws_lb/aws_alb even when a bucket
// is set, and to true on a Classic Load Balancer (aws_elb). Network Load
// Balancers are not judged: their access logs only cover TLS listeners.
var AccessLogs = &lint.Check{
	ID:       "aws-elb-access-logs",
	Title:    "Load balancer access logs are off",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Access logs record every request the load balancer receives: client address, path, " +
		"status, TLS version and target. Without them there is no record of scanning, exploitation " +
		"attempts or data access at the edge of the application, and investigating an incident is guesswork.",
	Remediation: "Enable access logs to an S3 bucket:\n\n" +
		"    access_logs {\n" +
		"      bucket  = aws_s3_bucket.lb_logs.id\n" +
		"      enabled = true\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs",
	},
	Resources: append([]string{"aws_elb"}, loadBalancers...),
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			classic := r.Type == "aws_elb"
			if t, ok := lbType(r); !classic && (!ok || t != "application") {
				continue
			}
			logs := r.Block("access_logs")
			if !logs.Exists() {
				p.Reportf(r, "load balancer %s has no access_logs block", r.Address)
				continue
			}
			en := logs.Attr("enabled")
			if on, ok := en.BoolOr(classic); ok && !on {
				p.Reportf(en, "load balancer %s does not enable access logs", r.Address)
			}
		}
	},
}
