package apigateway

import "github.com/tenantlint/tenantlint/lint"

// ClientCertificate flags REST API stages that present no client
// certificate to their backend. Default relied on: client_certificate_id is
// empty when absent (hashicorp/aws v3-v6); an empty string is no
// certificate either.
var ClientCertificate = &lint.Check{
	ID:       "aws-apigateway-client-certificate",
	Title:    "API Gateway stage presents no client certificate to its backend",
	Severity: lint.Low,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "A client certificate lets the HTTP backend verify that a request really comes from API " +
		"Gateway. Without one, a backend reachable on the network cannot tell the API's calls from anyone " +
		"else's and so cannot refuse callers that bypass the API's authorisation and throttling.",
	Remediation: "Generate a client certificate and attach it to the stage; have the backend verify it:\n\n" +
		"    resource \"aws_api_gateway_client_certificate\" \"backend\" {}\n\n" +
		"    client_certificate_id = aws_api_gateway_client_certificate.backend.id",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#client_certificate_id",
	},
	Resources: []string{"aws_api_gateway_stage"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			cert := r.Attr("client_certificate_id")
			s, ok := cert.StringOr("")
			switch {
			case !ok:
			case cert.Null():
				p.Reportf(r, "API Gateway stage %s has no client_certificate_id", r.Address)
			case s == "":
				p.Reportf(cert, "API Gateway stage %s has an empty client_certificate_id", r.Address)
			}
		}
	},
}
