package output

import (
	"fmt"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Summary counts findings by severity and, per responsibility domain and
// service model, the resources inspected and the open findings: the
// customer's side of the responsibility matrix for this codebase.
type Summary struct {
	Open       int                  `json:"open"`
	Suppressed int                  `json:"suppressed"`
	Baselined  int                  `json:"baselined"`
	BySeverity map[string]int       `json:"by_severity"`
	ByDomain   []ResponsibilityLine `json:"by_domain"`
	ByModel    []ResponsibilityLine `json:"by_model"`
}

// ResponsibilityLine is one row of the responsibility summary.
type ResponsibilityLine struct {
	Name      string `json:"name"`
	Inspected int    `json:"resources_inspected"`
	Findings  int    `json:"findings"`
}

// Summarize computes the summary of a report.
func Summarize(r *Report) Summary {
	s := Summary{BySeverity: map[string]int{}}
	for _, sev := range lint.Severities {
		s.BySeverity[string(sev)] = 0
	}
	domFindings := map[string]int{}
	modFindings := map[string]int{}
	for _, f := range r.Findings {
		switch f.Status {
		case lint.Suppressed:
			s.Suppressed++
			continue
		case lint.Baselined:
			s.Baselined++
			continue
		case lint.Open, "":
		}
		s.Open++
		s.BySeverity[string(f.Severity)]++
		domFindings[string(f.Check.Domain)]++
		modFindings[string(f.Check.Model)]++
	}
	typesBy := func(key func(*lint.Check) string) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for _, c := range r.Checks {
			k := key(c)
			if out[k] == nil {
				out[k] = map[string]bool{}
			}
			for _, t := range c.Resources {
				out[k][t] = true
			}
		}
		return out
	}
	count := func(types map[string]bool) int {
		n := 0
		for _, m := range r.Modules {
			for _, res := range m.All() {
				t := res.Type
				if res.Data {
					t = "data." + t
				}
				if types[t] {
					n++
				}
			}
		}
		return n
	}
	domTypes := typesBy(func(c *lint.Check) string { return string(c.Domain) })
	for _, d := range lint.Domains {
		s.ByDomain = append(s.ByDomain, ResponsibilityLine{Name: string(d), Inspected: count(domTypes[string(d)]), Findings: domFindings[string(d)]})
	}
	modTypes := typesBy(func(c *lint.Check) string { return string(c.Model) })
	for _, m := range lint.Models {
		s.ByModel = append(s.ByModel, ResponsibilityLine{Name: string(m), Inspected: count(modTypes[string(m)]), Findings: modFindings[string(m)]})
	}
	return s
}

func summaryText(r *Report) string {
	s := Summarize(r)
	var b strings.Builder
	noun := "findings"
	if s.Open == 1 {
		noun = "finding"
	}
	fmt.Fprintf(&b, "%d %s: %d critical, %d high, %d medium, %d low", s.Open, noun, s.BySeverity["critical"], s.BySeverity["high"], s.BySeverity["medium"], s.BySeverity["low"])
	if s.Suppressed > 0 || s.Baselined > 0 {
		fmt.Fprintf(&b, " (%d suppressed, %d baselined not shown)", s.Suppressed, s.Baselined)
	}
	b.WriteString("\n\nYour side of the shared responsibility model:\n")
	fmt.Fprintf(&b, "  %-14s %10s %9s\n", "domain", "resources", "findings")
	for _, l := range s.ByDomain {
		fmt.Fprintf(&b, "  %-14s %10d %9d\n", l.Name, l.Inspected, l.Findings)
	}
	fmt.Fprintf(&b, "  %-14s %10s %9s\n", "service model", "resources", "findings")
	for _, l := range s.ByModel {
		fmt.Fprintf(&b, "  %-14s %10d %9d\n", l.Name, l.Inspected, l.Findings)
	}
	return b.String()
}
