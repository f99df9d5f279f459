package arm

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// The IP range of a database firewall rule (Azure SQL, PostgreSQL, MySQL):
// the arguments start_ip_address and end_ip_address (required in azurerm v3
// and v4), the properties startIpAddress and endIpAddress in ARM.
const (
	startArg, endArg   = "start_ip_address", "end_ip_address"
	startProp, endProp = "properties.startIpAddress", "properties.endIpAddress"
)

// ruleRange reads the known range of a firewall rule view; ok is false when
// a patch may set it, or either end is absent or unknown.
func ruleRange(m *lint.Module, k Kind, v View) (start, end string, at lint.Attr, ok bool) {
	if k.Patched(m, v, startProp) || k.Patched(m, v, endProp) {
		return "", "", lint.Attr{}, false
	}
	sa, ea := v.Attr(startArg, startProp), v.Attr(endArg, endProp)
	s, sk := sa.StringOr("")
	e, ek := ea.StringOr("")
	if !sk || !ek || sa.Null() || ea.Null() {
		return "", "", lint.Attr{}, false
	}
	return strings.TrimSpace(s), strings.TrimSpace(e), sa, true
}

// PublicFirewall reports firewall rules of kind k whose range admits the
// internet at large (netrange.PublicRange, the rule every network check shares). msg is a
// format with the address, the start and the end.
func PublicFirewall(k Kind, msg string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range k.Views(p) {
			s, e, at, ok := ruleRange(p.Module, k, v)
			if !ok {
				continue
			}
			if public, ok := netrange.PublicRange(s, e); ok && public {
				p.Reportf(at, msg, v.R.Address, s, e)
			}
		}
	}
}

// AzureServicesFirewall reports firewall rules of kind k from 0.0.0.0 to
// 0.0.0.0: the special rule "Allow Azure services and resources to access
// this server", which admits connections from any Azure resource of any
// tenant. msg is a format with the address.
func AzureServicesFirewall(k Kind, msg string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range k.Views(p) {
			s, e, at, ok := ruleRange(p.Module, k, v)
			if ok && s == "0.0.0.0" && e == "0.0.0.0" {
				p.Reportf(at, msg, v.R.Address)
			}
		}
	}
}
