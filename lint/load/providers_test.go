package load

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestProviderVersions: a resource sees the constraints of its own module and
// of every caller, for its own provider (by type prefix or the provider
// meta-argument), and the version the root's lock file selected.
func TestProviderVersions(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"root/main.tf": `terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.100" }
    google  = ">= 5.0"
  }
}
module "m" {
  source = "../mod"
}
resource "google_storage_bucket" "b" {
  name = "b"
}
resource "google_compute_instance" "beta" {
  provider = google-beta.west
  name     = "i"
}
`,
		"root/.terraform.lock.hcl": `provider "registry.terraform.io/hashicorp/google" {
  version     = "5.44.0"
  constraints = ">= 5.0"
}
`,
		"mod/main.tf": `terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 3.50, < 5.0"
    }
  }
}
resource "azurerm_storage_account" "sa" {
  name = "sa"
}
`,
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := Load([]string{filepath.Join(dir, "root")}, Options{})
	if len(res.Modules) != 1 {
		t.Fatalf("got %d roots, want 1: %v", len(res.Modules), res.Diagnostics)
	}
	got := map[string][]string{}
	locked := map[string]string{}
	for _, r := range res.Modules[0].All() {
		got[r.Address] = r.ProviderVersions.Constraints
		locked[r.Address] = r.ProviderVersions.Locked
	}
	sa := "module.m.azurerm_storage_account.sa"
	if !slices.Equal(got[sa], []string{">= 3.50, < 5.0", "~> 3.100"}) {
		t.Errorf("%s: constraints %q, want the module's then the root's", sa, got[sa])
	}
	if got := got["google_storage_bucket.b"]; !slices.Equal(got, []string{">= 5.0"}) || locked["google_storage_bucket.b"] != "5.44.0" {
		t.Errorf("google bucket: %q locked %q", got, locked["google_storage_bucket.b"])
	}
	if c := got["google_compute_instance.beta"]; len(c) != 0 || locked["google_compute_instance.beta"] != "" {
		t.Errorf("google-beta resource takes google's constraints: %q %q", c, locked["google_compute_instance.beta"])
	}
	for _, r := range res.Modules[0].All() {
		if r.Address == sa {
			if m, ok := r.ProviderVersions.Major(3, 4); !ok || m != 3 {
				t.Errorf("%s: major %d, %v; want 3", sa, m, ok)
			}
		}
	}
}
