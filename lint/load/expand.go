package load

import (
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

type expandMode uint8

const (
	expandSingle expandMode = iota
	expandCount
	expandForEach
	expandUnknown
)

// expansion is one instance that count or for_each makes.
type expansion struct {
	key   cty.Value // number for count, string for for_each, NilVal for single or unknown
	scope *scope
}

// expand evaluates count or for_each. An unknown value gives one instance
// whose iteration values are unknown, so checks stay silent on it.
func (in *instance) expand(count, forEach *hcl.Attribute, what string) (expandMode, []expansion) {
	r := in.root
	if r.instances >= r.opts.MaxInstances {
		r.take(1, hcl.Range{Filename: in.cfg.dir})
		return expandSingle, nil // the limit was reached: nothing more to evaluate
	}
	switch {
	case count != nil:
		v, vm := in.eval(count.Expr, nil).UnmarkDeep()
		if !v.IsKnown() {
			return expandUnknown, []expansion{{scope: &scope{count: cty.UnknownVal(cty.Number).WithMarks(expansionReasons(vm, what))}}}
		}
		nv, err := convertNumber(v)
		if err != nil {
			r.diag(lint.DiagError, "Invalid count argument", fmt.Sprintf("%s: %s", what, err), count.Expr.Range())
			return expandUnknown, []expansion{{scope: &scope{count: cty.UnknownVal(cty.Number)}}}
		}
		n := nv
		if n > int64(r.opts.MaxCount) {
			r.diag(lint.DiagWarning, "Count capped", fmt.Sprintf("%s has count = %d; only the first %d instances were evaluated", what, nv, r.opts.MaxCount), count.Expr.Range())
			n = int64(r.opts.MaxCount)
		}
		n = int64(r.take(int(n), count.Expr.Range()))
		out := make([]expansion, n)
		for i := range out {
			idx := cty.NumberIntVal(int64(i))
			out[i] = expansion{key: idx, scope: &scope{count: idx}}
		}
		return expandCount, out
	case forEach != nil:
		raw := in.eval(forEach.Expr, nil)
		v, _ := raw.Unmark()
		var unknown []expansion
		if !v.IsWhollyKnown() || v.IsNull() || (!v.Type().IsMapType() && !v.Type().IsObjectType()) {
			why := expansionReasons(whyUnknown(raw), what)
			unknown = []expansion{{scope: &scope{eachKey: cty.UnknownVal(cty.String).WithMarks(why), eachValue: cty.DynamicVal.WithMarks(why)}}}
		}
		if !v.IsKnown() {
			return expandUnknown, unknown
		}
		if v.IsNull() {
			r.diag(lint.DiagError, "Invalid for_each argument", what+": for_each must not be null", forEach.Expr.Range())
			return expandUnknown, unknown
		}
		ty := v.Type()
		var out []expansion
		switch {
		case ty.IsMapType() || ty.IsObjectType():
			keys := make([]string, 0)
			vals := map[string]cty.Value{}
			for it := v.ElementIterator(); it.Next(); {
				k, ev := it.Element()
				k, _ = k.Unmark()
				keys = append(keys, k.AsString())
				if !ev.IsWhollyKnown() && !lint.HasReason(ev) {
					// The for_each expression dropped why (a function over
					// a for expression): say it is the expansion's value.
					ev = ev.WithMarks(expansionReasons(whyUnknown(raw), what))
				}
				vals[k.AsString()] = ev
			}
			sort.Strings(keys)
			for _, k := range keys {
				kv := cty.StringVal(k)
				out = append(out, expansion{key: kv, scope: &scope{eachKey: kv, eachValue: vals[k]}})
			}
		case ty.IsSetType():
			if !v.IsWhollyKnown() {
				return expandUnknown, unknown
			}
			if ty.ElementType() == cty.DynamicPseudoType && v.LengthInt() == 0 {
				return expandForEach, nil
			}
			if ty.ElementType() == cty.DynamicPseudoType {
				return expandUnknown, unknown
			}
			if !ty.ElementType().Equals(cty.String) {
				r.diag(lint.DiagError, "Invalid for_each argument", what+": for_each takes a map or a set of strings, not "+ty.FriendlyName(), forEach.Expr.Range())
				return expandUnknown, unknown
			}
			var keys []string
			for it := v.ElementIterator(); it.Next(); {
				_, ev := it.Element()
				ev, _ = ev.UnmarkDeep()
				if ev.IsNull() {
					r.diag(lint.DiagError, "Invalid for_each argument", what+": for_each set holds a null", forEach.Expr.Range())
					continue
				}
				keys = append(keys, ev.AsString())
			}
			sort.Strings(keys)
			for _, k := range keys {
				kv := cty.StringVal(k)
				out = append(out, expansion{key: kv, scope: &scope{eachKey: kv, eachValue: kv}})
			}
		default:
			r.diag(lint.DiagError, "Invalid for_each argument", what+": for_each takes a map or a set of strings, not "+ty.FriendlyName()+" (use toset() for a list)", forEach.Expr.Range())
			return expandUnknown, unknown
		}
		if len(out) > r.opts.MaxCount {
			r.diag(lint.DiagWarning, "for_each capped", fmt.Sprintf("%s has %d instances; only the first %d were evaluated", what, len(out), r.opts.MaxCount), forEach.Expr.Range())
			out = out[:r.opts.MaxCount]
		}
		out = out[:r.take(len(out), forEach.Expr.Range())]
		return expandForEach, out
	}
	if r.take(1, hcl.Range{Filename: in.cfg.dir}) == 0 {
		return expandSingle, nil
	}
	return expandSingle, []expansion{{scope: nil}}
}

// take reserves n instances from the root's budget and returns how many it may make.
func (r *rootEval) take(n int, rng hcl.Range) int {
	return takeFrom(&r.instances, r.opts.MaxInstances, &r.capped, n, func() {
		r.diag(lint.DiagWarning, "Instance limit reached", fmt.Sprintf("the root module %s expands to more than %d instances; the rest were not evaluated", r.dir, r.opts.MaxInstances), rng)
	})
}

// takeModules takes up to n module instances from the root's allowance.
func (r *rootEval) takeModules(n int, rng hcl.Range) int {
	return takeFrom(&r.moduleInstances, r.opts.MaxModuleInstances, &r.modulesCapped, n, func() {
		r.diag(lint.DiagWarning, "Module instance limit reached", fmt.Sprintf("the module tree of the root module %s has more than %d module instances; the rest were not evaluated", r.dir, r.opts.MaxModuleInstances), rng)
	})
}

// takeFrom takes up to n from an allowance of limit of which *used is
// spent, and says so once (the first time it falls short).
func takeFrom(used *int, limit int, capped *bool, n int, say func()) int {
	if left := limit - *used; n > left {
		if !*capped {
			*capped = true
			say()
		}
		n = max(left, 0)
	}
	*used += n
	return n
}

func convertNumber(v cty.Value) (int64, error) {
	if v.IsNull() {
		return 0, fmt.Errorf("count must not be null")
	}
	switch v.Type() {
	case cty.Number:
	case cty.String:
		f, _, err := big.ParseFloat(strings.TrimSpace(v.AsString()), 10, 64, big.ToNearestEven)
		if err != nil {
			return 0, fmt.Errorf("count must be a whole number, not %q", v.AsString())
		}
		v = cty.NumberVal(f)
	case cty.Bool:
		return 0, fmt.Errorf("count must be a whole number, not a bool")
	default:
		return 0, fmt.Errorf("count must be a whole number, not %s", v.Type().FriendlyName())
	}
	bf := v.AsBigFloat()
	if !bf.IsInt() {
		return 0, fmt.Errorf("count must be a whole number, not %s", bf.Text('f', -1))
	}
	if bf.Sign() < 0 {
		return 0, fmt.Errorf("count must not be negative")
	}
	if !bf.IsInt() || bf.Cmp(big.NewFloat(1e15)) > 0 {
		return 1e15, nil
	}
	n, _ := bf.Int64()
	return n, nil
}

var resourceMeta = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true}
var resourceMetaBlocks = map[string]bool{"lifecycle": true, "provisioner": true, "connection": true}

