package s3

import (
	"net"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// bucketPolicies returns the policy arguments that apply to a bucket: its
// own policy (provider v3) and those of the aws_s3_bucket_policy companions.
// certain is false when a companion's link cannot be known.
func bucketPolicies(m *lint.Module, b *lint.Resource) ([]lint.Attr, bool) {
	var out []lint.Attr
	if a := b.Attr("policy"); !a.Null() {
		out = append(out, a)
	}
	pols, certain := companions(m, lint.ResourceTarget(b), "aws_s3_bucket_policy")
	for _, p := range pols {
		out = append(out, p.Attr("policy"))
	}
	return out, certain
}

// restrictingKeys are the condition keys that tie a statement to known
// principals or networks: with a fixed value, S3 does not count the
// statement as public.
var restrictingKeys = []string{
	"aws:principalaccount", "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths",
	"aws:sourceaccount", "aws:sourcearn", "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce",
	"aws:sourceorgid", "aws:sourceorgpaths", "aws:userid", "aws:username", "aws:principalservicename",
	"s3:dataaccesspointarn", "s3:dataaccesspointaccount",
}

// restricted says whether a statement's conditions may restrict who can use
// it: a restricting key with values that are fixed (or unknown), or a
// condition that cannot be read.
func restricted(st iampolicy.Statement) bool {
	if st.HasCondition && len(st.Conditions) == 0 {
		return true
	}
	for _, c := range st.Conditions {
		if !slices.Contains(restrictingKeys, strings.ToLower(c.Variable)) {
			continue
		}
		if len(c.Values) == 0 || !slices.ContainsFunc(c.Values, wide) {
			return true
		}
	}
	return false
}

// wide is true for values that match anyone: "*" and address ranges that
// cover the whole internet.
func wide(v string) bool {
	if v == "*" {
		return true
	}
	if _, n, err := net.ParseCIDR(v); err == nil {
		ones, _ := n.Mask.Size()
		return ones == 0
	}
	return false
}

// publicStatements returns the statements of a policy that allow every
// principal without a restricting condition. None are returned when a Deny
// statement for every principal carries a restricting condition (the usual
// "deny unless from my VPC endpoint" pattern) or when some statement's
// effect or principal cannot be known.
func publicStatements(policy lint.Attr) []iampolicy.Statement {
	sts, ok := iampolicy.Read(policy)
	if !ok || !iampolicy.Complete(policy) {
		return nil
	}
	var out []iampolicy.Statement
	for _, st := range sts {
		if st.Effect == "" || !st.PrincipalsKnown {
			return nil
		}
		if !st.Allows() && st.PublicPrincipal() && restricted(st) {
			return nil
		}
		if st.Allows() && st.PublicPrincipal() && len(st.NotPrincipals) == 0 && !restricted(st) {
			out = append(out, st)
		}
	}
	return out
}
