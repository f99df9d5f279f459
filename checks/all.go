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
	{Name: "aws", Checks: aws.All, Categories: aws.Categories, Terms: aws.Terms},
	{Name: "azure", Checks: azure.All, Categories: azure.Categories, Terms: azure.Terms},
	{Name: "google", Checks: google.All, Categories: google.Categories, Terms: google.Terms},
}

// Provider is one provider's registry.
type Provider struct {
	Name   string
	Checks []*lint.Check
	// Categories is the provider's own category of each service, by the
	// service segment of a check ID.
	Categories map[string]string
	// Terms are the provider's category names, the values Categories holds.
	Terms []string
}

// All is every check, sorted by ID.
var All = join(Providers)

func join(ps []Provider) []*lint.Check {
	var all []*lint.Check
	for _, p := range ps {
		for _, c := range p.Checks {
			c.Category = p.Categories[c.Service()]
		}
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
