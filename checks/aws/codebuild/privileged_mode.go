package codebuild

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// PrivilegedMode flags build environments that run in privileged mode.
// environment.privileged_mode defaults to false (hashicorp/aws v3-v6).
var PrivilegedMode = &lint.Check{
	ID:       "aws-codebuild-privileged-mode",
	Title:    "CodeBuild project runs builds in privileged mode",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "Privileged mode gives the build container root access to the host's devices so that it can " +
		"run a Docker daemon. Any dependency, test or pull-request build script then runs with that access and " +
		"can escape the container, read other builds' data on the host, or tamper with the images it produces.",
	Remediation: "Turn privileged mode off unless the project builds Docker images, and then keep such " +
		"projects away from untrusted sources:\n\n" +
		"    environment {\n      compute_type    = \"BUILD_GENERAL1_SMALL\"\n      image           = \"aws/codebuild/standard:7.0\"\n" +
		"      type            = \"LINUX_CONTAINER\"\n      privileged_mode = false\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console.html#change-project-console-environment",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#privileged_mode",
	},
	Resources: []string{"aws_codebuild_project"},
	Run: rule.Off("environment.privileged_mode", rule.Default(false).For("hashicorp/aws v3-v6"),
		"CodeBuild project {address} runs builds in privileged mode"),
}
