package monitor

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// cisOperations are the administrative operations the CIS Microsoft Azure
// Foundations Benchmark wants an activity log alert for.
var cisOperations = []string{
	"Microsoft.Authorization/policyAssignments/write",
	"Microsoft.Authorization/policyAssignments/delete",
	"Microsoft.Network/networkSecurityGroups/write",
	"Microsoft.Network/networkSecurityGroups/delete",
	"Microsoft.Security/securitySolutions/write",
	"Microsoft.Security/securitySolutions/delete",
	"Microsoft.Sql/servers/firewallRules/write",
	"Microsoft.Sql/servers/firewallRules/delete",
	"Microsoft.Network/publicIPAddresses/write",
	"Microsoft.Network/publicIPAddresses/delete",
}

// ActivityLogAlerts flags configurations that manage activity log alerts but
// leave out some of the operations the CIS benchmark names (policy
// assignments, network security groups, security solutions, SQL server
// firewall rules, public IP addresses: create or update, and delete).
//
// Whether a configuration manages the subscription's alerting cannot be
// seen from one resource, so the check judges only configurations that
// declare at least one activity log alert (azurerm_monitor_activity_log_alert
// or AzAPI Microsoft.Insights/activityLogAlerts, not a patch): a
// configuration with none is left alone. It reports each missing operation
// at the first such alert. An alert covers an operation when it
// is enabled (enabled, default true in azurerm v3 and v4;
// properties.enabled, true when absent) and its criteria name the operation
// (criteria.operation_name; an allOf/anyOf condition with field
// operationName), or name no operation but its resource type (or no
// resource type at all) in the Administrative category. Any alert whose
// criteria or switch cannot be known silences the check.
var ActivityLogAlerts = &lint.Check{
	ID:       "azure-monitor-activity-log-alerts",
	Title:    "Activity log alerts miss operations the CIS benchmark names",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.IaaS,
	Description: "Deleting a policy assignment, opening a network security group, removing a security solution or " +
		"widening a SQL firewall are classic first steps of an attacker or a risky change. An activity log alert " +
		"on each of them tells the team at once, instead of at the next audit.",
	Remediation: "Declare an alert per operation:\n\n" +
		"    resource \"azurerm_monitor_activity_log_alert\" \"nsg_write\" {\n      name     = \"nsg-write\"\n" +
		"      scopes   = [data.azurerm_subscription.current.id]\n      location = \"global\"\n      criteria {\n" +
		"        category       = \"Administrative\"\n        operation_name = \"Microsoft.Network/networkSecurityGroups/write\"\n" +
		"      }\n      action {\n        action_group_id = azurerm_monitor_action_group.secops.id\n      }\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_activity_log_alert",
		"https://learn.microsoft.com/azure/templates/microsoft.insights/activitylogalerts",
		"https://www.cisecurity.org/benchmark/azure",
	},
	Resources: ActivityLogAlert.Types(),
	Run: func(p *lint.Pass) {
		var first *lint.Resource
		covered := map[string]bool{}
		for _, v := range ActivityLogAlert.Views(p) {
			if v.Patch {
				continue
			}
			if first == nil {
				first = v.R
			}
			ops, ok := alertCovers(v)
			if !ok {
				return
			}
			for _, op := range ops {
				covered[op] = true
			}
		}
		if first == nil {
			return
		}
		for _, op := range cisOperations {
			if !covered[op] {
				p.Reportf(first, "No activity log alert for %s (the configuration declares activity log alerts, so it manages them)", op)
			}
		}
	},
}

// criterion is what one alert matches: an operation, else a resource type
// (both "" means every administrative operation).
type criterion struct{ category, operation, resourceType string }

// alertCovers returns the CIS operations an alert fires on. ok is false when
// that cannot be known.
func alertCovers(v arm.View) (ops []string, ok bool) {
	on, known := v.Attr("enabled", "properties.enabled").BoolOr(true)
	if !known {
		return nil, false
	}
	if !on {
		return nil, true
	}
	var crits []criterion
	if v.ARM {
		crits, ok = armCriteria(v)
	} else {
		crits, ok = rmCriteria(v)
	}
	if !ok {
		return nil, false
	}
	for _, op := range cisOperations {
		for _, c := range crits {
			if c.covers(op) {
				ops = append(ops, op)
				break
			}
		}
	}
	return ops, true
}

func (c criterion) covers(op string) bool {
	if c.category != "" && !strings.EqualFold(c.category, "Administrative") {
		return false
	}
	if c.operation != "" {
		return strings.EqualFold(c.operation, op)
	}
	if c.resourceType != "" {
		return strings.EqualFold(c.resourceType, op[:strings.LastIndex(op, "/")])
	}
	return c.category != ""
}

// rmCriteria reads the criteria block of an azurerm alert.
func rmCriteria(v arm.View) ([]criterion, bool) {
	var out []criterion
	for _, b := range v.R.Blocks("criteria") {
		var c criterion
		for _, f := range []struct {
			name string
			to   *string
		}{{"category", &c.category}, {"operation_name", &c.operation}, {"resource_type", &c.resourceType}} {
			s, known := b.Attr(f.name).StringOr("")
			if !known {
				return nil, false
			}
			*f.to = s
		}
		out = append(out, c)
	}
	return out, true
}

// armCriteria reads properties.condition.allOf of an AzAPI alert: the
// field/equals pairs of allOf, where an anyOf item offers alternatives.
func armCriteria(v arm.View) ([]criterion, bool) {
	all := v.Attr("", "properties.condition.allOf")
	if !all.Known() {
		return nil, all.Null()
	}
	base := criterion{}
	var alternatives []criterion
	for _, e := range all.Elements() {
		if alts := arm.Field(e, "anyOf"); !alts.Null() {
			for _, a := range alts.Elements() {
				var c criterion
				if !setField(&c, a) {
					return nil, false
				}
				alternatives = append(alternatives, c)
			}
			continue
		}
		if !setField(&base, e) {
			return nil, false
		}
	}
	if len(alternatives) == 0 {
		return []criterion{base}, true
	}
	out := make([]criterion, 0, len(alternatives))
	for _, a := range alternatives {
		c := base
		if a.category != "" {
			c.category = a.category
		}
		if a.operation != "" {
			c.operation = a.operation
		}
		if a.resourceType != "" {
			c.resourceType = a.resourceType
		}
		out = append(out, c)
	}
	return out, true
}

// setField records one {field, equals} condition; false when it cannot be
// read.
func setField(c *criterion, e lint.Attr) bool {
	field, fk := arm.Field(e, "field").StringOr("")
	equals, ek := arm.Field(e, "equals").StringOr("")
	if !fk || !ek {
		return false
	}
	switch strings.ToLower(field) {
	case "category":
		c.category = equals
	case "operationname":
		c.operation = equals
	case "resourcetype":
		c.resourceType = equals
	}
	return true
}
