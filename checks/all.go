// Package checks is the registry of every check tenantlint runs: each
// provider's list, joined.
package checks

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/aws"
	"github.com/tenantlint/tenantlint/checks/azure"
	"github.com/tenantlint/tenantlint/checks/google"
	"github.com/tenantlint/tenantlint/lint"
)

// Providers are the provider registries, in the order of their ID prefixes,
// so that joining them keeps All sorted by ID.
var Providers = []Provider{
	{Name: "aws", Checks: aws.All},
	{Name: "azure", Checks: azure.All},
	{Name: "google", Checks: google.All},
}

// Provider is one provider's registry.
type Provider struct {
	Name   string
	Checks []*lint.Check
}

// All is every check, sorted by ID.
var All = join(Providers)

func join(ps []Provider) []*lint.Check {
	var all []*lint.Check
	for _, p := range ps {
		all = append(all, p.Checks...)
	}
	return slices.Clip(all)
}

// ByID returns the check with the given ID.
func ByID(id string) *lint.Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}
