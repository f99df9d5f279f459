package compute

import "github.com/tenantlint/tenantlint/lint"

// serialKey is the metadata key that opens the interactive serial console.
const serialKey = "serial-port-enable"

// NoSerialPort flags metadata that turns on interactive access to the serial
// console: on an instance or template, or for the whole project through
// google_compute_project_metadata or _item. Default relied on (Compute
// Engine, every hashicorp/google version): the interactive serial console is
// off.
var NoSerialPort = &lint.Check{
	ID:       "google-compute-no-serial-port",
	Title:    "Interactive serial console access is turned on",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The interactive serial console accepts connections from any IP address and is not governed " +
		"by firewall rules, so it bypasses the network controls around the VM. Anyone holding a key accepted by " +
		"the console can get a login prompt from the internet.",
	Remediation: "Remove the key or set it off:\n\n    metadata = {\n      serial-port-enable = \"FALSE\"\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
		registry(instanceType, "metadata"),
		registry(projectItemType, ""),
	},
	Resources: append([]string{projectMetadataType, projectItemType}, instanceTypes...),
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			var v lint.Attr
			where := "its metadata"
			switch r.Type {
			case projectMetadataType:
				v, where = r.Attr("metadata").Field(serialKey), "project metadata, for every VM of the project"
			case projectItemType:
				if k, ok := r.Attr("key").StringOr(""); !ok || k != serialKey {
					continue
				}
				v, where = r.Attr("value"), "project metadata, for every VM of the project"
			default:
				v = metaKey(r, serialKey)
			}
			if on, ok := metaBool(v); ok && on {
				p.Reportf(v, "%s turns on the interactive serial console in %s (serial-port-enable = %s)", r.Address, where, v.Display())
			}
		}
	},
}
