package output

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

// maxInstanceLines caps the instances and "not for" addresses the text
// format lists under one finding; the rest are counted ("and N more").
const maxInstanceLines = 5

// instancesOf is what a finding holds for: its grouped instances, else
// itself (a finding that did not go through lint.Group).
func instancesOf(f *lint.Finding) []lint.Instance {
	if len(f.Instances) > 0 {
		return f.Instances
	}
	return []lint.Instance{{Address: f.Address, ModuleCalls: f.ModuleCalls, Status: f.Status, Justification: f.Justification}}
}

// chain writes a module-call chain, outermost first: "a.tf:3:1 > b.tf:7:1".
func (r *Report) chain(calls []hcl.Range) string {
	parts := make([]string, len(calls))
	for i, c := range calls {
		parts[i] = r.position(c)
	}
	return strings.Join(parts, " > ")
}

// instances writes the "via module call at ..." lines of a finding: one per
// instance when it holds for several (capped), the call chain alone when it
// holds for one instance inside a module; then the instances of the same
// resource it does not hold for.
func (t *textWriter) instances(f *lint.Finding) {
	ins := instancesOf(f)
	if len(ins) == 1 {
		if len(ins[0].ModuleCalls) > 0 {
			fmt.Fprintf(&t.b, "    via module call at %s\n", t.r.chain(ins[0].ModuleCalls))
		}
	} else {
		for i, in := range ins {
			if i == maxInstanceLines {
				fmt.Fprintf(&t.b, "    and %d more\n", len(ins)-i)
				break
			}
			line := clean(in.Address)
			if len(in.ModuleCalls) > 0 {
				line = "via module call at " + t.r.chain(in.ModuleCalls) + ": " + line
			}
			if in.Status != lint.Open {
				line += " (" + in.Status.String() + ")"
			}
			fmt.Fprintf(&t.b, "    %s\n", line)
		}
	}
	if len(f.NotFor) > 0 {
		shown := f.NotFor
		more := ""
		if len(shown) > maxInstanceLines {
			more = fmt.Sprintf(" and %d more", len(shown)-maxInstanceLines)
			shown = shown[:maxInstanceLines]
		}
		fmt.Fprintf(&t.b, "    not for %s%s\n", clean(strings.Join(shown, ", ")), more)
	}
}

type jsonInstance struct {
	Address       string         `json:"address"`
	ModuleCalls   []jsonLocation `json:"module_calls"`
	Status        string         `json:"status"`
	Justification string         `json:"justification,omitempty"`
}

// jsonInstances are a finding's instances and the addresses it does not hold for.
func (r *Report) jsonInstances(f *lint.Finding) ([]jsonInstance, []string) {
	ins := instancesOf(f)
	out := make([]jsonInstance, 0, len(ins))
	for _, in := range ins {
		ji := jsonInstance{Address: in.Address, ModuleCalls: []jsonLocation{}, Status: in.Status.String(), Justification: in.Justification}
		for _, c := range in.ModuleCalls {
			ji.ModuleCalls = append(ji.ModuleCalls, r.jsonLoc(c))
		}
		out = append(out, ji)
	}
	return out, f.NotFor
}

// sarifInstances adds the module calls of every instance as related
// locations: "module call" for a finding of one instance, as before, and
// "module call (ADDRESS)" when it holds for several. A call shared by
// several chains is listed once per chain.
func (r *Report) sarifInstances(f *lint.Finding, related func(hcl.Range, string)) {
	ins := instancesOf(f)
	for _, in := range ins {
		msg := "module call"
		if len(ins) > 1 {
			msg += " (" + in.Address + ")"
		}
		for _, c := range in.ModuleCalls {
			related(c, msg)
		}
	}
}
