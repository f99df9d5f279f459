package general

import (
	"github.com/tenantlint/tenantlint/checks/internal/hardcoded"
	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoSecretsInProvisioners flags credentials written into provisioners: a
// local-exec command or environment, a remote-exec inline script, and a
// connection password (on the provisioner or the resource) or private key
// given literally. Command text is read with secretname.Find (AWS access key
// IDs by shape, private keys, NAME=value assignments to credential names,
// bare, quoted or escaped); a value the script reads at run time ($VAR,
// $(cmd)) or a Terraform value not known before apply is no finding.
// Provisioners are Terraform's, not a provider's: the check runs on every
// resource that has one (lint.ProvisionedType), whatever its provider, with
// any provider major. The secret itself never appears in the message.
var NoSecretsInProvisioners = &lint.Check{
	ID:       "aws-general-no-secrets-in-provisioners",
	Title:    "Provisioner contains a secret",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "A provisioner's command, inline script, environment and connection are part of the " +
		"configuration: a key or password written there is readable by everyone with access to the " +
		"repository and its history, is copied into the Terraform state and plan, and can be echoed into " +
		"CI logs. It cannot be rotated without a code change.",
	Remediation: "Pass secrets from a secret store or a sensitive variable, and let the script read them " +
		"at run time:\n\n" +
		"    provisioner \"local-exec\" {\n" +
		"      command     = \"./deploy.sh\"\n" +
		"      environment = {\n" +
		"        DB_PASSWORD = data.aws_secretsmanager_secret_version.db.secret_string\n" +
		"      }\n" +
		"    }",
	Links: []string{
		"https://developer.hashicorp.com/terraform/language/resources/provisioners/syntax",
		"https://developer.hashicorp.com/terraform/language/resources/provisioners/connection",
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html",
	},
	Resources: []string{lint.ProvisionedType},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, pv := range r.Provisioners() {
				kind := "a"
				if len(pv.Labels) == 1 {
					kind = "the " + pv.Labels[0]
				}
				provisionerText(p, r, pv.Attr("command"), "command", kind)
				for _, line := range pv.Attr("inline").Elements() {
					provisionerText(p, r, line, "inline script", kind)
				}
				env := pv.Attr("environment")
				for _, name := range env.Keys() {
					v := env.Field(name)
					if s, ok := v.StringOr(""); ok && !v.Null() && len(v.Refs()) == 0 && secretname.Plaintext(name, s) {
						p.Reportf(v, "%s passes a credential in the environment variable %s of %s provisioner", r.Address, name, kind)
					}
				}
				connection(p, r, pv.Block("connection"), kind+" provisioner's connection")
			}
			connection(p, r, r.Connection(), "its connection")
		}
	},
}

// provisionerText reports a command or script line that holds a credential.
func provisionerText(p *lint.Pass, r *lint.Resource, a lint.Attr, what, kind string) {
	s, ok := a.StringOr("")
	if !ok || a.Null() {
		return
	}
	if found := secretname.Find(s); found != "" {
		p.Reportf(a, "%s has %s in the %s of %s provisioner", r.Address, found, what, kind)
	}
}

// connection reports a password or private key written into a connection
// block.
func connection(p *lint.Pass, r *lint.Resource, c *lint.Block, where string) {
	if !c.Exists() {
		return
	}
	if pw := c.Attr("password"); hardcoded.Literal(pw) {
		p.Reportf(pw, "%s writes the password of %s into the configuration", r.Address, where)
	}
	if k := c.Attr("private_key"); len(k.Refs()) == 0 {
		if s, ok := k.StringOr(""); ok && !k.Null() && secretname.Find(s) == "a private key" {
			p.Reportf(k, "%s writes the private key of %s into the configuration", r.Address, where)
		}
	}
}
