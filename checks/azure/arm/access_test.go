package arm_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

var namespace = arm.Kind{AzureRM: []string{"azurerm_eventhub_namespace"}, ARM: "Microsoft.EventHub/namespaces"}

// scanKind loads src, runs run as a check over k's types and returns
// "address: message" per finding, sorted.
func scanKind(t *testing.T, src string, k arm.Kind, run func(*lint.Pass)) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte("variable \"unknown\" {}\n"+src), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError {
			t.Fatalf("load: %s: %s", d.Summary, d.Detail)
		}
	}
	c := &lint.Check{ID: "test-arm-access", Resources: k.Types(), Run: run}
	findings, diags := lint.Run(res.Modules, []*lint.Check{c})
	if len(diags) > 0 {
		t.Fatalf("run: %s: %s", diags[0].Summary, diags[0].Detail)
	}
	out := []string{}
	for _, f := range findings {
		out = append(out, f.Address+": "+f.Message)
	}
	slices.Sort(out)
	return out
}

const accessSrc = `
resource "azurerm_eventhub_namespace" "absent" {
  name = "absent"
}
resource "azurerm_eventhub_namespace" "on" {
  name                          = "on"
  public_network_access_enabled = true
  local_authentication_enabled  = true
}
resource "azurerm_eventhub_namespace" "off" {
  name                          = "off"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}
resource "azurerm_eventhub_namespace" "unknown" {
  name                          = "unknown"
  public_network_access_enabled = var.unknown
  local_authentication_enabled  = var.unknown
}
resource "azapi_resource" "enabled" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "enabled"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body = { properties = { publicNetworkAccess = "enabled", disableLocalAuth = false } }
}
resource "azapi_resource" "perimeter" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "perimeter"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body = jsonencode({ properties = { publicNetworkAccess = "SecuredByPerimeter", disableLocalAuth = true } })
}
resource "azapi_resource" "no_body" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "nobody"
  parent_id = "/subscriptions/s/resourceGroups/rg"
}
resource "azapi_update_resource" "patch" {
  type        = "Microsoft.EventHub/namespaces@2024-01-01"
  resource_id = "/subscriptions/s/resourceGroups/rg2/providers/Microsoft.EventHub/namespaces/x"
  body        = { tags = {} }
}
`

func TestPublicNetwork(t *testing.T) {
	got := scanKind(t, accessSrc, namespace, arm.PublicNetwork(namespace, "public_network_access_enabled",
		"properties.publicNetworkAccess", arm.Default{RM: true, ARM: true}, "%s open (%s)"))
	want := []string{
		"azapi_resource.enabled: azapi_resource.enabled open (enabled)",
		"azapi_resource.no_body: azapi_resource.no_body open (not set)",
		"azurerm_eventhub_namespace.absent: azurerm_eventhub_namespace.absent open (not set)",
		"azurerm_eventhub_namespace.on: azurerm_eventhub_namespace.on open (true)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestSwitchSenses(t *testing.T) {
	got := scanKind(t, accessSrc, namespace, arm.Switch(namespace, "local_authentication_enabled", false,
		"properties.disableLocalAuth", true, arm.Default{RM: true, ARM: false}, "%[1]s: %[3]s=%[2]s"))
	want := []string{
		"azapi_resource.enabled: azapi_resource.enabled: disableLocalAuth=false",
		"azapi_resource.no_body: azapi_resource.no_body: disableLocalAuth=false",
		"azurerm_eventhub_namespace.absent: azurerm_eventhub_namespace.absent: local_authentication_enabled=true",
		"azurerm_eventhub_namespace.on: azurerm_eventhub_namespace.on: local_authentication_enabled=true",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

const directSrc = `
resource "azurerm_key_vault" "kv" {
  name                = "kv"
  resource_group_name = "rg"
}
resource "azurerm_monitor_diagnostic_setting" "bare" {
  name               = "bare"
  target_resource_id = azurerm_key_vault.kv.id
}
resource "azurerm_monitor_diagnostic_setting" "sub" {
  name               = "sub"
  target_resource_id = "${azurerm_key_vault.kv.id}/other/default"
}
resource "azurerm_key_vault" "lonely" {
  name                = "lonely"
  resource_group_name = "rg"
}
resource "azurerm_key_vault" "literal" {
  name                = "literal"
  resource_group_name = "rg"
}
resource "azurerm_monitor_diagnostic_setting" "literal" {
  name               = "literal"
  target_resource_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/literal"
}
resource "azurerm_key_vault" "templated" {
  name                = "templated"
  resource_group_name = "rg"
}
resource "azurerm_monitor_diagnostic_setting" "templated" {
  name               = "templated"
  target_resource_id = "${azurerm_key_vault.templated.id}/other/default"
}
`

func TestDiagnosticsOn(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(directSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	m := res.Modules[0]
	vault := arm.Kind{AzureRM: []string{"azurerm_key_vault"}, ARM: "Microsoft.KeyVault/vaults"}
	cases := []struct {
		addr    string
		want    []string
		certain bool
	}{
		{"azurerm_key_vault.kv", []string{"azurerm_monitor_diagnostic_setting.bare"}, true},
		{"azurerm_key_vault.lonely", nil, true},
		{"azurerm_key_vault.literal", []string{"azurerm_monitor_diagnostic_setting.literal"}, true},
		// Only a path built on the vault's ID: it may be a sub-resource's.
		{"azurerm_key_vault.templated", nil, false},
	}
	for _, tc := range cases {
		v := view(t, m, vault, tc.addr)
		settings, certain := vault.DiagnosticsOn(m, v)
		var got []string
		for _, s := range settings {
			got = append(got, s.R.Address)
		}
		if !slices.Equal(got, tc.want) || certain != tc.certain {
			t.Errorf("%s: got %v certain=%v, want %v certain=%v", tc.addr, got, certain, tc.want, tc.certain)
		}
	}
}
