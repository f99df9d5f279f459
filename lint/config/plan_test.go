package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlanSetting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	write := func(src string) {
		if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("plan = \"ci/plan.json\"\n")
	c, err := LoadWith(path, LoadOptions{Untrusted: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.PlanPath(), filepath.Join(dir, "ci", "plan.json"); got != want {
		t.Errorf("PlanPath %s, want %s", got, want)
	}
	for _, bad := range []string{"../plan.json", "/etc/plan.json"} {
		write("plan = \"" + bad + "\"\n")
		if _, err := LoadWith(path, LoadOptions{Untrusted: true}); err == nil || !strings.Contains(err.Error(), "plan:") {
			t.Errorf("plan = %q in a stranger's file: error %v", bad, err)
		}
		if _, err := LoadWith(path, LoadOptions{}); err != nil {
			t.Errorf("plan = %q in the user's own file: %v", bad, err)
		}
	}
	var none *Config
	if none.PlanPath() != "" {
		t.Error("no configuration, no plan")
	}
}