// resource evaluates a resource or data block: expands it, builds a
// lint.Resource per instance and adds it to the root module.
func (in *instance) resource(decl *resourceDecl) *resourceState {
	st := in.resources[decl.key()]
	if st == nil {
		st = &resourceState{cell: cell{name: in.prefix() + decl.key(), rng: decl.defRange}}
		in.resources[decl.key()] = st
	}
	in.root.resolve(&st.cell, func() cty.Value {
		mode, exps := in.expand(decl.count, decl.forEach, in.prefix()+decl.key())
		st.mode = mode
		for _, e := range exps {
			addr := in.prefix() + decl.key()
			switch {
			case mode == expandUnknown:
				addr += "[*]"
			case e.key != cty.NilVal:
				addr += quoteKey(e.key)
			}
			res := lint.NewResource(decl.typ, decl.name, decl.data, addr, decl.defRange, decl.rng)
			res.ModuleAddress = in.addr
			res.ModuleCalls = in.calls
			res.KeyKnown = mode != expandUnknown
			res.ProviderVersions = in.providerVersions(decl.provider)
			attrs := in.build(res.Body, decl.content, e.scope, true)
			in.provisioners(res, decl.content, e.scope, attrs)
			in.root.mod.Add(res)
			st.instances = append(st.instances, &resInstance{key: e.key, attrs: attrs, res: res})
		}
		return cty.NilVal
	})
	return st
}

