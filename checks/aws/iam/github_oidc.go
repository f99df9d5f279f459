package iam

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// githubOIDC is the issuer of GitHub Actions' OIDC tokens.
const githubOIDC = "token.actions.githubusercontent.com"

// trustsGitHub says whether a statement names GitHub's OIDC provider: by a
// known ARN, or through the one OIDC provider (resource or data source) an
// unknown principal is computed from, when its url is GitHub's.
func trustsGitHub(st iampolicy.Statement) bool {
	for _, id := range st.Principals["Federated"] {
		if strings.HasSuffix(id, "oidc-provider/"+githubOIDC) || id == githubOIDC {
			return true
		}
	}
	if _, federated := st.Principals["Federated"]; !federated {
		return false
	}
	var providers []*lint.Resource
	for _, r := range st.PrincipalRefs {
		if r.Type == "aws_iam_openid_connect_provider" {
			providers = append(providers, r)
		}
	}
	if len(providers) != 1 {
		return false
	}
	url, ok := providers[0].Attr("url").StringOr("")
	return ok && strings.TrimSuffix(strings.TrimPrefix(url, "https://"), "/") == githubOIDC
}

// limitsSubject says whether some condition reads the token's sub claim.
func limitsSubject(st iampolicy.Statement) bool {
	for _, c := range st.Conditions {
		if strings.EqualFold(c.Variable, githubOIDC+":sub") {
			return true
		}
	}
	return false
}
