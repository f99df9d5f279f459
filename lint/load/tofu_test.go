package load

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestTofuShadowed(t *testing.T) {
	names := []string{"a.tf", "a.tofu", "b.tf", "c.tf.json", "c.tofu.json", "d.tf.json", "d.tofu", "e_override.tf", "e_override.tofu", "f.tofu"}
	got := tofuShadowed(names)
	// d.tofu does not shadow d.tf.json: only HCL shadows HCL and JSON JSON.
	want := []string{"a.tofu", "b.tf", "c.tofu.json", "d.tf.json", "d.tofu", "e_override.tofu", "f.tofu"}
	if !slices.Equal(got, want) {
		t.Errorf("tofuShadowed = %v, want %v", got, want)
	}
	if plain := []string{"a.tf", "b.tf.json"}; !slices.Equal(tofuShadowed(plain), plain) {
		t.Error("a folder without .tofu files changed")
	}
	for name, want := range map[string]bool{"x.tofu": true, "x.tofu.json": true, "x.tf": true, "x.tf.json": true, "x.tofu.bak": false, "tofu": false, "x.json": false} {
		if got := isConfigFile(name); got != want {
			t.Errorf("isConfigFile(%q) = %v", name, got)
		}
	}
	for name, want := range map[string]bool{"override.tofu": true, "x_override.tofu.json": true, "override.tf": true, "x.tofu": false} {
		if got := isOverride(name); got != want {
			t.Errorf("isOverride(%q) = %v", name, got)
		}
	}
}

// A folder of .tofu files alone is a root module, and its findings are reported.
func TestTofuOnlyRoot(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "main.tofu"), "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n")
	res := Load([]string{dir}, Options{})
	if len(res.Modules) != 1 {
		t.Fatalf("%d root modules, want 1: %+v", len(res.Modules), res.Diagnostics)
	}
	if r := res.Modules[0].All(); len(r) != 1 || r[0].Address != "aws_ebs_volume.v" {
		t.Errorf("resources %v", r)
	}
}
