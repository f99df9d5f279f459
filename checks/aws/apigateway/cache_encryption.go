package apigateway

import "github.com/tenantlint/tenantlint/lint"

// CacheEncryption flags method settings that cache responses unencrypted:
// settings.caching_enabled true with cache_data_encrypted false (its default).
var CacheEncryption = &lint.Check{
	ID:       "aws-apigateway-cache-encryption",
	Title:    "API Gateway cache is not encrypted",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Cached API responses, which can hold personal data, tokens or business records, are " +
		"stored unencrypted in the stage cache. Encrypting the cache keeps that data protected at rest " +
		"like the backend it came from.",
	Remediation: "Encrypt cached data:\n\n" +
		"    settings {\n" +
		"      caching_enabled      = true\n" +
		"      cache_data_encrypted = true\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#cache_data_encrypted",
	},
	Resources: []string{"aws_api_gateway_method_settings"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			s := r.Block("settings")
			if on, ok := s.Attr("caching_enabled").BoolOr(false); !ok || !on {
				continue
			}
			enc := s.Attr("cache_data_encrypted")
			if on, ok := enc.BoolOr(false); ok && !on {
				p.Reportf(enc, "API Gateway method settings %s cache responses unencrypted", r.Address)
			}
		}
	},
}
