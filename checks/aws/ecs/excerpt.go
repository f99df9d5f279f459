package ecs

import "github.com/tenantlint/tenantlint/lint"

// envLiterals says whether a container of the list sets an environment
// variable to a literal value. Such a value may be a credential, so a finding
// reported at container_definitions by a check that is not about secrets is
// marked Secret, which keeps the document out of the report's excerpt.
func envLiterals(list []lint.Attr) bool {
	for _, c := range list {
		for _, env := range c.Get("environment").Elements() {
			v := env.Get("value")
			if s, ok := v.StringOr(""); !ok || !v.Null() && s != "" {
				return true
			}
		}
	}
	return false
}
