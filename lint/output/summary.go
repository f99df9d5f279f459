package output

import (
	"github.com/tenantlint/tenantlint/lint"
)

// Summary is the tail of a report: findings by status and severity, and the
// customer's side of the shared responsibility model for the code scanned.
type Summary struct {
	Open       int            `json:"open"`
	Suppressed int            `json:"suppressed"`
	Baselined  int            `json:"baselined"`
	BySeverity SeverityCounts `json:"by_severity"`
	// ChecksRun counts the selected checks that had resources to inspect.
	ChecksRun int `json:"checks_run"`
	// ResourcesInspected counts the resource instances some selected check
	// inspects, each once.
	ResourcesInspected int                 `json:"resources_inspected"`
	ByDomain           []ResponsibilityRow `json:"by_domain"`
	ByModel            []ResponsibilityRow `json:"by_model"`
	// Undecided counts the decisions checks could not make because a value
	// was unknown, and UndecidedResources the resources they are on.
	Undecided          int `json:"undecided"`
	UndecidedResources int `json:"undecided_resources"`
}

// SeverityCounts counts open findings per severity.
type SeverityCounts struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
}

func (c *SeverityCounts) at(s lint.Severity) *int {
	switch s {
	case lint.Critical:
		return &c.Critical
	case lint.High:
		return &c.High
	case lint.Medium:
		return &c.Medium
	case lint.Low:
		return &c.Low
	}
	return nil
}

func (c SeverityCounts) of(s lint.Severity) int {
	if p := c.at(s); p != nil {
		return *p
	}
	return 0
}

// ResponsibilityRow is one domain or service model: how many resource
// instances its checks inspected, and how many open findings they made.
type ResponsibilityRow struct {
	Name               string `json:"name"`
	ResourcesInspected int    `json:"resources_inspected"`
	OpenFindings       int    `json:"open_findings"`
}

// typeKey is how checks name a resource's type: data sources as "data.<type>".
// AddInventory counts a module's resource instances by type key into inv:
// all a report needs of a module once its findings are known.
func AddInventory(inv map[string]int, m *lint.Module) {
	for _, res := range m.All() {
		inv[typeKey(res)]++
	}
}

// inventory is the instances per type key, over every root module.
func (r *Report) inventory() map[string]int {
	if r.Inventory != nil {
		return r.Inventory
	}
	inv := map[string]int{}
	for _, m := range r.Modules {
		AddInventory(inv, m)
	}
	return inv
}

func typeKey(res *lint.Resource) string {
	if res.Data {
		return "data." + res.Type
	}
	return res.Type
}

// Summarize computes a report's summary. A resource instance counts as
// inspected under a domain (or model) when some selected check of that domain
// looks at its type; it counts once per domain however many checks do.
func Summarize(r *Report) Summary {
	s := Summary{}
	domainFindings := map[lint.Domain]int{}
	modelFindings := map[lint.Model]int{}
	for _, f := range r.Findings {
		switch f.Status {
		case lint.Suppressed:
			s.Suppressed++
			continue
		case lint.Baselined:
			s.Baselined++
			continue
		case lint.Open:
		}
		s.Open++
		if p := s.BySeverity.at(f.Severity); p != nil {
			*p++
		}
		domainFindings[f.Check.Domain]++
		modelFindings[f.Check.Model]++
	}

	present := r.inventory()
	domainTypes := map[lint.Domain]map[string]bool{}
	modelTypes := map[lint.Model]map[string]bool{}
	allTypes := map[string]bool{}
	for _, c := range r.Checks {
		ran := false
		for _, typ := range c.Resources {
			addType(domainTypes, c.Domain, typ)
			addType(modelTypes, c.Model, typ)
			allTypes[typ] = true
			ran = ran || present[typ] > 0
		}
		if ran {
			s.ChecksRun++
		}
	}
	s.ResourcesInspected = countTypes(present, allTypes)
	s.Undecided, s.UndecidedResources = undecidedCounts(r.Undecided)
	for _, d := range lint.Domains {
		s.ByDomain = append(s.ByDomain, ResponsibilityRow{Name: string(d), ResourcesInspected: countTypes(present, domainTypes[d]), OpenFindings: domainFindings[d]})
	}
	for _, m := range lint.Models {
		s.ByModel = append(s.ByModel, ResponsibilityRow{Name: string(m), ResourcesInspected: countTypes(present, modelTypes[m]), OpenFindings: modelFindings[m]})
	}
	return s
}

func addType[K comparable](sets map[K]map[string]bool, key K, typ string) {
	if sets[key] == nil {
		sets[key] = map[string]bool{}
	}
	sets[key][typ] = true
}

// countTypes sums the instances of a set of types.
func countTypes(present map[string]int, types map[string]bool) int {
	n := 0
	for typ := range types {
		n += present[typ]
	}
	return n
}
