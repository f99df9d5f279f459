package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// Pass is what a check's Run sees: one root module and a way to report.
type Pass struct {
	Module   *Module
	Check    *Check
	findings []*Finding
	now      time.Time
	// open are the decisions the check could not make (undecided.go).
	open []Undecided
	seen map[undecidedKey]bool
}

// Now is the date a time-based check judges by: the run's (RunOptions.Now),
// so that tests can fix it, else the clock.
func (p *Pass) Now() time.Time {
	if p.now.IsZero() {
		return time.Now()
	}
	return p.now
}

// Resources returns the instances of the check's resource types.
func (p *Pass) Resources() []*Resource { return p.Module.Resources(p.Check.Resources...) }

// Subject is what a finding points at: an Attr, a *Block or a *Resource.
type Subject interface {
	subject() (res *Resource, path string, rng hcl.Range)
}

func (a Attr) subject() (*Resource, string, hcl.Range)   { return a.res, a.Path, a.Range }
func (b *Block) subject() (*Resource, string, hcl.Range) { return b.res, b.Path, b.DefRange }
func (r *Resource) subject() (*Resource, string, hcl.Range) {
	return r, "", r.DefRange
}

// MaxValueLen caps, in characters, each string argument of Reportf: a value
// quoted in a message longer than that is cut and ends with "…".
const MaxValueLen = 200

// Reportf records a finding at the subject's range. The message names the
// resource address; it never shows a sensitive value: a string argument that
// holds a sensitive value of the resource reads "(sensitive)". String
// arguments are capped at MaxValueLen characters. A finding of a Secret
// check, or at a sensitive argument, is marked Secret.
func (p *Pass) Reportf(at Subject, format string, args ...any) *Finding {
	res, path, rng := at.subject()
	secret := p.Check.Secret
	if a, ok := at.(Attr); ok && a.Sensitive {
		secret = true
	}
	var hidden, revealing []string
	if res != nil {
		hidden = res.sensitiveStrings()
		var inRange bool
		revealing, inRange = res.revealing(rng)
		secret = secret || inRange
	}
	args = slices.Clone(args)
	for i, arg := range args {
		if s, ok := arg.(string); ok {
			if res != nil && s != res.Address {
				s = withheld(s, revealing)
			}
			args[i] = capValue(redactValues(s, hidden))
		}
	}
	f := &Finding{
		Check:    p.Check,
		Severity: p.Check.Severity,
		Message:  singularDays(fmt.Sprintf(format, args...)),
		Range:    rng,
		Path:     path,
		Secret:   secret,
	}
	if res != nil {
		f.Address = res.Address
		f.ModuleCalls = res.ModuleCalls
		f.Local = LocalAddress(res.Address, res.ModuleAddress)
		f.Decl = res.DefRange
	}
	p.findings = append(p.findings, f)
	return f
}

// Status says whether a finding counts. The zero value is Open: a finding
// is open until a suppression or a baseline says otherwise.
type Status uint8

// Finding statuses.
const (
	Open Status = iota
	Suppressed
	Baselined
)

// String names the status as reports do: open, suppressed, baselined.
func (s Status) String() string {
	switch s {
	case Open:
		return "open"
	case Suppressed:
		return "suppressed"
	case Baselined:
		return "baselined"
	}
	return "status(" + itoa(int(s)) + ")"
}

// MarshalText writes the status's name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one reported problem.
type Finding struct {
	Check    *Check
	Severity Severity
	Message  string
	// Range is the offending argument, else the block header.
	Range hcl.Range
	// Address is the resource instance's address.
	Address string
	// Path is the argument's path in the resource ("" for the resource itself).
	Path string
	// ModuleCalls are the module call sites that lead to the resource.
	ModuleCalls []hcl.Range
	// Related are other places that explain the finding (a companion resource).
	Related []Related
	Status  Status
	// Justification is the reason given by a suppression.
	Justification string
	// Secret says the finding's range holds a secret or a sensitive value:
	// reports mask its source and leave out snippets.
	Secret bool
	// Local is the address in its module without instance key (see
	// LocalAddress), and Decl the resource block's header: what findings
	// are grouped and fingerprinted by (group.go).
	Local string
	Decl  hcl.Range
	// Instances are every instance the finding holds for (Group); NotFor
	// the instances of the same resource it does not hold for.
	Instances []Instance
	NotFor    []string
}

// capValue cuts s to MaxValueLen characters, ending it with "…".
func capValue(s string) string {
	if utf8.RuneCountInString(s) <= MaxValueLen {
		return s
	}
	return string([]rune(s)[:MaxValueLen]) + "…"
}

// redactValues replaces s with "(sensitive)" when it is one of the hidden
// values, contains one of 4 characters or more, or is a part of 6 characters
// or more of one (a check that quotes the last segment of a path).
func redactValues(s string, hidden []string) string {
	for _, h := range hidden {
		if s == h || (utf8.RuneCountInString(h) >= 4 && strings.Contains(s, h)) ||
			(utf8.RuneCountInString(s) >= 6 && strings.Contains(h, s)) {
			return "(sensitive)"
		}
	}
	return s
}

// Related is a secondary location of a finding.
type Related struct {
	Message string
	Range   hcl.Range
}

// Relate adds a secondary location and returns the finding.
func (f *Finding) Relate(at Subject, message string) *Finding {
	_, _, rng := at.subject()
	f.Related = append(f.Related, Related{Message: message, Range: rng})
	return f
}

// Fingerprint identifies a finding across edits: the rule, the file (as the
// caller names it, e.g. relative to the repository root), the resource
// address inside its module (no module path, no instance key: adding or
// removing callers keeps it) and the argument path. Line numbers are left
// out on purpose, so moving a block keeps its fingerprint.
func (f *Finding) Fingerprint(file string) string {
	addr := f.Local
	if addr == "" {
		addr = f.Address
	}
	h := sha256.New()
	for _, part := range []string{f.Check.ID, file, addr, f.Path} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
