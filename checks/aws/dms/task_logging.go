package dms

import "github.com/tenantlint/tenantlint/lint"

// TaskLogging flags replication tasks that log nothing to CloudWatch: no
// replication_task_settings, or settings whose Logging.EnableLogging is not
// true. Default relied on: DMS task logging is off unless the task settings
// turn it on (hashicorp/aws v3-v6 pass the JSON document through). Settings
// that cannot be read or known are left alone.
var TaskLogging = &lint.Check{
	ID:       "aws-dms-task-logging",
	Title:    "DMS replication task does not log to CloudWatch",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Task logs record what a replication task read, wrote and failed on, for the source and " +
		"target. Without them a task that copied data to the wrong place, or was changed to, leaves no " +
		"record of what moved.",
	Remediation: "Turn logging on in the task settings:\n\n" +
		"    replication_task_settings = jsonencode({\n" +
		"      Logging = { EnableLogging = true }\n" +
		"    })",
	Links: []string{
		"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_task#replication_task_settings",
	},
	Resources: []string{"aws_dms_replication_task"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			settings := r.Attr("replication_task_settings")
			if settings.Null() {
				p.Reportf(r, "DMS replication task %s has no replication_task_settings: task logging is off", r.Address)
				continue
			}
			doc, ok := settings.JSON()
			if !ok {
				continue
			}
			on, ok := doc.Get("Logging").Get("EnableLogging").BoolOr(false)
			if ok && !on {
				p.Reportf(settings, "DMS replication task %s does not enable logging (Logging.EnableLogging)", r.Address)
			}
		}
	},
}
