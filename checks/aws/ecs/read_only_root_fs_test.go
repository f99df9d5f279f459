package ecs

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/linttest"
	"github.com/tenantlint/tenantlint/lint/load"
)

// TestReadOnlyRootFSHidesEnvironment: a finding at container definitions
// that set literal environment values is marked Secret (no excerpt in
// reports); one at definitions without them is not.
func TestReadOnlyRootFSHidesEnvironment(t *testing.T) {
	out := linttest.Run(t, "../../../fixtures/checks/aws-ecs-read-only-root-fs", []*lint.Check{ReadOnlyRootFS}, load.Options{})
	want := map[string]bool{
		"aws_ecs_task_definition.env":        true,
		"aws_ecs_task_definition.jsonencode": false,
		"aws_ecs_task_definition.heredoc":    false,
	}
	seen := map[string]bool{}
	for _, f := range out.Findings {
		secret, ok := want[f.Address]
		if !ok {
			continue
		}
		seen[f.Address] = true
		if f.Secret != secret {
			t.Errorf("%s: Secret %v, want %v", f.Address, f.Secret, secret)
		}
	}
	for addr := range want {
		if !seen[addr] {
			t.Errorf("%s: no finding", addr)
		}
	}
}
