package compute

import "github.com/tenantlint/tenantlint/lint"

// NoPublicIP flags VMs whose network interfaces have an external address:
// an access_config block (external IPv4, ephemeral or static) or an
// ipv6_access_config block (external IPv6). Default relied on
// (hashicorp/google v4-v6): without these blocks an interface has internal
// addresses only. An instance made from a template is judged on the
// interfaces it declares itself; the template on its own. A block whose
// every argument is unknown and computed from no resource is taken for the
// expansion of a dynamic block over a collection that is not known (the
// loader then evaluates its content once, with an unknown iterator) and is
// not reported: whether any such block exists is not known.
var NoPublicIP = &lint.Check{
	ID:       "google-compute-no-public-ip",
	Title:    "VM has an external IP address",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "An external address makes the VM reachable from the whole internet, so one permissive firewall " +
		"rule or a service listening on the wrong interface exposes it directly. VMs that only need outbound access " +
		"can use Cloud NAT, and administrators can reach them through IAP TCP forwarding without a public address.",
	Remediation: "Remove the access_config block; give outbound access through Cloud NAT and reach the VM " +
		"through IAP:\n\n" +
		"    network_interface {\n      subnetwork = google_compute_subnetwork.private.id\n      # no access_config\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#disableexternalip",
		"https://cloud.google.com/nat/docs/overview",
		registry(instanceType, "access_config"),
		registry(templateType, "access_config"),
	},
	Resources: instanceTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, ni := range r.Blocks("network_interface") {
				for _, ac := range ni.Blocks("access_config") {
					if unknownExpansion(ac) {
						continue
					}
					p.Reportf(ac, "%s has an external IPv4 address (access_config in %s)", r.Address, ni.Path)
				}
				for _, ac := range ni.Blocks("ipv6_access_config") {
					if unknownExpansion(ac) {
						continue
					}
					p.Reportf(ac, "%s has an external IPv6 address (ipv6_access_config in %s)", r.Address, ni.Path)
				}
			}
		}
	},
}

// unknownExpansion says whether every argument of a block is unknown and
// computed from no resource, as the arguments of a dynamic block's content
// are when its for_each is not known. A block without arguments says
// nothing and is not one.
func unknownExpansion(b *lint.Block) bool {
	names := b.AttrNames()
	for _, n := range names {
		if a := b.Attr(n); a.Known() || len(a.Refs()) > 0 {
			return false
		}
	}
	return len(names) > 0
}
