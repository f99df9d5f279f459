package compute

import "github.com/tenantlint/tenantlint/lint"

// blockKeysKey is the metadata key that makes an instance ignore project SSH keys.
const blockKeysKey = "block-project-ssh-keys"

// BlockProjectSSHKeys flags instances and templates that accept the SSH keys
// of the project's metadata. Default relied on (Compute Engine, every
// hashicorp/google version): without block-project-ssh-keys = TRUE an
// instance accepts project-wide keys. VMs on which OS Login is known to be on
// (their metadata, or project metadata of the configuration they do not
// override) are left out: OS Login ignores metadata keys. An instance made
// from a template is reported only when it sets the key false itself.
var BlockProjectSSHKeys = &lint.Check{
	ID:       "google-compute-block-project-ssh-keys",
	Title:    "VM accepts project-wide SSH keys",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "A key added to the project's metadata opens SSH on every VM of the project that does not block " +
		"project keys. One leaked or forgotten project key then reaches every machine, including ones its owner " +
		"was never meant to use; blocking project keys limits access to the keys of each instance.",
	Remediation: "Block project keys on the instance (or turn OS Login on):\n\n" +
		"    metadata = {\n      block-project-ssh-keys = \"TRUE\"\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys",
		registry(instanceType, "metadata"),
		registry(templateType, "metadata"),
	},
	Resources: instanceTypes,
	Run: func(p *lint.Pass) {
		project := projectSettings(p.Module, osLoginKey)
		for _, r := range p.Resources() {
			v := metaKey(r, blockKeysKey)
			on, ok := metaBool(v)
			switch {
			case ok && on:
			case ok:
				if !osLoginOn(r, project) {
					p.Reportf(v, "%s accepts project-wide SSH keys (block-project-ssh-keys = %s)", r.Address, v.Display())
				}
			case v.Null() && r.Type != fromTemplateType:
				m := r.Attr("metadata")
				if !m.Known() || osLoginOn(r, project) {
					continue
				}
				var at lint.Subject = r
				if !m.Null() {
					at = m
				}
				p.Reportf(at, "%s accepts project-wide SSH keys (metadata does not set block-project-ssh-keys)", r.Address)
			}
		}
	},
}
