package iamview

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

const src = `
variable "who" {
  type = string
}

variable "expr" {
  type = string
}

resource "google_storage_bucket" "b" {
  name     = "iamview-b"
  location = "EU"
}

resource "google_storage_bucket" "c" {
  name     = "iamview-c"
  location = "EU"
}

resource "google_storage_bucket_iam_member" "by_ref" {
  bucket = google_storage_bucket.b.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket_iam_member" "by_name" {
  bucket = "iamview-c"
  role   = "roles/storage.objectViewer"
  member = var.who
}

resource "google_storage_bucket_iam_binding" "outside" {
  bucket  = "elsewhere"
  role    = "roles/storage.admin"
  members = ["user:a@example.com", "allAuthenticatedUsers"]
}

resource "google_project_iam_member" "default_project" {
  role   = "roles/editor"
  member = "user:a@example.com"
  condition {
    title      = "always"
    expression = "true"
  }
}

resource "google_project_iam_member" "timed" {
  project = "projects/p1"
  role    = "roles/editor"
  member  = "user:a@example.com"
  condition {
    title      = "until"
    expression = "request.time < timestamp(\"2027-01-01T00:00:00Z\")"
  }
}

resource "google_project_iam_member" "unknown_cond" {
  project = "p1"
  role    = "roles/owner"
  member  = "user:b@example.com"
  condition {
    title      = "x"
    expression = var.expr
  }
}

data "google_iam_policy" "p" {
  binding {
    role    = "roles/pubsub.publisher"
    members = ["allUsers", "group:g@example.com"]
  }
}

resource "google_pubsub_topic" "t" {
  name = "iamview-t"
}

resource "google_pubsub_topic_iam_policy" "from_data" {
  topic       = google_pubsub_topic.t.id
  policy_data = data.google_iam_policy.p.policy_data
}

resource "google_secret_manager_secret_iam_policy" "from_json" {
  secret_id = "s1"
  policy_data = jsonencode({
    bindings = [{
      role    = "roles/secretmanager.secretAccessor"
      members = ["serviceAccount:x@p.iam.gserviceaccount.com"]
      condition = {
        title      = "c"
        expression = "resource.name.startsWith(\"projects/p/secrets/s1\")"
      }
    }]
  })
}

resource "google_widget_iam_member" "unlisted" {
  widget = "w"
  role   = "roles/widget.user"
  member = "allUsers"
}

resource "google_secret_manager_secret" "s1" {
  secret_id = "s1"
}

resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_service_account_iam_member" "by_path" {
  service_account_id = "projects/p/serviceAccounts/app@p.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountUser"
  member             = "group:g@example.com"
}

resource "google_kms_crypto_key" "k1" {
  name     = "k"
  key_ring = "projects/p/locations/l/keyRings/one"
}

resource "google_kms_crypto_key" "k2" {
  name     = "k"
  key_ring = "projects/p/locations/l/keyRings/two"
}

resource "google_kms_crypto_key_iam_member" "ambiguous" {
  crypto_key_id = "projects/p/locations/l/keyRings/one/cryptoKeys/k"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "group:g@example.com"
}

resource "google_project_iam_custom_role" "not_a_grant" {
  role_id     = "x"
  title       = "x"
  permissions = ["storage.buckets.get"]
}
`

func grants(t *testing.T) []Grant {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	if len(res.Modules) != 1 {
		t.Fatalf("want one module, got %d (%v)", len(res.Modules), res.Diagnostics)
	}
	return Grants(res.Modules[0])
}

func bySource(gs []Grant, addr string) []Grant {
	var out []Grant
	for _, g := range gs {
		if g.Source.Address == addr {
			out = append(out, g)
		}
	}
	return out
}

