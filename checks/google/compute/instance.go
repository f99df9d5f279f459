package compute

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// The instance types the compute checks read. An instance made from a
// template takes every argument it leaves out from the template, so the
// checks judge only what it sets itself: the template is judged on its own.
const (
	instanceType       = "google_compute_instance"
	templateType       = "google_compute_instance_template"
	regionTemplateType = "google_compute_region_instance_template"
	fromTemplateType   = "google_compute_instance_from_template"
)

// instanceTypes are the resource types that describe a VM.
var instanceTypes = []string{instanceType, fromTemplateType, templateType, regionTemplateType}

// Project metadata types: the authoritative whole map and a single key.
const (
	projectMetadataType = "google_compute_project_metadata"
	projectItemType     = "google_compute_project_metadata_item"
)

// registry is the Terraform registry page of a google resource type.
func registry(typ, anchor string) string {
	u := "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/" + strings.TrimPrefix(typ, "google_")
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// metaBool reads a metadata value as the guest environment and the metadata
// server read boolean keys: TRUE/FALSE in any case, 1/0, yes/no. ok is false
// when the value is unknown or not one of these.
func metaBool(a lint.Attr) (on, ok bool) {
	s, ok := a.StringOr("")
	if !ok || a.Null() {
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "y", "t":
		return true, true
	case "false", "0", "no", "n", "f":
		return false, true
	}
	return false, false
}

// metaKey returns the value of one metadata key of an instance or template:
// absent (null) when the metadata map does not hold it, unknown when the map
// itself is unknown.
func metaKey(r *lint.Resource, key string) lint.Attr {
	return r.Attr("metadata").Field(key)
}

// projectSetting is one project-level metadata key as the configuration
// sets it: from google_compute_project_metadata (the whole map, so an absent
// key is known to be absent) or google_compute_project_metadata_item.
type projectSetting struct {
	res     *lint.Resource
	project lint.Attr
	value   lint.Attr // null when an authoritative map lacks the key
	// whole is true for google_compute_project_metadata.
	whole bool
}

// projectSettings lists what the configuration says about one project
// metadata key. It is read once per check run, not per instance.
func projectSettings(m *lint.Module, key string) []projectSetting {
	var out []projectSetting
	for _, r := range m.Resources(projectMetadataType) {
		out = append(out, projectSetting{res: r, project: r.Attr("project"), value: r.Attr("metadata").Field(key), whole: true})
	}
	for _, r := range m.Resources(projectItemType) {
		k, ok := r.Attr("key").StringOr("")
		if !ok || k != key {
			continue
		}
		out = append(out, projectSetting{res: r, project: r.Attr("project"), value: r.Attr("value")})
	}
	return out
}

// sameProject says whether a project-level setting may apply to r: either
// names no project (the provider's project) or both name the same one. An
// unknown project may be any.
func sameProject(s projectSetting, r *lint.Resource) bool {
	a, b := s.project, r.Attr("project")
	if a.Null() && b.Null() {
		return true
	}
	x, ok1 := a.StringOr("")
	y, ok2 := b.StringOr("")
	if !ok1 || !ok2 {
		return true
	}
	if a.Null() || b.Null() {
		// One names the provider's project, the other a literal one: it
		// may be the same.
		return true
	}
	return strings.TrimPrefix(x, "projects/") == strings.TrimPrefix(y, "projects/")
}

// projectOn says whether the configuration turns the key on at the project
// level for r: some project-level setting that may apply to r is known to
// be true.
func projectOn(settings []projectSetting, r *lint.Resource) bool {
	for _, s := range settings {
		if on, ok := metaBool(s.value); ok && on && sameProject(s, r) {
			return true
		}
	}
	return false
}
