package arm

import "github.com/tenantlint/tenantlint/lint"

// Servers is a family of Azure Database servers that share one ARM shape:
// PostgreSQL and MySQL, each with single servers (retired, azurerm v3 only)
// and flexible servers, and their firewall rules. The checks both families
// need are written once here.
type Servers struct {
	// Product names the family in messages ("PostgreSQL").
	Product                          string
	Single, Flexible                 Kind
	SingleFirewall, FlexibleFirewall Kind
}

// TypesOf lists the resource types the kinds are read from (their azurerm
// types, then azapi_resource and azapi_update_resource), for
// lint.Check.Resources.
func TypesOf(ks ...Kind) []string {
	var out []string
	for _, k := range ks {
		out = append(out, k.AzureRM...)
	}
	return append(out, Resource, Update)
}

// PublicNetworkAccess reports servers with a public endpoint. Single
// servers: public_network_access_enabled (default true in azurerm v3) and
// properties.publicNetworkAccess ("Enabled" when absent). Flexible servers
// are judged only when public_network_access_enabled or
// properties.network.publicNetworkAccess is set: their default follows from
// whether the server is placed in a delegated subnet.
func (s Servers) PublicNetworkAccess() func(*lint.Pass) {
	single := Toggle(s.Single, "public_network_access_enabled", "properties.publicNetworkAccess", false,
		Default{RM: true, ARM: "Enabled"}, s.Product+" server %[1]s allows public network access (%[2]s)")
	flexible := Toggle(s.Flexible, "public_network_access_enabled", "properties.network.publicNetworkAccess", false,
		Default{}, s.Product+" flexible server %[1]s allows public network access (%[2]s)")
	return func(p *lint.Pass) { single(p); flexible(p) }
}

// GeoRedundantBackup reports servers whose backups stay in one region:
// geo_redundant_backup_enabled (default false in azurerm v3 and v4, both
// server types), properties.storageProfile.geoRedundantBackup (single) or
// properties.backup.geoRedundantBackup (flexible), "Disabled" when absent.
func (s Servers) GeoRedundantBackup() func(*lint.Pass) {
	d := Default{RM: false, ARM: "Disabled"}
	single := Toggle(s.Single, "geo_redundant_backup_enabled", "properties.storageProfile.geoRedundantBackup", true,
		d, s.Product+" server %[1]s keeps its backups in one region (%[2]s)")
	flexible := Toggle(s.Flexible, "geo_redundant_backup_enabled", "properties.backup.geoRedundantBackup", true,
		d, s.Product+" flexible server %[1]s keeps its backups in one region (%[2]s)")
	return func(p *lint.Pass) { single(p); flexible(p) }
}

// PublicFirewall reports firewall rules of either server type that admit
// the internet (see PublicFirewall).
func (s Servers) PublicFirewall() func(*lint.Pass) {
	msg := s.Product + " firewall rule %[1]s admits the internet (%[2]s to %[3]s)"
	single, flexible := PublicFirewall(s.SingleFirewall, msg), PublicFirewall(s.FlexibleFirewall, msg)
	return func(p *lint.Pass) { single(p); flexible(p) }
}

// SSLEnforced reports single servers that accept connections without TLS:
// ssl_enforcement_enabled, which azurerm v3 requires, or
// properties.sslEnforcement; an absent one is not judged.
func (s Servers) SSLEnforced() func(*lint.Pass) {
	return Toggle(s.Single, "ssl_enforcement_enabled", "properties.sslEnforcement", true, Default{},
		s.Product+" server %[1]s accepts connections without TLS (SSL enforcement %[2]s)")
}

// MinTLS reports single servers that accept TLS below 1.2:
// ssl_minimal_tls_version_enforced (default "TLS1_2" in azurerm v3) or
// properties.minimalTlsVersion (not judged when absent).
func (s Servers) MinTLS() func(*lint.Pass) {
	return OneOf(s.Single, "ssl_minimal_tls_version_enforced", "properties.minimalTlsVersion", []string{"TLS1_2"},
		Default{RM: "TLS1_2"}, s.Product+" server %[1]s accepts TLS versions from %[2]s (below TLS1_2)")
}
