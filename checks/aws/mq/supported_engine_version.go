package mq

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/engver"
	"github.com/tenantlint/tenantlint/lint"
)

// SupportedEngineVersion flags brokers whose engine_version is a minor
// version Amazon MQ no longer supports, by the end-of-support table in
// engine_versions.go (read on supportTableDate; judged against that date,
// not the clock). engine_version is required (hashicorp/aws v3-v6).
// auto_minor_version_upgrade changes nothing: Amazon MQ applies patch
// versions with it, and at end of support it moves the broker itself, so
// the configuration still names a retired version (and drifts from what
// runs). An unknown engine or version, a version newer than the table
// (ActiveMQ 5.18+, RabbitMQ 3.13+ as read) or one written without a minor
// is no finding.
var SupportedEngineVersion = &lint.Check{
	ID:       "aws-mq-supported-engine-version",
	Title:    "Amazon MQ broker runs an engine version out of support",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Amazon MQ stops supporting old ActiveMQ and RabbitMQ minor versions: they get no more " +
		"security fixes, new brokers cannot be created on them, and Amazon MQ upgrades the remaining brokers " +
		"in a maintenance window of its choosing, with a restart. A configuration that still names such a " +
		"version runs a broker with known, unpatched flaws until then, and fights the forced upgrade on the " +
		"next apply.",
	Remediation: "Move to a supported minor version (and let patches apply automatically):\n\n" +
		"    resource \"aws_mq_broker\" \"this\" {\n" +
		"      engine_type                = \"ActiveMQ\"\n" +
		"      engine_version             = \"5.18\"\n" +
		"      auto_minor_version_upgrade = true\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/activemq-version-management.html",
		"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-version-management.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#engine_version",
	},
	Resources: []string{"aws_mq_broker"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			engine, ok1 := r.Attr("engine_type").StringOr("")
			a := r.Attr("engine_version")
			s, ok2 := a.StringOr("")
			if !ok1 || !ok2 || a.Null() {
				continue
			}
			v, ok := engver.Parse(s)
			if !ok {
				continue
			}
			date, before := retiredOn(engine, v)
			switch {
			case date == "":
			case before:
				p.Reportf(a, "Amazon MQ broker %s runs %s %s, retired before %s (support table of %s)", r.Address, engine, s, date, supportTableDate)
			default:
				p.Reportf(a, "Amazon MQ broker %s runs %s %s, out of support since %s (support table of %s)", r.Address, engine, s, date, supportTableDate)
			}
		}
	},
}