func TestGrants(t *testing.T) {
	gs := grants(t)
	if len(gs) != 13 {
		for _, g := range gs {
			m, _ := g.MemberName()
			t.Logf("%s %s", g.Source.Address, m)
		}
		t.Fatalf("got %d grants, want 13", len(gs))
	}

	// A path links by its last segment when one instance has that name.
	if g := bySource(gs, "google_secret_manager_secret_iam_policy.from_json")[0]; g.Target.Resource == nil ||
		g.Target.Resource.Address != "google_secret_manager_secret.s1" {
		t.Errorf("from_json: secret s1 not linked by its secret_id: %+v", g.Target)
	}
	if g := bySource(gs, "google_service_account_iam_member.by_path")[0]; g.Target.Resource == nil ||
		g.Target.Resource.Address != "google_service_account.app" {
		t.Errorf("by_path: not linked by the email in the path: %+v", g.Target)
	}
	if g := bySource(gs, "google_kms_crypto_key_iam_member.ambiguous")[0]; g.Target.Resource != nil {
		t.Errorf("ambiguous: two keys are named k, linked to %s", g.Target.Resource.Address)
	}

	ref := bySource(gs, "google_storage_bucket_iam_member.by_ref")[0]
	if ref.Target.Resource == nil || ref.Target.Resource.Address != "google_storage_bucket.b" || !ref.Public() || ref.Level != OnResource {
		t.Errorf("by_ref: %+v", ref)
	}
	name := bySource(gs, "google_storage_bucket_iam_member.by_name")[0]
	if name.Target.Resource == nil || name.Target.Resource.Address != "google_storage_bucket.c" {
		t.Errorf("by_name: not linked by literal name: %+v", name.Target)
	}
	if _, ok := name.MemberName(); ok || name.Public() {
		t.Errorf("by_name: an unknown member must stay unknown and not public")
	}

	out := bySource(gs, "google_storage_bucket_iam_binding.outside")
	if len(out) != 2 || out[0].Target.Resource != nil || out[0].Public() || !out[1].Public() {
		t.Errorf("outside: %+v", out)
	}
	if k, ok := out[0].TargetKey(); !ok || k != "name google_storage_bucket elsewhere" {
		t.Errorf("outside key %q %v", k, ok)
	}

	def := bySource(gs, "google_project_iam_member.default_project")[0]
	if def.Level != OnProject || !def.Conditioned || def.Narrowed() {
		t.Errorf("default_project: a constant condition narrows nothing: %+v", def)
	}
	if k, _ := def.TargetKey(); k != "default google_project" {
		t.Errorf("default_project key %q", k)
	}
	timed := bySource(gs, "google_project_iam_member.timed")[0]
	if !timed.Narrowed() {
		t.Errorf("timed: a request.time condition narrows")
	}
	unk := bySource(gs, "google_project_iam_member.unknown_cond")[0]
	if !unk.Narrowed() {
		t.Errorf("unknown_cond: an unknown condition may narrow")
	}
	k1, _ := timed.TargetKey()
	k2, _ := unk.TargetKey()
	if k1 != k2 {
		t.Errorf("projects/p1 and p1 are one target: %q %q", k1, k2)
	}

	data := bySource(gs, "google_pubsub_topic_iam_policy.from_data")
	if len(data) != 2 || data[0].Via == nil || data[0].Via.Address != "data.google_iam_policy.p" || !data[0].Public() {
		t.Fatalf("from_data: %+v", data)
	}
	if data[0].Target.Resource == nil || data[0].Target.Resource.Address != "google_pubsub_topic.t" {
		t.Errorf("from_data: topic not linked")
	}
	if r, _ := data[0].RoleName(); r != "roles/pubsub.publisher" {
		t.Errorf("from_data role %q", r)
	}

	js := bySource(gs, "google_secret_manager_secret_iam_policy.from_json")
	if len(js) != 1 || !js[0].Conditioned || !js[0].Narrowed() || MemberKind(js[0].Member.Display()) != "serviceAccount" {
		t.Errorf("from_json: %+v", js)
	}

	un := bySource(gs, "google_widget_iam_member.unlisted")
	if len(un) != 1 || un[0].Target.Type != "google_widget" || !un[0].Public() {
		t.Errorf("unlisted: %+v", un)
	}

	if n := len(OnType(gs, "google_storage_bucket")); n != 4 {
		t.Errorf("OnType bucket: %d, want 4", n)
	}
	groups := ByTarget(OnType(gs, "google_project"))
	if len(groups) != 2 || len(groups[1]) != 2 {
		t.Errorf("ByTarget projects: %d groups", len(groups))
	}
}

func TestNarrowed(t *testing.T) {
	for expr, want := range map[string]bool{
		"":                                     false,
		"true":                                 false,
		" ( true ) ":                           false,
		"1 == 1":                               false,
		"false":                                true,
		"resource.type == \"storage.buckets\"": true,
		"request.time < timestamp(\"2030-01-01T00:00:00Z\")":                                   true,
		"api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly(['roles/x'])": true,
	} {
		g := Grant{Conditioned: true, Condition: attr(expr)}
		if got := g.Narrowed(); got != want {
			t.Errorf("%q: narrowed %v, want %v", expr, got, want)
		}
	}
	if (Grant{}).Narrowed() {
		t.Errorf("no condition narrows")
	}
}

func attr(s string) lint.Attr {
	r := lint.NewResource("google_project_iam_member", "x", false, "google_project_iam_member.x", hclRange, hclRange)
	r.Body.SetAttr("expression", ctyString(s), hclRange, ctyNil)
	return r.Attr("expression")
}

var (
	hclRange hcl.Range
	ctyNil   = cty.NilVal
)

func ctyString(s string) cty.Value { return cty.StringVal(s) }
