package compute

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// confidentialSeries are the machine series on which AMD SEV Confidential VM
// runs in every region that offers them: N2D, C2D and C3D.
var confidentialSeries = []string{"n2d-", "c2d-", "c3d-"}

// EnableConfidentialComputing flags VMs on a machine series that supports
// Confidential VM (N2D, C2D, C3D) that do not turn it on. Defaults relied on
// (hashicorp/google v4-v6): without confidential_instance_config, or with
// enable_confidential_compute false and no confidential_instance_type, the
// VM is not confidential. Other machine series are left alone: turning it on
// there needs a change of machine type, not of this setting. An instance
// made from a template is judged only when it sets the block itself.
var EnableConfidentialComputing = &lint.Check{
	ID:       "google-compute-enable-confidential-computing",
	Title:    "VM on a Confidential VM machine series does not use confidential computing",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "Confidential VM keeps the VM's memory encrypted with a key held by the processor, so data in use " +
		"cannot be read by the hypervisor, by host maintenance tools or through a memory dump. The VM already runs " +
		"on a machine series that supports it, so turning it on costs no redesign.",
	Remediation: "Turn Confidential VM on (it needs on_host_maintenance = \"TERMINATE\" on some series):\n\n" +
		"    confidential_instance_config {\n      confidential_instance_type = \"SEV\"\n    }",
	Links: []string{
		"https://cloud.google.com/confidential-computing/confidential-vm/docs/supported-configurations",
		registry(instanceType, "confidential_instance_config"),
		registry(templateType, "confidential_instance_config"),
	},
	Resources: instanceTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			mt, ok := r.Attr("machine_type").StringOr("")
			if !ok || !onConfidentialSeries(mt) {
				continue
			}
			c := r.Block("confidential_instance_config")
			if !c.Exists() {
				if r.Type != fromTemplateType {
					p.Reportf(r, "%s runs on %s, which supports Confidential VM, without confidential_instance_config", r.Address, mt)
				}
				continue
			}
			on, ok1 := c.Attr("enable_confidential_compute").BoolOr(false)
			kind, ok2 := c.Attr("confidential_instance_type").StringOr("")
			if !ok1 || !ok2 || on || kind != "" {
				continue
			}
			p.Reportf(c, "%s runs on %s, which supports Confidential VM, with confidential computing off", r.Address, mt)
		}
	},
}

// onConfidentialSeries says whether a machine type (a name or a URL ending
// in one) is of a series in confidentialSeries.
func onConfidentialSeries(machineType string) bool {
	name := machineType[strings.LastIndex(machineType, "/")+1:]
	for _, s := range confidentialSeries {
		if strings.HasPrefix(name, s) {
			return true
		}
	}
	return false
}
