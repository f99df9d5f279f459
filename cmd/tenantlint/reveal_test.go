package main

import (
	"strings"
	"testing"
)

// revealTask sets literal environment values in container definitions
// (jsonencode over several lines, on one line, and a JSON heredoc) whose
// containers other checks report at container_definitions (privileged,
// root user, writable root file system), and a provisioner that echoes a
// plain environment value.
const revealTask = `resource "aws_ecs_task_definition" "multi" {
  family = "multi"
  container_definitions = jsonencode([{
    name       = "app"
    image      = "nginx"
    privileged = true
    user       = "root"
    environment = [
      { name = "AWS_SECRET_ACCESS_KEY", value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
      { name = "PLAIN_SETTING", value = "plain-env-value-42" },
    ]
  }])
}

resource "aws_ecs_task_definition" "one_line" {
  family                = "one-line"
  container_definitions = jsonencode([{ name = "app", image = "nginx", privileged = true, environment = [{ name = "AWS_SECRET_ACCESS_KEY", value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }, { name = "LOG_LEVEL", value = "plain-env-value-42" }] }])
}

resource "aws_ecs_task_definition" "heredoc" {
  family                = "heredoc"
  container_definitions = <<-JSON
    [{"name": "app", "image": "nginx", "privileged": true, "user": "0",
      "environment": [{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
                      {"name": "MODE", "value": "plain-env-value-42"}]}]
  JSON
}
`

// TestNoFindingPrintsEnvironmentValues: whatever check reports at an
// argument that holds environment values or a secret-looking value, no
// report format prints them, in excerpts, snippets or messages.
func TestNoFindingPrintsEnvironmentValues(t *testing.T) {
	dir := repo(t, map[string]string{"main.tf": revealTask})
	for _, format := range []string{"text", "compact", "json", "sarif", "junit", "github", "checkstyle"} {
		r := runBin(t, dir, nil, "--format", format, "--include", "aws-ecs-*", ".")
		if r.code != 1 {
			t.Fatalf("%s: exit %d, want 1 (findings)\n%s%s", format, r.code, r.stdout, r.stderr)
		}
		for _, want := range []string{"aws-ecs-no-privileged-containers", "aws-ecs-no-plaintext-secrets"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%s: no %s finding: the test proves nothing", format, want)
			}
		}
		for _, value := range []string{"wJalrXUtnFEMI", "plain-env-value-42"} {
			if strings.Contains(r.stdout, value) || strings.Contains(r.stderr, value) {
				t.Errorf("%s output prints the environment value %q:\n%s", format, value, r.stdout)
			}
		}
	}
}
