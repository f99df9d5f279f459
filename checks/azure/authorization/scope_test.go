package authorization

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tenantlint/tenantlint/lint/load"
)

func TestWide(t *testing.T) {
	dir := t.TempDir()
	src := `
variable "unknown" {}
data "azurerm_subscription" "current" {}
data "azurerm_resource_group" "rg" { name = "rg" }
resource "azurerm_management_group" "mg" {}
locals {
  scopes = {
    root       = "/"
    sub        = "/subscriptions/0000/"
    mg         = "/providers/Microsoft.Management/managementGroups/platform"
    rg         = "/subscriptions/0000/resourceGroups/rg"
    empty      = ""
  }
}
resource "x" "root" { scope = local.scopes.root }
resource "x" "sub" { scope = local.scopes.sub }
resource "x" "mg" { scope = local.scopes.mg }
resource "x" "rg" { scope = local.scopes.rg }
resource "x" "empty" { scope = local.scopes.empty }
resource "x" "absent" {}
resource "x" "sub_ref" { scope = data.azurerm_subscription.current.id }
resource "x" "mg_ref" { scope = azurerm_management_group.mg.id }
resource "x" "rg_ref" { scope = data.azurerm_resource_group.rg.id }
resource "x" "under_sub" { scope = "${data.azurerm_subscription.current.id}/resourceGroups/rg" }
resource "x" "templated" { scope = "/subscriptions/${var.unknown}" }
resource "x" "unknown" { scope = var.unknown }
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	type verdict struct{ wide, ok bool }
	want := map[string]verdict{
		"x.root": {true, true}, "x.sub": {true, true}, "x.mg": {true, true},
		"x.rg": {false, true}, "x.empty": {false, true}, "x.absent": {false, true},
		"x.sub_ref": {true, true}, "x.mg_ref": {true, true}, "x.rg_ref": {false, false},
		"x.under_sub": {false, false}, "x.templated": {false, false}, "x.unknown": {false, false},
	}
	seen := 0
	for _, r := range res.Modules[0].Resources("x") {
		w, found := want[r.Address]
		if !found {
			continue
		}
		seen++
		wide, ok := Wide(r.Attr("scope"))
		if wide != w.wide || ok != w.ok {
			t.Errorf("%s: Wide = %v, %v; want %v, %v", r.Address, wide, ok, w.wide, w.ok)
		}
	}
	if seen != len(want) {
		t.Errorf("saw %d of %d resources", seen, len(want))
	}
}
