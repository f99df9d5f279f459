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

const dbSrc = `
variable "unknown" {}

resource "azurerm_redis_cache" "rm_default" {
  name                = "a"
  resource_group_name = "rg"
}

resource "azurerm_redis_cache" "rm_off" {
  name                          = "b"
  resource_group_name           = "rg"
  public_network_access_enabled = false
}

resource "azurerm_redis_cache" "rm_unknown" {
  name                          = "c"
  resource_group_name           = "rg"
  public_network_access_enabled = var.unknown
}

resource "azapi_resource" "arm_on" {
  type      = "Microsoft.Cache/redis@2023-08-01"
  name      = "d"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body      = jsonencode({ properties = { publicNetworkAccess = "Enabled" } })
}

resource "azapi_resource" "arm_perimeter" {
  type      = "Microsoft.Cache/redis@2023-08-01"
  name      = "e"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body      = { properties = { publicNetworkAccess = "SecuredByPerimeter" } }
}

resource "azapi_resource" "arm_absent" {
  type      = "Microsoft.Cache/redis@2023-08-01"
  name      = "f"
  parent_id = "/subscriptions/s/resourceGroups/rg"
  body      = { properties = {} }
}

resource "azurerm_mssql_firewall_rule" "all" {
  name             = "all"
  server_id        = "x"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "azure"
  server_id        = "x"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "x"
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_mssql_firewall_rule" "unknown" {
  name             = "unknown"
  server_id        = "x"
  start_ip_address = "0.0.0.0"
  end_ip_address   = var.unknown
}

resource "azapi_resource" "arm_all" {
  type      = "Microsoft.Sql/servers/firewallRules@2023-08-01"
  name      = "armall"
  parent_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  body      = { properties = { startIpAddress = "0.0.0.0", endIpAddress = "255.255.255.255" } }
}
`

func findings(t *testing.T, types []string, run func(*lint.Pass)) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(dbSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	c := &lint.Check{ID: "azure-test-shape", Title: "t", Severity: lint.Low, Resources: types, Run: run}
	fs, diags := lint.Run(res.Modules, []*lint.Check{c})
	for _, d := range diags {
		if d.Severity == lint.DiagError {
			t.Fatalf("%s: %s", d.Summary, d.Detail)
		}
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.Address)
	}
	slices.Sort(out)
	return out
}

func TestToggle(t *testing.T) {
	redis := arm.Kind{AzureRM: []string{"azurerm_redis_cache"}, ARM: "Microsoft.Cache/redis"}
	got := findings(t, redis.Types(), arm.Toggle(redis, "public_network_access_enabled", "properties.publicNetworkAccess", false,
		arm.Default{RM: true, ARM: "Enabled"}, "%s public %s"))
	want := []string{"azapi_resource.arm_absent", "azapi_resource.arm_on", "azurerm_redis_cache.rm_default"}
	if !slices.Equal(got, want) {
		t.Errorf("Toggle: got %v, want %v", got, want)
	}
}

func TestFirewallRanges(t *testing.T) {
	rule := arm.Kind{AzureRM: []string{"azurerm_mssql_firewall_rule"}, ARM: "Microsoft.Sql/servers/firewallRules"}
	got := findings(t, rule.Types(), arm.PublicFirewall(rule, "%s %s-%s"))
	if want := []string{"azapi_resource.arm_all", "azurerm_mssql_firewall_rule.all"}; !slices.Equal(got, want) {
		t.Errorf("PublicFirewall: got %v, want %v", got, want)
	}
	got = findings(t, rule.Types(), arm.AzureServicesFirewall(rule, "%s"))
	if want := []string{"azurerm_mssql_firewall_rule.azure"}; !slices.Equal(got, want) {
		t.Errorf("AzureServicesFirewall: got %v, want %v", got, want)
	}
}

const paramSrc = `
variable "unknown" {}

resource "azurerm_postgresql_configuration" "off" {
  name  = "log_checkpoints"
  value = "OFF"
}

resource "azurerm_postgresql_configuration" "on" {
  name  = "log_checkpoints"
  value = "on"
}

resource "azurerm_postgresql_configuration" "other" {
  name  = "work_mem"
  value = "off"
}

resource "azurerm_postgresql_configuration" "unknown" {
  name  = "log_checkpoints"
  value = var.unknown
}

resource "azapi_resource" "arm_off" {
  type      = "Microsoft.DBforPostgreSQL/servers/configurations@2017-12-01"
  name      = "log_checkpoints"
  parent_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/servers/pg"
  body      = jsonencode({ properties = { value = "off" } })
}
`

func TestParameter(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(paramSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	k := arm.Kind{AzureRM: []string{"azurerm_postgresql_configuration"}, ARM: "Microsoft.DBforPostgreSQL/servers/configurations"}
	bad := func(name, value string) bool { return name == "log_checkpoints" && strings.EqualFold(value, "off") }
	res := load.Load([]string{dir}, load.Options{})
	c := &lint.Check{ID: "azure-test-param", Title: "t", Severity: lint.Low, Resources: k.Types(), Run: arm.Parameter(k, bad, "%s %s=%s")}
	fs, _ := lint.Run(res.Modules, []*lint.Check{c})
	var got []string
	for _, f := range fs {
		got = append(got, f.Address)
	}
	slices.Sort(got)
	if want := []string{"azapi_resource.arm_off", "azurerm_postgresql_configuration.off"}; !slices.Equal(got, want) {
		t.Errorf("Parameter: got %v, want %v", got, want)
	}
}

func TestTypesOf(t *testing.T) {
	a := arm.Kind{AzureRM: []string{"azurerm_a"}, ARM: "X/a"}
	b := arm.Kind{AzureRM: []string{"azurerm_b", "azurerm_c"}, ARM: "X/b"}
	got := arm.TypesOf(a, b)
	want := []string{"azurerm_a", "azurerm_b", "azurerm_c", arm.Resource, arm.Update}
	if !slices.Equal(got, want) {
		t.Errorf("TypesOf = %v, want %v", got, want)
	}
}
