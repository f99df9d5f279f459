package rule

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// template is a parsed message: literal text and placeholders in turn.
type template []segment

type segment struct {
	text  string
	field string // "address", "value", "limit", or "" with block set
	block string // {TYPE.ATTR}: the block type
	attr  string // {TYPE.ATTR}: the attribute
}

// parse reads a message template; an unknown or unclosed placeholder panics
// (see build).
func parse(msg string) template {
	var t template
	for msg != "" {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			t = append(t, segment{text: msg})
			break
		}
		if i > 0 {
			t = append(t, segment{text: msg[:i]})
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			panic(fmt.Sprintf("rule: unclosed placeholder in %q", msg))
		}
		name := msg[i+1 : i+j]
		switch name {
		case "address", "value", "limit":
			t = append(t, segment{field: name})
		default:
			typ, attr, ok := strings.Cut(name, ".")
			if !ok || typ == "" || attr == "" || strings.Contains(attr, ".") {
				panic(fmt.Sprintf("rule: unknown placeholder {%s} in %q", name, msg))
			}
			t = append(t, segment{block: typ, attr: attr})
		}
		msg = msg[i+j+1:]
	}
	return t
}

// render fills the template for one finding. chain is the resource body and
// the nested blocks on the path to the argument.
func (t template) render(r *lint.Resource, chain []*lint.Block, value, limit string) string {
	var sb strings.Builder
	for _, seg := range t {
		switch {
		case seg.field == "address":
			sb.WriteString(r.Address)
		case seg.field == "value":
			sb.WriteString(value)
		case seg.field == "limit":
			sb.WriteString(limit)
		case seg.block != "":
			name := ""
			for _, b := range chain {
				if b.Type == seg.block {
					name, _ = b.Attr(seg.attr).StringOr("")
				}
			}
			sb.WriteString(strconv.Quote(name))
		default:
			sb.WriteString(seg.text)
		}
	}
	return sb.String()
}