// build evaluates a body into b and returns the marked values of its
// arguments and nested blocks, for references to the resource.
func (in *instance) build(b *lint.Block, c content, sc *scope, top bool) map[string]cty.Value {
	obj := map[string]cty.Value{}
	for _, a := range c.attrs {
		if top && resourceMeta[a.Name] {
			continue
		}
		v := in.eval(a.Expr, sc)
		decoded := cty.NilVal
		if call, ok := a.Expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "jsonencode" && len(call.Args) == 1 {
			decoded = in.eval(call.Args[0], sc)
		} else if tmpl, ok := a.Expr.(*hclsyntax.TemplateExpr); ok && !v.IsWhollyKnown() {
			decoded = in.templateJSON(tmpl, sc)
		} else if doc, ok := partialDoc(v); ok {
			decoded = doc
		}
		b.SetAttr(a.Name, v, a.Expr.Range(), decoded)
		if parts := in.cfg.partsOf(a.Expr); parts != nil {
			b.SetAttrParts(a.Name, parts)
		}
		obj[a.Name] = v
	}
	blocks := map[string][]cty.Value{}
	var order []string
	add := func(typ string, v cty.Value) {
		if _, seen := blocks[typ]; !seen {
			order = append(order, typ)
		}
		blocks[typ] = append(blocks[typ], v)
	}
	for _, blk := range c.blocks {
		if top && resourceMetaBlocks[blk.Type] {
			continue
		}
		if blk.Type == "dynamic" {
			in.dynamic(b, blk, sc, add)
			continue
		}
		child := b.NewBlock(blk.Type, blk.Labels, blk.DefRange, blockRange(blk))
		cc, hd := rawContent(blk.Body)
		in.root.diags = append(in.root.diags, fromHCL(hd, lint.DiagDebug)...)
		add(blk.Type, cty.ObjectVal(in.build(child, cc, sc, false)))
	}
	for _, typ := range order {
		if _, isAttr := obj[typ]; !isAttr {
			obj[typ] = cty.TupleVal(blocks[typ])
		}
	}
	return obj
}

func blockRange(blk *hcl.Block) hcl.Range {
	if sb, ok := blk.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(blk.DefRange, sb.SrcRange)
	}
	return blk.DefRange
}

