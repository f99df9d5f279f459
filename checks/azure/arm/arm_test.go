package arm_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

const src = `
variable "unknown" {}

variable "tls" {
  default = "TLS1_0"
}

resource "azurerm_storage_account" "rm" {
  name                      = "strm"
  resource_group_name       = "rg"
  min_tls_version           = "TLS1_1"
  enable_https_traffic_only = false
  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_account" "both_names" {
  name                       = "stboth"
  resource_group_name        = "rg"
  https_traffic_only_enabled = true
  enable_https_traffic_only  = false
}

resource "azapi_resource" "hcl" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "sthcl"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body = {
    kind = "StorageV2"
    properties = {
      minimumTlsVersion = var.tls
      networkAcls = {
        defaultAction = "Deny"
      }
    }
  }
}

resource "azapi_resource" "json" {
  type      = "microsoft.storage/storageaccounts@2021-04-01"
  name      = "stjson"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body = jsonencode({
    properties = {
      MinimumTlsVersion = "TLS1_2"
      encryption        = { keySource = var.unknown }
    }
  })
}

resource "azapi_resource" "string_body" {
  type      = "Microsoft.Storage/storageAccounts@2019-06-01"
  name      = "ststring"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body      = "{\"properties\":{\"minimumTlsVersion\":\"TLS1_1\"}}"
}

resource "azapi_resource" "unknown_body" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stunknown"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body      = var.unknown
}

resource "azapi_resource" "no_body" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stnobody"
  parent_id = "/subscriptions/s/resourceGroups/rg"
}

resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv"
  parent_id = "/subscriptions/s/resourceGroups/rg"
}

resource "azapi_resource" "no_version" {
  type = "Microsoft.Storage/storageAccounts"
  name = "stnoversion"
}

resource "azapi_update_resource" "patch" {
  type        = "Microsoft.Storage/storageAccounts@2023-05-01"
  resource_id = azurerm_storage_account.rm.id
  body = {
    properties = { minimumTlsVersion = "TLS1_2" }
  }
}

resource "azapi_resource" "blob_ref" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.hcl.id
}

resource "azapi_resource" "blob_literal" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = "/subscriptions/s/resourceGroups/RG/providers/Microsoft.Storage/storageAccounts/STJSON/"
}

resource "azapi_resource" "blob_of_rm" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/strm"
}

resource "azapi_resource" "blob_unknown" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = var.unknown
}

resource "azapi_resource" "malformed" {
  type = "Microsoft.Storage/storageAccounts@2023-05-01"
  body = { properties = "x", kind = ["StorageV2"] }
}
`

var (
	account = arm.Kind{AzureRM: []string{"azurerm_storage_account"}, ARM: "Microsoft.Storage/storageAccounts"}
	blob    = arm.Kind{ARM: "Microsoft.Storage/storageAccounts/blobServices"}
)

func loadModule(t *testing.T) *lint.Module {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError {
			t.Fatalf("load: %s: %s", d.Summary, d.Detail)
		}
	}
	if len(res.Modules) != 1 {
		t.Fatalf("%d modules", len(res.Modules))
	}
	return res.Modules[0]
}

func view(t *testing.T, m *lint.Module, k arm.Kind, addr string) arm.View {
	t.Helper()
	for _, v := range k.In(m) {
		if v.R.Address == addr {
			return v
		}
	}
	t.Fatalf("%s is not a view of %s", addr, k.ARM)
	return arm.View{}
}

func TestViews(t *testing.T) {
	m := loadModule(t)
	var got []string
	for _, v := range account.In(m) {
		got = append(got, v.R.Address)
	}
	want := []string{"azurerm_storage_account.rm", "azurerm_storage_account.both_names", "azapi_resource.hcl", "azapi_resource.json",
		"azapi_resource.string_body", "azapi_resource.unknown_body", "azapi_resource.no_body", "azapi_update_resource.patch",
		"azapi_resource.malformed"}
	if !slices.Equal(got, want) {
		t.Errorf("views:\n got %v\nwant %v", got, want)
	}
	if v := view(t, m, account, "azapi_resource.json"); !v.ARM || v.API != "2021-04-01" || v.Patch {
		t.Errorf("json view: %+v", v)
	}
	if v := view(t, m, account, "azapi_update_resource.patch"); !v.Patch {
		t.Errorf("patch view is not a patch")
	}
	if !slices.Equal(account.Types(), []string{"azurerm_storage_account", "azapi_resource", "azapi_update_resource"}) {
		t.Errorf("types %v", account.Types())
	}
}

