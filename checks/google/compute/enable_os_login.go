package compute

import "github.com/tenantlint/tenantlint/lint"

// osLoginKey is the metadata key that turns OS Login on.
const osLoginKey = "enable-oslogin"

// EnableOSLogin flags configurations that leave OS Login off: an instance or
// template whose metadata sets enable-oslogin to false (it overrides the
// project), a google_compute_project_metadata whose map lacks the key or
// sets it false (the resource owns the project's whole metadata, so an
// absent key is known to be absent), and a google_compute_project_metadata_item
// that sets it false. Default relied on (Compute Engine, every
// hashicorp/google version): OS Login is off unless metadata turns it on. An
// instance that does not set the key takes the project's value, which the
// configuration may not hold: it is not reported. The organisation policy
// constraints/compute.requireOsLogin cannot be seen from Terraform.
var EnableOSLogin = &lint.Check{
	ID:       "google-compute-enable-os-login",
	Title:    "OS Login is not turned on",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "Without OS Login, SSH access to a VM is granted by keys pasted into instance or project metadata, " +
		"which nobody reviews and which outlive the people who own them. OS Login ties SSH access to IAM " +
		"identities and roles, so removing a user or a role revokes access everywhere at once.",
	Remediation: "Turn OS Login on for the project (and do not override it per instance):\n\n" +
		"    resource \"google_compute_project_metadata_item\" \"oslogin\" {\n" +
		"      key   = \"enable-oslogin\"\n      value = \"TRUE\"\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
		registry(projectItemType, ""),
		registry(projectMetadataType, ""),
		registry(instanceType, "metadata"),
	},
	Resources: append([]string{projectMetadataType, projectItemType}, instanceTypes...),
	Run: func(p *lint.Pass) {
		items := projectSettings(p.Module, osLoginKey)
		for _, r := range p.Resources() {
			switch r.Type {
			case projectMetadataType:
				v := r.Attr("metadata").Field(osLoginKey)
				if on, ok := metaBool(v); ok && !on {
					p.Reportf(v, "project metadata %s turns OS Login off (enable-oslogin = %s)", r.Address, v.Display())
					continue
				}
				m := r.Attr("metadata")
				if !m.Known() || !v.Null() || projectOn(items, r) {
					continue
				}
				p.Reportf(m, "project metadata %s does not turn OS Login on (no enable-oslogin key; OS Login is off by default)", r.Address)
			case projectItemType:
				if k, ok := r.Attr("key").StringOr(""); !ok || k != osLoginKey {
					continue
				}
				v := r.Attr("value")
				if on, ok := metaBool(v); ok && !on {
					p.Reportf(v, "project metadata item %s turns OS Login off (enable-oslogin = %s)", r.Address, v.Display())
				}
			default:
				v := metaKey(r, osLoginKey)
				if on, ok := metaBool(v); ok && !on {
					p.Reportf(v, "%s turns OS Login off in its metadata (enable-oslogin = %s)", r.Address, v.Display())
				}
			}
		}
	},
}

// osLoginOn says whether OS Login is known to be on for an instance: its own
// metadata turns it on, or it does not set the key and a project-level
// setting of the configuration turns it on.
func osLoginOn(r *lint.Resource, project []projectSetting) bool {
	v := metaKey(r, osLoginKey)
	if on, ok := metaBool(v); ok {
		return on
	}
	return v.Null() && r.Attr("metadata").Known() && projectOn(project, r)
}