// dynamic expands a dynamic block into one nested block per element of its
// for_each, with the iterator (the label, or the iterator argument) in scope.
func (in *instance) dynamic(b *lint.Block, blk *hcl.Block, sc *scope, add func(string, cty.Value)) {
	if len(blk.Labels) != 1 {
		return
	}
	name := blk.Labels[0]
	dc, _ := rawContent(blk.Body)
	forEach := dc.attr("for_each")
	iter := name
	if a := dc.attr("iterator"); a != nil {
		if kw := hcl.ExprAsKeyword(a.Expr); kw != "" {
			iter = kw
		}
	}
	var contentBlk *hcl.Block
	for _, c := range dc.blocks {
		if c.Type == "content" {
			contentBlk = c
		}
	}
	if forEach == nil || contentBlk == nil {
		in.root.diag(lint.DiagError, "Invalid dynamic block", "a dynamic block needs for_each and a content block", blk.DefRange)
		return
	}
	if in.root.instances >= in.root.opts.MaxInstances {
		in.root.take(1, forEach.Expr.Range())
		return
	}
	cc, _ := rawContent(contentBlk.Body)
	items := iterate(in.eval(forEach.Expr, sc))
	if len(items) > in.root.opts.MaxCount {
		in.root.diag(lint.DiagWarning, "Dynamic block capped", fmt.Sprintf("dynamic %q has %d elements; only the first %d were evaluated", name, len(items), in.root.opts.MaxCount), forEach.Expr.Range())
		items = items[:in.root.opts.MaxCount]
	}
	// Nested dynamic blocks multiply: each expansion takes its instances
	// from the root's budget, as resources and module calls do.
	items = items[:in.root.take(len(items), forEach.Expr.Range())]
	for _, it := range items {
		in.root.budget.Step(forEach.Expr.Range())
		isc := sc.withIter(iter, cty.ObjectVal(map[string]cty.Value{"key": it[0], "value": it[1]}))
		var labels []string
		if la := dc.attr("labels"); la != nil {
			lv, _ := in.eval(la.Expr, isc).UnmarkDeep()
			if lv.IsWhollyKnown() && !lv.IsNull() && (lv.Type().IsListType() || lv.Type().IsTupleType()) {
				for e := lv.ElementIterator(); e.Next(); {
					_, s := e.Element()
					if s.Type() == cty.String && !s.IsNull() {
						labels = append(labels, s.AsString())
					}
				}
			}
		}
		child := b.NewBlock(name, labels, contentBlk.DefRange, blockRange(contentBlk))
		add(name, cty.ObjectVal(in.build(child, cc, isc, false)))
	}
}

// iterate lists the key/value pairs of a collection for a dynamic block. An
// unknown collection gives one pair of unknowns.
func iterate(v cty.Value) [][2]cty.Value {
	inner, marks := v.Unmark()
	if !inner.IsKnown() {
		return unknownPair(v)
	}
	if inner.IsNull() {
		return nil
	}
	ty := inner.Type()
	if !ty.IsCollectionType() && !ty.IsTupleType() && !ty.IsObjectType() {
		return unknownPair(v)
	}
	if ty.IsSetType() && !inner.IsWhollyKnown() {
		return unknownPair(v)
	}
	var out [][2]cty.Value
	i := 0
	for it := inner.ElementIterator(); it.Next(); i++ {
		k, ev := it.Element()
		if ty.IsSetType() {
			k = ev
		}
		out = append(out, [2]cty.Value{k, ev.WithMarks(marks)})
	}
	return out
}

