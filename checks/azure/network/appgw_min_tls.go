package network

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// oldTLSPolicies are the predefined Application Gateway SSL policies that
// accept TLS below 1.2 (AppGwSslPolicy20150501: TLS 1.0,
// AppGwSslPolicy20170401: TLS 1.1), lowercased.
var oldTLSPolicies = []string{"appgwsslpolicy20150501", "appgwsslpolicy20170401"}

// oldTLSVersions are the protocol versions below TLS 1.2, lowercased.
var oldTLSVersions = []string{"tlsv1_0", "tlsv1_1"}

// defaultTLSSince is the first ARM API version whose Application Gateway
// default SSL policy is AppGwSslPolicy20220101 (TLS 1.2); older API
// versions apply AppGwSslPolicy20150501 (TLS 1.0) when no policy is given.
const defaultTLSSince = "2023-02-01"

// AppGatewayMinTLS flags Application Gateways whose SSL policy accepts TLS
// 1.0 or 1.1: a predefined policy_name of AppGwSslPolicy20150501 or
// AppGwSslPolicy20170401, or a Custom / CustomV2 policy with
// min_protocol_version TLSv1_0 or TLSv1_1 (ssl_policy block; sslPolicy
// policyName / minProtocolVersion in ARM). Without a policy the gateway
// gets the service default, which depends on the API version: an AzAPI
// gateway of an API version before 2023-02-01 without properties.sslPolicy
// gets the TLS 1.0 policy and is reported; azurerm (v3, v4) does not say
// which API version it uses, so an absent ssl_policy is not judged.
var AppGatewayMinTLS = &lint.Check{
	ID:       "azure-network-appgw-min-tls",
	Title:    "Application Gateway accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses, are deprecated by the IETF and are refused by current " +
		"browsers. A gateway that still negotiates them lets old clients, or an attacker forcing a downgrade, " +
		"protect traffic with ciphers and handshakes that are no longer safe.",
	Remediation: "Use a policy with TLS 1.2 as its minimum:\n\n" +
		"    ssl_policy {\n      policy_type = \"Predefined\"\n      policy_name = \"AppGwSslPolicy20220101S\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview",
		docRM + "application_gateway#ssl_policy",
		docARM + "applicationgateways",
	},
	Resources: AppGateway.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range AppGateway.Views(p) {
			if AppGateway.Patched(p.Module, v, "properties.sslPolicy") {
				continue
			}
			if !v.ARM {
				if b := v.R.Block("ssl_policy"); b.Exists() {
					judgeTLS(p, v, b.Attr("policy_name"), b.Attr("min_protocol_version"))
				}
				continue
			}
			policy := v.Attr("", "properties.sslPolicy")
			if policy.Null() {
				if !v.Patch && arm.APIBefore(v.API, defaultTLSSince) {
					p.Reportf(policy, "Application Gateway %s has no SSL policy; API version %s applies the TLS 1.0 default", v.R.Address, v.API)
				}
				continue
			}
			judgeTLS(p, v, arm.Field(policy, "policyName"), arm.Field(policy, "minProtocolVersion"))
		}
	},
}

// judgeTLS reports a known predefined policy or minimum version below TLS 1.2.
func judgeTLS(p *lint.Pass, v arm.View, name, minimum lint.Attr) {
	if s, ok := name.StringOr(""); ok && slices.Contains(oldTLSPolicies, strings.ToLower(s)) {
		p.Reportf(name, "Application Gateway %s uses SSL policy %s, which accepts TLS below 1.2", v.R.Address, s)
		return
	}
	if s, ok := minimum.StringOr(""); ok && slices.Contains(oldTLSVersions, strings.ToLower(s)) {
		p.Reportf(minimum, "Application Gateway %s accepts TLS from %s (below TLS 1.2)", v.R.Address, s)
	}
}
