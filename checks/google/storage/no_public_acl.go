package storage

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicACL flags ACLs that give allUsers or allAuthenticatedUsers access
// to a bucket or its objects: predefined_acl publicRead, publicReadWrite or
// authenticatedRead, a role_entity "ROLE:allUsers", or an access control
// whose entity is public, on google_storage_bucket_acl,
// google_storage_bucket_access_control, google_storage_default_object_acl,
// google_storage_default_object_access_control, google_storage_object_acl
// and google_storage_object_access_control. Not reported when the bucket is
// in the configuration and uses uniform bucket-level access (ACLs do not
// apply) or enforces public access prevention, or when either setting is
// unknown. Write or owner access is critical.
var NoPublicACL = &lint.Check{
	ID:       "google-storage-no-public-acl",
	Title:    "Cloud Storage ACL grants access to allUsers or allAuthenticatedUsers",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A public ACL on a bucket or its objects lets anyone on the internet, or anyone with a Google " +
		"account, list or read them, and with WRITER or OWNER replace their content. ACLs sit outside the bucket's " +
		"IAM policy, so such exposure is easy to miss in reviews.",
	Remediation: "Remove the public entity, turn ACLs off with uniform bucket-level access, and enforce public " +
		"access prevention:\n\n" +
		"    resource \"google_storage_bucket\" \"b\" {\n      name                        = \"my-bucket\"\n" +
		"      location                    = \"EU\"\n      uniform_bucket_level_access = true\n" +
		"      public_access_prevention    = \"enforced\"\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/access-control/lists",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_access_control",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_default_object_acl",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_default_object_access_control",
	},
	Resources: []string{
		"google_storage_bucket_acl", "google_storage_bucket_access_control", "google_storage_default_object_acl",
		"google_storage_default_object_access_control", "google_storage_object_acl", "google_storage_object_access_control",
	},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			t := bucketTarget(p.Module, r.Attr("bucket"))
			if aclsOff(t) {
				continue
			}
			predefined := r.Attr("predefined_acl")
			switch s, _ := predefined.StringOr(""); s {
			case "publicReadWrite":
				p.Reportf(predefined, "%s lets anyone read and write %s (%s)", r.Address, what(r), s).Severity = lint.Critical
			case "publicRead", "authenticatedRead":
				p.Reportf(predefined, "%s makes %s public (%s)", r.Address, what(r), s)
			}
			for _, re := range r.Attr("role_entity").Elements() {
				s, ok := re.StringOr("")
				if !ok || re.Null() {
					continue
				}
				role, entity, _ := strings.Cut(s, ":")
				aclFinding(p, r, re, role, entity)
			}
			if entity, ok := r.Attr("entity").StringOr(""); ok {
				if role, ok := r.Attr("role").StringOr(""); ok {
					aclFinding(p, r, r.Attr("entity"), role, entity)
				}
			}
		}
	},
}

// aclsOff says whether ACLs may not apply to the target bucket: uniform
// bucket-level access on (or unknown), or public access prevention enforced
// (or unknown).
func aclsOff(t lint.Target) bool {
	if t.Resource == nil {
		return false
	}
	if on, ok := t.Resource.Attr("uniform_bucket_level_access").BoolOr(false); on || !ok {
		return true
	}
	return mayPreventPublic(t)
}

func aclFinding(p *lint.Pass, r *lint.Resource, at lint.Attr, role, entity string) {
	if !iamview.PublicMember(entity) {
		return
	}
	f := p.Reportf(at, "%s gives %s the %s role on %s", r.Address, entity, role, what(r))
	if strings.EqualFold(role, "WRITER") || strings.EqualFold(role, "OWNER") {
		f.Severity = lint.Critical
	}
}

// what names what an ACL resource governs.
func what(r *lint.Resource) string {
	switch r.Type {
	case "google_storage_bucket_acl", "google_storage_bucket_access_control":
		return "the bucket"
	case "google_storage_default_object_acl", "google_storage_default_object_access_control":
		return "new objects of the bucket"
	}
	return "the object"
}
