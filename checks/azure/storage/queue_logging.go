package storage

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// QueueLogging flags accounts with a queue service that logs neither
// through a diagnostic setting on the queue service (target
// "<account ID>/queueServices/default", or an AzAPI queueServices child; the
// categories StorageRead, StorageWrite and StorageDelete, or allLogs) nor,
// for azurerm, through classic Storage Analytics logging that records
// reads, writes and deletes: the logging block of queue_properties (azurerm
// v3, v4) or of an azurerm_storage_account_queue_properties companion
// (azurerm v4), whose read, write and delete are required. Classic logging
// is no ARM property, so an AzAPI account needs a diagnostic setting. Only
// StorageV2 and Storage accounts have queues. A diagnostic setting whose
// target is computed from the account but not known may be the queue
// service's, so it silences the check.
var QueueLogging = &lint.Check{
	ID:       "azure-storage-queue-logging",
	Title:    "Storage account does not log queue requests",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Queue messages often carry work orders between services. Without logs of who read, wrote or " +
		"deleted messages, tampering with the queue or reading from it with a leaked key leaves no trace to " +
		"investigate.",
	Remediation: "Log every kind of request:\n\n" +
		"    resource \"azurerm_storage_account_queue_properties\" \"sa\" {\n" +
		"      storage_account_id = azurerm_storage_account.sa.id\n      logging {\n        version = \"1.0\"\n" +
		"        read    = true\n        write   = true\n        delete  = true\n        retention_policy_days = 90\n      }\n    }\n\n" +
		"or a diagnostic setting on \"${azurerm_storage_account.sa.id}/queueServices/default\" with enabled_log " +
		"{ category_group = \"allLogs\" } (with azapi: a Microsoft.Insights/diagnosticSettings whose parent_id is the " +
		"queueServices child).",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/storage-analytics-logging",
		"https://learn.microsoft.com/azure/storage/queues/monitor-queue-storage",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting",
		docAccount + "#queue_properties",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_queue_properties",
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if k, ok := kind(v); v.Patch || !ok || k != "storagev2" && k != "storage" {
				continue
			}
			if diagnosed(p, v) {
				continue
			}
			if v.ARM {
				p.Reportf(v.R, "Storage account %s has no diagnostic setting that logs its queue requests", v.R.Address)
				continue
			}
			blocks := []*lint.Block{v.R.Block("queue_properties").Block("logging")}
			props, certain := companions(p.Module, v, "azurerm_storage_account_queue_properties")
			if !certain {
				continue
			}
			for _, c := range props {
				blocks = append(blocks, c.Block("logging"))
			}
			at := lint.Subject(v.R)
			if qp := v.R.Block("queue_properties"); qp.Exists() {
				at = qp
			}
			judgeLogging(p, v, blocks, at)
		}
	},
}

// diagnosed says whether a diagnostic setting of the queue service logs
// every request, or may.
func diagnosed(p *lint.Pass, v arm.View) bool {
	queues, _ := Account.Children(p.Module, v, QueueService, "")
	settings, certain := Account.DiagnosticsOf(p.Module, v, "/queueServices/default", queues)
	if !certain {
		return true
	}
	for _, d := range settings {
		if all, ok := arm.LogsAll(d, "StorageRead", "StorageWrite", "StorageDelete"); all || !ok {
			return true
		}
	}
	return false
}

// judgeLogging reports the first logging block that leaves out a kind of
// request (at its first such argument, naming them all), or at when no block
// logs. A block that logs everything, or one that cannot be read, ends it.
func judgeLogging(p *lint.Pass, v arm.View, blocks []*lint.Block, at lint.Subject) {
	var first lint.Attr
	var firstOps []string
	found := false
	for _, b := range blocks {
		if !b.Exists() {
			continue
		}
		found = true
		var missing []string
		var where lint.Attr
		for _, op := range []string{"read", "write", "delete"} {
			a := b.Attr(op)
			on, ok := a.BoolOr(false)
			if !ok {
				return
			}
			if !on {
				if missing == nil {
					where = a
				}
				missing = append(missing, op)
			}
		}
		if missing == nil {
			return
		}
		if firstOps == nil {
			first, firstOps = where, missing
		}
	}
	switch {
	case firstOps != nil:
		p.Reportf(first, "Storage account %s does not log queue %s requests", v.R.Address, strings.Join(firstOps, ", "))
	case !found:
		p.Reportf(at, "Storage account %s has no queue logging", v.R.Address)
	}
}
