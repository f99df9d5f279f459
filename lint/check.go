// Package lint holds tenantlint's engine: the check API, the resource model that
// checks read, and the runner that applies checks to loaded modules.
package lint

import (
	"fmt"
	"regexp"
	"strings"
)

// Severity says what an attacker gains if a finding is left as it is.
type Severity string

// The severities, most severe first.
const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
	Low      Severity = "low"
)

// Severities lists every severity, most severe first.
var Severities = []Severity{Critical, High, Medium, Low}

// Rank orders severities: critical is 4, low is 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Critical:
		return 4
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(s string) (Severity, error) {
	v := Severity(strings.ToLower(strings.TrimSpace(s)))
	if v.Rank() == 0 {
		return "", fmt.Errorf("unknown severity %q (want critical, high, medium or low)", s)
	}
	return v, nil
}

// Domain is the customer's duty a check is filed under (shared/responsibility.md).
type Domain string

// The responsibility domains.
const (
	Identity      Domain = "identity"
	Data          Domain = "data"
	Network       Domain = "network"
	Configuration Domain = "configuration"
	Logging       Domain = "logging"
	Application   Domain = "application"
	Response      Domain = "response"
)

// Domains lists every domain in the order of shared/responsibility.md.
var Domains = []Domain{Identity, Data, Network, Configuration, Logging, Application, Response}

// Model is the cloud service model: how much of the stack is the customer's.
type Model string

// The service models.
const (
	IaaS Model = "IaaS"
	PaaS Model = "PaaS"
	SaaS Model = "SaaS"
)

// Models lists every service model.
var Models = []Model{IaaS, PaaS, SaaS}

// Check is one rule: its metadata and the function that applies it.
type Check struct {
	// ID is the stable slug <provider>-<service>-<requirement>.
	ID          string
	Title       string
	Severity    Severity
	Domain      Domain
	Model       Model
	Description string
	Remediation string
	Links       []string
	// Category is the provider's own name for the kind of service the
	// check's service is (AWS: "abstracted services"), filled in by the
	// checks registry from the provider's table (checks/<provider>/categories.go).
	Category string
	// Resources are the resource types (data sources as "data.<type>") that
	// Pass.Resources yields to Run.
	Resources []string
	// Secret says that the check's findings point at a plaintext secret (a
	// password, a key): reports mask the string literals of their source
	// excerpts and leave out snippets.
	Secret bool
	// Run inspects a module and reports through the pass. It cannot fail; a
	// panic is recovered into an internal-error diagnostic.
	Run func(p *Pass)
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+-[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*$`)

// Provider is the first segment of the ID ("aws").
func (c *Check) Provider() string { return strings.SplitN(c.ID, "-", 3)[0] }

// Service is the second segment of the ID ("s3").
func (c *Check) Service() string {
	parts := strings.SplitN(c.ID, "-", 3)
	if len(parts) < 2 {
		return ""
	}
	return parts[1]
}

// Validate reports what is missing or malformed in the check's metadata.
func (c *Check) Validate() error {
	var problems []string
	if !idPattern.MatchString(c.ID) {
		problems = append(problems, "ID must be a lowercase slug <provider>-<service>-<requirement>")
	}
	if strings.TrimSpace(c.Title) == "" {
		problems = append(problems, "no title")
	}
	if c.Severity.Rank() == 0 {
		problems = append(problems, fmt.Sprintf("unknown severity %q", c.Severity))
	}
	if !contains(Domains, c.Domain) {
		problems = append(problems, fmt.Sprintf("unknown domain %q", c.Domain))
	}
	if !contains(Models, c.Model) {
		problems = append(problems, fmt.Sprintf("unknown service model %q", c.Model))
	}
	if strings.TrimSpace(c.Description) == "" {
		problems = append(problems, "no description")
	}
	if strings.TrimSpace(c.Remediation) == "" {
		problems = append(problems, "no remediation")
	}
	if len(c.Links) == 0 {
		problems = append(problems, "no links")
	}
	for _, l := range c.Links {
		if !strings.HasPrefix(l, "https://") {
			problems = append(problems, fmt.Sprintf("link %q is not https", l))
		}
	}
	if len(c.Resources) == 0 {
		problems = append(problems, "no resource types")
	}
	if c.Run == nil {
		problems = append(problems, "no Run function")
	}
	if len(problems) > 0 {
		return fmt.Errorf("check %q: %s", c.ID, strings.Join(problems, "; "))
	}
	return nil
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
