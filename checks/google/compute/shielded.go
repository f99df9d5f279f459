package compute

import "github.com/tenantlint/tenantlint/checks/internal/rule"

// shieldedDoc is Google's guide to Shielded VM.
const shieldedDoc = "https://cloud.google.com/compute/shielded-vm/docs/shielded-vm"

// fromTemplate leaves an unset argument of an instance made from a template
// to its template (which is judged itself).
var fromTemplate = rule.TypeDefault(fromTemplateType, rule.NoDefault)
