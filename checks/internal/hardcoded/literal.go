package hardcoded

import "github.com/tenantlint/tenantlint/lint"

// Literal says whether an argument holds a credential written in the
// configuration (the test Run applies): known, computed from no resource or
// data source, and a plausible secret. For checks that find credentials in
// arguments Run's table cannot name, such as a provisioner's connection.
func Literal(a lint.Attr) bool { return literal(a) }