// child expands a module call into instances of the called module.
func (in *instance) child(call *callDecl) *childState {
	cs := in.children[call.name]
	if cs == nil {
		cs = &childState{cell: cell{name: in.prefix() + "module." + call.name, rng: call.defRange}}
		in.children[call.name] = cs
	}
	in.root.resolve(&cs.cell, func() cty.Value {
		dir, ok := in.resolveSource(call)
		if !ok {
			cs.missing = true
			return cty.NilVal
		}
		cfg := in.root.p.module(dir)
		in.root.diags = append(in.root.diags, cfg.diags...)
		if cfg.absent {
			in.root.diag(lint.DiagError, "Unreadable module directory", fmt.Sprintf("module %q: the folder %s does not exist; the module was not evaluated and its outputs are unknown", call.name, call.source), call.defRange)
			cs.missing = true
			return cty.NilVal
		}
		cs.cfg = cfg
		if !cfg.hasFiles {
			in.root.diag(lint.DiagWarning, "Module has no configuration files", fmt.Sprintf("module %q: %s holds no .tf or .tf.json files", call.name, dir), call.defRange)
		}
		mode, exps := in.expand(call.count, call.forEach, in.prefix()+"module."+call.name)
		exps = exps[:in.root.takeModules(len(exps), call.defRange)]
		cs.mode = mode
		for _, e := range exps {
			in.root.budget.Step(call.defRange)
			ch := newInstance(in.root, cfg, in)
			ch.call = call
			ch.callScope = e.scope
			ch.depth = in.depth + 1
			ch.callPath = append(append([]string{}, in.callPath...), call.name)
			ch.calls = append(append([]hcl.Range{}, in.calls...), call.defRange)
			ch.addr = in.prefix() + "module." + call.name
			switch {
			case mode == expandUnknown:
				ch.addr += "[*]"
			case e.key != cty.NilVal:
				ch.addr += quoteKey(e.key)
			}
			cs.keys = append(cs.keys, e.key)
			cs.instances = append(cs.instances, ch)
		}
		return cty.NilVal
	})
	return cs
}

// resolveSource finds the folder of a called module: a local path, or the
// copy that terraform init left in .terraform/modules. It never downloads.
func (in *instance) resolveSource(call *callDecl) (string, bool) {
	src := call.source
	if src == "" {
		in.root.diag(lint.DiagError, "Module without source", fmt.Sprintf("module %q has no source", call.name), call.defRange)
		return "", false
	}
	dir, local := in.cfg.localCallee(call)
	if !local {
		key := strings.Join(append(append([]string{}, in.callPath...), call.name), ".")
		d, ok := in.root.installed[key]
		if !ok {
			in.root.diag(lint.DiagInfo, "Module not scanned: run terraform init", fmt.Sprintf("module %q comes from %q, which is not installed in .terraform/modules; tenantlint never downloads modules", call.name, src), call.defRange)
			return "", false
		}
		dir = d
	}
	if _, inside := in.root.opts.files().Inside(dir); !inside {
		in.root.diag(lint.DiagWarning, "Module source outside the repository", fmt.Sprintf("module %q: source outside the repository: not scanned; its outputs are unknown", call.name), call.defRange)
		return "", false
	}
	var abs string
	switch {
	case filepath.IsAbs(dir):
		abs = filepath.Clean(dir)
	case local:
		abs = filepath.Join(in.absDir, filepath.FromSlash(src))
	default:
		abs, _ = in.root.p.wd.Abs(dir)
	}
	real := in.root.p.realPath(abs)
	for p := in; p != nil; p = p.parent {
		if p.realDir == real {
			in.root.diag(lint.DiagError, "Module calls itself", fmt.Sprintf("module %q calls %s, which is already being evaluated above it; the recursion was cut", call.name, src), call.defRange)
			return "", false
		}
	}
	if in.depth >= 32 {
		in.root.diag(lint.DiagError, "Module nesting too deep", "more than 32 nested module calls; the rest were not evaluated", call.defRange)
		return "", false
	}
	return dir, true
}

// providerVersions gathers the version constraints of a provider from the
// module instance and every module that calls it, and the root's lock.
func (in *instance) providerVersions(local string) lint.ProviderVersions {
	var v lint.ProviderVersions
	for at := in; at != nil; at = at.parent {
		v.Constraints = append(v.Constraints, at.cfg.required[local]...)
	}
	v.Constraints = slices.Clip(v.Constraints)
	v.Locked = in.root.locked[local]
	return v
}
