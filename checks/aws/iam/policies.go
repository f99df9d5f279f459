// Package iam holds the checks for IAM identities, their policies and the
// account password policy.
package iam

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// identityPolicyTypes are the resources that hold identity-based policies
// (iampolicy's one list of policy-bearing resources).
var identityPolicyTypes = iampolicy.Types(iampolicy.Identity)

// reportStatements reads every identity-based policy of the pass and reports
// each statement for which bad returns a message, once per reporting place
// (a data source shared by several policies is reported once). The message is
// formatted with the resource address as its one argument.
func reportStatements(p *lint.Pass, bad func(st iampolicy.Statement) string) {
	seen := iampolicy.Seen{}
	for _, r := range p.Resources() {
		for _, a := range iampolicy.Documents(r, iampolicy.Identity) {
			sts, ok := iampolicy.Read(a)
			if !ok {
				continue
			}
			for _, st := range sts {
				if msg := bad(st); msg != "" && seen.First(st) {
					p.Reportf(st.At, msg, r.Address)
				}
			}
		}
	}
}
