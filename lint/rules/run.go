package rules

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"text/template"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"

	"github.com/tenantlint/tenantlint/lint"
)

// messageData is what a message template reads: names, never values,
// except Value, the `at` argument as reports display it ("(sensitive)" for a
// sensitive value, "(known after apply)" for an unknown one).
type messageData struct {
	Address, Type, Name, Module, ID, Title, At, Value string
}

// maxMessage caps a rendered message, in bytes.
const maxMessage = 2000

func render(t *template.Template, d messageData) (string, error) {
	var buf bytes.Buffer
	if err := t.Execute(&limited{w: &buf, n: maxMessage}, d); err != nil && !errors.Is(err, errTooLong) {
		return "", err
	}
	return buf.String(), nil
}

var errTooLong = errors.New("message too long")

type limited struct {
	w *bytes.Buffer
	n int
}

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.n {
		l.w.Write(p[:l.n])
		l.n = 0
		return 0, errTooLong
	}
	l.n -= len(p)
	return l.w.Write(p)
}

// run is the rule's lint.Check Run: the condition on every resource of the
// rule's types. True reports at `at`; unknown records the decision as
// undecided; an error (the cost limit, a missing key) is a diagnostic that
// names the rule.
func (r *Rule) run(p *lint.Pass) {
	for _, res := range p.Resources() {
		r.evaluate(p, res)
	}
}

func (r *Rule) evaluate(p *lint.Pass, res *lint.Resource) {
	conv := convert(res)
	ctx := &Context{Resource: res, lib: &r.env.lib}
	vars := map[string]any{"resource": conv.value, handleVar: handle{ctx}}
	var act any = vars
	if len(conv.patterns) > 0 {
		pa, err := cel.PartialVars(vars, conv.patterns...)
		if err != nil {
			r.diag(res, "could not be evaluated", err.Error())
			return
		}
		act = pa
	}
	out, _, err := r.prog.Eval(act)
	if err != nil {
		if strings.Contains(err.Error(), "cost limit exceeded") {
			r.diag(res, "stopped: over its cost limit", fmt.Sprintf("the condition of rule %s (%s:%d) costs more than the limit on %s; simplify it", r.Check.ID, r.File, r.Line, res.Address))
			return
		}
		r.diag(res, "could not be evaluated", fmt.Sprintf("rule %s (%s:%d) on %s: %v (test optional parts with has())", r.Check.ID, r.File, r.Line, res.Address, err))
		return
	}
	if u, ok := out.(*types.Unknown); ok {
		record(res, u)
		return
	}
	b, ok := out.(types.Bool)
	if !ok {
		r.diag(res, "gave no bool", fmt.Sprintf("rule %s (%s:%d) on %s gave %s", r.Check.ID, r.File, r.Line, res.Address, out.Type().TypeName()))
		return
	}
	if !b {
		return
	}
	at := r.subject(res)
	data := messageData{Address: res.Address, Type: res.Type, Name: res.Name, Module: res.ModuleAddress, ID: r.Check.ID, Title: r.Check.Title, At: r.At}
	if a, ok := at.(lint.Attr); ok {
		data.Value = a.Display()
	}
	msg, err := render(r.message, data)
	if err != nil {
		msg = res.Address + ": " + r.Check.Title
	}
	p.Reportf(at, "%s", msg)
}

// subject is what a finding points at: the `at` argument (through nested
// blocks: metadata_options.http_tokens), else the resource.
func (r *Rule) subject(res *lint.Resource) lint.Subject {
	if r.At == "" {
		return res
	}
	parts := strings.Split(r.At, ".")
	b := res.Body
	for _, part := range parts[:len(parts)-1] {
		nb := b.Block(part)
		if !nb.Exists() {
			return b
		}
		b = nb
	}
	return b.Attr(parts[len(parts)-1])
}

func (r *Rule) diag(res *lint.Resource, what, detail string) {
	rng := res.DefRange
	r.set.note(lint.Diagnostic{
		Severity: lint.DiagWarning,
		Summary:  fmt.Sprintf("Custom rule %s %s", r.Check.ID, what),
		Detail:   detail,
		Subject:  &rng,
	}, r.Check.ID+"|"+rng.String()+"|"+what)
}

// coreHelpers are the provider-neutral helpers.
func coreHelpers() []Helper {
	return []Helper{
		{
			Name:   "referrers",
			Doc:    "referrers(type, attr): the resources of type whose argument attr names this resource (by reference, or by the name the provider knows it by); unknown when none does and some may",
			Args:   []Kind{String, String},
			Result: List,
			Fn: func(c *Context, args []any) (any, error) {
				return companionsOf(c, c.Resource, args[0], args[1])
			},
		},
		{
			Name:   "companions",
			Doc:    "companions(target, type, attr): referrers(type, attr) of another resource of the module: target is a resource value (one that referrers returned) or an address",
			Args:   []Kind{Dyn, String, String},
			Result: List,
			Fn: func(c *Context, args []any) (any, error) {
				addr := addressOf(args[0])
				target := findAddress(c.Resource.Module, addr)
				if target == nil {
					return nil, fmt.Errorf("no resource %q in the module", addr)
				}
				return companionsOf(c, target, args[1], args[2])
			},
		},
	}
}

// addressOf reads an address string, or the meta.address of a resource value.
func addressOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		if meta, ok := x["meta"].(map[string]any); ok {
			if a, ok := meta["address"].(string); ok {
				return a
			}
		}
		if meta, ok := x["meta"].(ref.Val); ok {
			return addressOf(meta.Value())
		}
		if a, ok := x["address"].(ref.Val); ok {
			s, _ := a.Value().(string)
			return s
		}
		if a, ok := x["address"].(string); ok {
			return a
		}
	}
	return ""
}

func findAddress(m *lint.Module, addr string) *lint.Resource {
	if m == nil || addr == "" {
		return nil
	}
	for _, r := range m.All() {
		if r.Address == addr {
			return r
		}
	}
	return nil
}

func companionsOf(c *Context, target *lint.Resource, typ, attr any) (any, error) {
	t, _ := typ.(string)
	a, _ := attr.(string)
	if target == nil || target.Module == nil {
		return nil, errors.New("no module")
	}
	rs, certain := target.Module.Companions(c.Naming(target.Type), target, t, a)
	if !certain {
		return c.Unknown(), nil
	}
	out := make([]any, len(rs))
	for i, r := range rs {
		out[i] = convertWith(r, true).value
	}
	return out, nil
}