func TestAttrBothForms(t *testing.T) {
	m := loadModule(t)
	cases := []struct {
		addr, want string
		line       int
	}{
		{"azurerm_storage_account.rm", "TLS1_1", 11},
		{"azapi_resource.hcl", "TLS1_0", 32},         // HCL object, through a variable
		{"azapi_resource.json", "TLS1_2", 46},        // jsonencode, key in another case
		{"azapi_resource.string_body", "TLS1_1", 56}, // a JSON string: the argument's range
		{"azapi_update_resource.patch", "TLS1_2", 87},
	}
	for _, c := range cases {
		v := view(t, m, account, c.addr)
		a := v.Attr("min_tls_version", "properties.minimumTlsVersion")
		if s, ok := a.StringOr(""); !ok || s != c.want {
			t.Errorf("%s: %q %v, want %q", c.addr, s, ok, c.want)
		}
		if a.Range.Start.Line != c.line {
			t.Errorf("%s: reported at line %d, want %d", c.addr, a.Range.Start.Line, c.line)
		}
		if got := arm.Attr(v.R, "min_tls_version", "properties.minimumTlsVersion"); got.Range != a.Range {
			t.Errorf("%s: arm.Attr and View.Attr differ", c.addr)
		}
	}
	if a := view(t, m, account, "azapi_resource.hcl").Attr("", "properties.networkAcls.defaultAction"); !a.Equals("Deny") || a.Range.Start.Line != 34 {
		t.Errorf("nested property: %s at line %d", a.Display(), a.Range.Start.Line)
	}
	if a := view(t, m, account, "azapi_resource.json").Attr("", "properties.encryption.keySource"); !a.Unknown() {
		t.Errorf("unknown inside jsonencode reads %s", a.Display())
	}
	if a := view(t, m, account, "azapi_resource.unknown_body").Attr("", "properties.minimumTlsVersion"); !a.Unknown() {
		t.Errorf("unknown body reads %s", a.Display())
	}
	nb := view(t, m, account, "azapi_resource.no_body").Attr("", "properties.minimumTlsVersion")
	if !nb.Null() || nb.Unknown() || nb.Range.Start.Line != 66 {
		t.Errorf("absent body: %s at line %d", nb.Display(), nb.Range.Start.Line)
	}
	// A string where ARM wants an object cannot be read: nothing is concluded.
	if a := view(t, m, account, "azapi_resource.malformed").Attr("", "properties.minimumTlsVersion"); !a.Unknown() {
		t.Errorf("a property under a string reads %s", a.Display())
	}
	absent := view(t, m, account, "azapi_resource.hcl").Attr("", "properties.allowSharedKeyAccess")
	if !absent.Null() || absent.Range.Start.Line != 31 {
		t.Errorf("absent property: %s at line %d, want null at the properties object (31)", absent.Display(), absent.Range.Start.Line)
	}
}

func TestFirstOfRenamedArguments(t *testing.T) {
	m := loadModule(t)
	rm := view(t, m, account, "azurerm_storage_account.rm")
	if a := rm.Attr("https_traffic_only_enabled|enable_https_traffic_only", ""); !a.Equals(false) || a.Name != "enable_https_traffic_only" {
		t.Errorf("v3 name: %s %s", a.Name, a.Display())
	}
	both := view(t, m, account, "azurerm_storage_account.both_names")
	if a := both.Attr("https_traffic_only_enabled|enable_https_traffic_only", ""); !a.Equals(true) {
		t.Errorf("the first name set wins: %s %s", a.Name, a.Display())
	}
	if a := rm.Attr("blob_properties.versioning_enabled", ""); !a.Equals(true) {
		t.Errorf("nested argument: %s", a.Display())
	}
	if a := rm.Attr("blob_properties.change_feed_enabled|x", ""); a.Set || a.Name != "change_feed_enabled" {
		t.Errorf("absent: %s set=%v", a.Name, a.Set)
	}
}

