package output

import (
	"fmt"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Undecided decisions: a check that read an unknown value could not decide.
// The text format counts them in its summary and lists them with
// --show-unknown; JSON carries them as "undecided"; SARIF as tool execution
// notifications (they are not results).

// undecidedCounts are the decisions left open and the resources they are on
// (an address in a root module, counted once).
func undecidedCounts(us []lint.Undecided) (decisions, resources int) {
	type key struct{ check, addr, file string }
	seen := map[key]bool{}
	res := map[[2]string]bool{}
	for _, u := range us {
		root := ""
		if len(u.ModuleCalls) > 0 {
			root = u.ModuleCalls[0].Filename
		} else {
			root = u.Range.Filename
		}
		seen[key{u.Check.ID, u.Address, root}] = true
		res[[2]string{u.Address, root}] = true
	}
	return len(seen), len(res)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// undecidedLine is the summary's sentence, "" when every decision was made.
func (r *Report) undecidedLine() string {
	d, n := undecidedCounts(r.Undecided)
	if d == 0 {
		return ""
	}
	line := plural(d, "check", "checks") + " could not decide on " + plural(n, "resource", "resources")
	if !r.ShowUnknown {
		line += ": run with --show-unknown"
	}
	return line
}

// undecidedSection lists the decisions left open, one a line with its reasons.
func (t *textWriter) undecidedSection() {
	if !t.r.ShowUnknown || len(t.r.Undecided) == 0 {
		return
	}
	if t.b.Len() > 0 {
		t.b.WriteString("\n")
	}
	t.b.WriteString(t.style(bold, "Undecided (a value is unknown)") + "\n")
	for _, u := range t.r.Undecided {
		at := u.Address
		if u.Path != "" {
			at += "." + u.Path
		}
		fmt.Fprintf(&t.b, "  %s  %s  %s: %s\n", t.r.position(u.Range), t.style(faint, u.Check.ID), clean(at), clean(u.ReasonText()))
		if len(u.ModuleCalls) > 0 {
			fmt.Fprintf(&t.b, "    via module call at %s\n", t.r.chain(u.ModuleCalls))
		}
	}
}

type jsonUndecided struct {
	RuleID  string `json:"rule_id"`
	Address string `json:"address"`
	Path    string `json:"path"`
	jsonLocation
	ModuleCalls []jsonLocation `json:"module_calls"`
	Reasons     []jsonReason   `json:"reasons"`
}

type jsonReason struct {
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
	Text    string `json:"text"`
}

func (r *Report) jsonUndecided() []jsonUndecided {
	out := make([]jsonUndecided, 0, len(r.Undecided))
	for _, u := range r.Undecided {
		ju := jsonUndecided{RuleID: u.Check.ID, Address: u.Address, Path: u.Path, jsonLocation: r.jsonLoc(u.Range), ModuleCalls: []jsonLocation{}, Reasons: []jsonReason{}}
		for _, c := range u.ModuleCalls {
			ju.ModuleCalls = append(ju.ModuleCalls, r.jsonLoc(c))
		}
		for _, why := range u.Reasons {
			ju.Reasons = append(ju.Reasons, jsonReason{Kind: string(why.Kind), Subject: why.Subject, Text: why.String()})
		}
		out = append(out, ju)
	}
	return out
}

// undecidedText is a decision's notification text.
func undecidedText(u lint.Undecided) string {
	at := u.Address
	if u.Path != "" {
		at += "." + u.Path
	}
	return fmt.Sprintf("%s could not decide on %s: %s", u.Check.ID, at, strings.TrimSpace(u.ReasonText()))
}
