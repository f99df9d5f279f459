package rule

import "github.com/tenantlint/tenantlint/lint"

// Named reports a top-level argument that must name something (a security
// configuration, a key, a role) when it is absent or null (absent, said at
// the resource) or the empty string (empty, said at the argument): an empty
// string names nothing. An unknown value is never a finding. Both messages
// are templates with {address}.
func Named(attr, absent, empty string) func(*lint.Pass) {
	ta, te := parse(absent), parse(empty)
	for _, t := range []template{ta, te} {
		for _, seg := range t {
			if seg.field != "" && seg.field != "address" || seg.block != "" {
				panic("rule: Named messages take {address} only")
			}
		}
	}
	return func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr(attr)
			s, ok := a.StringOr("")
			if !ok || s != "" {
				continue
			}
			if a.Null() {
				p.Reportf(r, "%s", ta.render(r, nil, "", ""))
			} else {
				p.Reportf(a, "%s", te.render(r, nil, "", ""))
			}
		}
	}
}