func TestTypeAndAPIVersions(t *testing.T) {
	m := loadModule(t)
	for _, r := range m.All() {
		typ, api, ok := arm.Type(r)
		switch r.Address {
		case "azapi_resource.no_version", "azurerm_storage_account.rm":
			if ok {
				t.Errorf("%s: parsed %q %q", r.Address, typ, api)
			}
		case "azapi_resource.vault":
			if !ok || typ != "Microsoft.KeyVault/vaults" || api != "2023-07-01" {
				t.Errorf("vault: %q %q %v", typ, api, ok)
			}
		}
	}
	for _, c := range []struct {
		api, since string
		before     bool
	}{
		{"2019-03-01", "2019-04-01", true},
		{"2019-04-01", "2019-04-01", false},
		{"2019-04-01-preview", "2019-04-01", true},
		{"2019-04-01", "2019-04-01-preview", false},
		{"2023-05-01", "2019-04-01", false},
	} {
		if got := arm.APIBefore(c.api, c.since); got != c.before {
			t.Errorf("APIBefore(%s, %s) = %v", c.api, c.since, got)
		}
	}
	d := arm.Default{ARM: true, ARMSince: "2019-04-01", ARMBefore: false, RM: true}
	old := arm.View{R: m.All()[0], ARM: true, API: "2018-11-01"}
	if v, ok := d.Value(old); !ok || v != false {
		t.Errorf("old API default %v %v", v, ok)
	}
	if _, ok := d.Value(arm.View{R: m.All()[0], ARM: true, Patch: true, API: "2023-05-01"}); ok {
		t.Errorf("a patch has no default")
	}
}

func TestParentLinks(t *testing.T) {
	m := loadModule(t)
	cases := map[string][]string{
		"azapi_resource.hcl":         {"azapi_resource.blob_ref"},
		"azapi_resource.json":        {"azapi_resource.blob_literal"},
		"azurerm_storage_account.rm": {"azapi_resource.blob_of_rm"},
		"azapi_resource.no_body":     nil,
	}
	for addr, want := range cases {
		kids, certain := account.Children(m, view(t, m, account, addr), blob, "")
		var got []string
		for _, k := range kids {
			got = append(got, k.R.Address)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: children %v, want %v", addr, got, want)
		}
		// blob_unknown's parent is unknown: an account without a known child
		// cannot be said to have none.
		if certain != (len(want) > 0) {
			t.Errorf("%s: certain = %v", addr, certain)
		}
	}
	rm := view(t, m, account, "azurerm_storage_account.rm")
	if !account.Patched(m, rm, "properties.minimumTlsVersion") {
		t.Errorf("the patch of rm sets minimumTlsVersion")
	}
	if account.Patched(m, rm, "properties.allowSharedKeyAccess") {
		t.Errorf("the patch of rm does not set allowSharedKeyAccess")
	}
	if account.Patched(m, view(t, m, account, "azapi_resource.hcl"), "properties.minimumTlsVersion") {
		t.Errorf("hcl is not patched")
	}
}

const patchSrc = `
resource "azurerm_storage_account" "a" {
  name                = "sta"
  resource_group_name = "rg"
}

resource "azurerm_storage_account" "b" {
  name                = "stb"
  resource_group_name = "rg"
}

resource "azapi_update_resource" "by_parent" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "sta"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body = {
    properties = { minimumTlsVersion = "TLS1_2" }
  }
}
`

// TestPatchByParentAndName: an azapi_update_resource without resource_id
// names its resource by parent_id and name.
func TestPatchByParentAndName(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(patchSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	m := load.Load([]string{dir}, load.Options{}).Modules[0]
	if !account.Patched(m, view(t, m, account, "azurerm_storage_account.a"), "properties.minimumTlsVersion") {
		t.Errorf("a is patched by parent_id and name")
	}
	if account.Patched(m, view(t, m, account, "azurerm_storage_account.b"), "properties.minimumTlsVersion") {
		t.Errorf("b has another name")
	}
}
