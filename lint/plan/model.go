package plan

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

// instance is one resource instance of the plan: its planned values, which
// of them are unknown until apply, which are sensitive.
type instance struct {
	addr, module, typ, name string
	data                    bool
	values                  map[string]any
	unknown, sensitive      any
}

// instances lists the plan's resource instances in the plan's order: each
// resource change that leaves something behind (its after), then what
// planned_values holds besides, then the data sources of prior_state that
// were read and did not change.
func (f *File) instances() []*instance {
	var out []*instance
	seen := map[string]bool{}
	add := func(in *instance) {
		if in.addr == "" || seen[in.addr] || in.typ == "" {
			return
		}
		seen[in.addr] = true
		out = append(out, in)
	}
	p := f.Plan
	for _, rc := range p.ResourceChanges {
		if rc == nil || rc.Change == nil || rc.DeposedKey != "" || rc.Change.Actions.Delete() || rc.Change.Actions.Forget() {
			continue
		}
		after, _ := rc.Change.After.(map[string]any)
		if after == nil && !isTrue(rc.Change.AfterUnknown) {
			continue
		}
		add(&instance{addr: rc.Address, module: rc.ModuleAddress, typ: rc.Type, name: rc.Name,
			data: rc.Mode == tfjson.DataResourceMode, values: after,
			unknown: rc.Change.AfterUnknown, sensitive: rc.Change.AfterSensitive})
	}
	var walk func(m *tfjson.StateModule, dataOnly bool)
	walk = func(m *tfjson.StateModule, dataOnly bool) {
		if m == nil {
			return
		}
		for _, r := range m.Resources {
			if r == nil || (dataOnly && r.Mode != tfjson.DataResourceMode) || r.DeposedKey != "" {
				continue
			}
			var sens any
			if len(r.SensitiveValues) > 0 {
				_ = json.Unmarshal(r.SensitiveValues, &sens)
			}
			add(&instance{addr: r.Address, module: m.Address, typ: r.Type, name: r.Name,
				data: r.Mode == tfjson.DataResourceMode, values: r.AttributeValues, sensitive: sens})
		}
		for _, c := range m.ChildModules {
			walk(c, dataOnly)
		}
	}
	if p.PlannedValues != nil {
		walk(p.PlannedValues.RootModule, false)
	}
	if p.PriorState != nil && p.PriorState.Values != nil {
		walk(p.PriorState.Values.RootModule, true)
	}
	return out
}

// Options say what the source says about the plan.
type Options struct {
	// Source is the evaluated root module of the configuration the plan was
	// made from, nil when the source is not at hand: resources are placed
	// on its blocks and arguments, and take the links its evaluation found.
	Source *lint.Module
	// Sources is the text of the source files, where the module call blocks
	// of modules whose own source is absent are looked for.
	Sources map[string][]byte
}

// Result is a plan made into a root module.
type Result struct {
	Module *lint.Module
	// AtCall are the addresses of the resources placed on the calling
	// module block, their module's source not being at hand.
	AtCall map[string]bool
	// Filled counts the arguments whose unknown value the plan filled
	// (Hybrid); Added the plan's resources the source did not have.
	Filled, Added int
}

// Module makes the plan's resources into a root module: every value is the
// plan's; with a source, each resource is placed where the source declares it.
func (f *File) Module(o Options) *Result {
	dir := filepath.Dir(f.Name)
	if o.Source != nil {
		dir = o.Source.Dir
	}
	b := newBuilder(f, o)
	m := lint.NewModule(dir)
	for _, in := range f.instances() {
		b.add(m, in)
	}
	b.fillAll()
	return &Result{Module: m, AtCall: b.atCall, Added: len(b.built)}
}

// Hybrid keeps the source's evaluation and fills what it leaves unknown from
// the plan, argument by argument, for the same address; the plan's resources
// the source does not hold (a registry module not fetched, instances of a
// count or for_each the source could not expand) are added from the plan.
func (f *File) Hybrid(o Options) *Result {
	src := o.Source
	b := newBuilder(f, o)
	planned := f.instances()
	byAddr := map[string]*instance{}
	replaced := map[string]bool{}
	for _, in := range planned {
		byAddr[in.addr] = in
		if b.exact[in.addr] == nil {
			replaced[declOf(in.addr)] = true
		}
	}
	m := lint.NewModule(src.Dir)
	res := &Result{Module: m}
	for _, r := range src.All() {
		if in := byAddr[r.Address]; in != nil {
			res.Filled += fillBlock(r.Body, in.values, in.unknown, in.sensitive)
			m.Add(r)
			continue
		}
		if !r.KeyKnown && replaced[declOf(r.Address)] {
			continue // the plan knows the instances
		}
		m.Add(r)
	}
	for _, in := range planned {
		if b.exact[in.addr] == nil {
			b.add(m, in)
		}
	}
	for _, r := range m.All() {
		b.final[r.Address] = r
	}
	b.fillAll()
	res.AtCall, res.Added = b.atCall, len(b.built)
	return res
}

type builder struct {
	f       *File
	o       Options
	exact   map[string]*lint.Resource // source instances by address
	decls   map[string]*lint.Resource // first source instance of each declaration
	final   map[string]*lint.Resource // the module's instances by address
	byDecl  map[string][]*lint.Resource
	built   []built
	atCall  map[string]bool
	configs map[string]map[string]*tfjson.ConfigResource
}

type built struct {
	r   *lint.Resource
	in  *instance
	src *lint.Resource
}

func newBuilder(f *File, o Options) *builder {
	b := &builder{f: f, o: o, exact: map[string]*lint.Resource{}, decls: map[string]*lint.Resource{},
		final: map[string]*lint.Resource{}, byDecl: map[string][]*lint.Resource{}, atCall: map[string]bool{},
		configs: map[string]map[string]*tfjson.ConfigResource{}}
	if o.Source != nil {
		for _, r := range o.Source.All() {
			b.exact[r.Address] = r
			d := declOf(r.Address)
			if b.decls[d] == nil {
				b.decls[d] = r
			}
		}
	}
	return b
}

// add makes the resource of a plan instance, placed on its source block.
func (b *builder) add(m *lint.Module, in *instance) {
	src := b.exact[in.addr]
	if src == nil {
		src = b.decls[declOf(in.addr)]
	}
	var def, full hcl.Range
	var calls []hcl.Range
	switch {
	case src != nil:
		def, full, calls = src.DefRange, src.Range, src.ModuleCalls
	case b.o.Source != nil && in.module != "":
		calls = b.callRanges(moduleNames(in.module))
		if len(calls) > 0 {
			def, full = calls[len(calls)-1], calls[len(calls)-1]
			b.atCall[in.addr] = true
		} else {
			def = b.fileRange(in.addr)
			full = def
		}
	default:
		def = b.fileRange(in.addr)
		full = def
	}
	r := lint.NewResource(in.typ, in.name, in.data, in.addr, def, full)
	r.ModuleAddress = in.module
	r.ModuleCalls = calls
	if src != nil {
		r.ProviderVersions = src.ProviderVersions
		if src.Address == in.addr {
			r.AdoptMeta(src) // provisioners are in no plan value: the source's
		}
	}
	m.Add(r)
	b.final[in.addr] = r
	d := declOf(in.addr)
	b.byDecl[d] = append(b.byDecl[d], r)
	b.built = append(b.built, built{r: r, in: in, src: src})
}

// fillAll sets the arguments and blocks of every resource built, once all
// exist, so that references can name any of them.
func (b *builder) fillAll() {
	for _, x := range b.built {
		var sb *lint.Block
		if x.src != nil && x.src.Address == x.r.Address {
			sb = x.src.Body
		} else if x.src != nil {
			sb = x.src.Body // another instance of the same block: its places, not its links
		}
		cr := b.config(x.in)
		var exprs map[string]*tfjson.Expression
		var forEach []string
		if cr != nil {
			exprs = cr.Expressions
			if cr.ForEachExpression != nil && cr.ForEachExpression.ExpressionData != nil {
				forEach = cr.ForEachExpression.References
			}
			if cr.CountExpression != nil && cr.CountExpression.ExpressionData != nil {
				forEach = append(forEach, cr.CountExpression.References...)
			}
		}
		ctx := &fillCtx{b: b, r: x.r, in: x.in, forEach: forEach, ownLinks: x.src != nil && x.src.Address == x.r.Address}
		ctx.block(x.r.Body, sb, x.in.values, x.in.unknown, x.in.sensitive, exprs)
	}
}

type fillCtx struct {
	b        *builder
	r        *lint.Resource
	in       *instance
	forEach  []string
	ownLinks bool
}

// block sets the arguments and nested blocks of dst from the plan's values,
// placing each where src (the source's block, nil without) writes it.
func (c *fillCtx) block(dst, src *lint.Block, vals map[string]any, unk, sens any, exprs map[string]*tfjson.Expression) {
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	if um, ok := unk.(map[string]any); ok {
		for k, u := range um {
			if _, dup := vals[k]; !dup && isTrue(u) {
				keys = append(keys, k)
			}
		}
	}
	if src != nil {
		for _, k := range src.WrittenNames() {
			if _, dup := vals[k]; !dup && !src.Attr(k).Set && !isTrue(field(unk, k)) {
				keys = append(keys, k) // written as null, left out of the plan
			}
		}
	}
	sort.Strings(keys)
	keys = slices.Compact(keys)
	for _, k := range keys {
		v, u, s := vals[k], field(unk, k), field(sens, k)
		var e *tfjson.Expression
		if exprs != nil {
			e = exprs[k]
		}
		var srcBlocks []*lint.Block
		srcAttr := lint.Attr{}
		if src != nil {
			srcBlocks = src.Blocks(k)
			srcAttr = src.Attr(k)
		}
		if els, ok := blockList(v); ok && !isTrue(u) && !srcAttr.Set && (len(srcBlocks) > 0 || e == nil || e.ExpressionData == nil || e.NestedBlocks != nil) {
			for i, el := range els {
				var sb *lint.Block
				def, full := dst.DefRange, dst.Range
				if i < len(srcBlocks) {
					sb = srcBlocks[i]
					def, full = sb.DefRange, sb.Range
				}
				var nested map[string]*tfjson.Expression
				if e != nil && e.ExpressionData != nil && len(e.NestedBlocks) > 0 {
					nested = e.NestedBlocks[min(i, len(e.NestedBlocks)-1)]
				}
				nb := dst.NewBlock(k, nil, def, full)
				c.block(nb, sb, el, index(u, i), index(s, i), nested)
			}
			continue
		}
		if v == nil && !isTrue(u) {
			if src != nil && srcAttr.Range != src.DefRange {
				dst.SetNullAt(k, srcAttr.Range) // written as null: the finding points there
			}
			continue
		}
		written := srcAttr.Set || (e != nil && e.ExpressionData != nil)
		if isEmpty(v) && !written {
			continue
		}
		val := toCty(v, u, s)
		if c.ownLinks && srcAttr.Set && !val.IsWhollyKnown() {
			// The plan cannot know it before apply, the source's evaluation
			// may know parts (a jsonencode document around an ARN).
			dst.CopyAttr(k, srcAttr, c.mapRef)
			dst.FillUnknown(k, val)
			continue
		}
		if srcAttr.Sensitive {
			val = val.Mark(lint.SensitiveMark)
		}
		for _, t := range c.links(e, srcAttr) {
			val = val.Mark(t)
		}
		dst.SetAttrAt(k, val, srcAttr, dst.DefRange)
	}
}

// mapRef is the instance of the module built that has the address of a
// source instance.
func (c *fillCtx) mapRef(r *lint.Resource) *lint.Resource { return c.b.final[r.Address] }

// links are the resources an argument was computed from: those the
// source's evaluation found, when the source holds this very instance;
// else those the configuration's references name (a plan holds IDs, not
// references: the references of the configuration section say what an
// argument was written from).
func (c *fillCtx) links(e *tfjson.Expression, src lint.Attr) []*lint.Resource {
	var out []*lint.Resource
	if c.ownLinks && src.Set {
		for _, r := range src.Refs() {
			if t := c.b.final[r.Address]; t != nil {
				out = append(out, t)
			}
		}
		return out
	}
	if e == nil || e.ExpressionData == nil {
		return nil
	}
	refs := slices.Clone(e.References)
	each := false
	for _, ref := range refs {
		if strings.HasPrefix(ref, "each.") || strings.HasPrefix(ref, "count.") {
			each = true
		}
	}
	if each {
		refs = append(refs, c.forEach...)
	}
	seen := map[*lint.Resource]bool{}
	for _, ref := range refs {
		if t := c.resolve(ref); t != nil && !seen[t] && t != c.r {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// resolve finds the instance a module-relative reference names, in the
// referring resource's module instance: the instance it indexes, the one
// instance of the declaration, or the one with the referring instance's key.
func (c *fillCtx) resolve(ref string) *lint.Resource {
	data := strings.HasPrefix(ref, "data.")
	rest := strings.TrimPrefix(ref, "data.")
	for _, p := range []string{"var.", "local.", "each.", "count.", "module.", "path.", "terraform.", "self."} {
		if strings.HasPrefix(ref, p) {
			return nil
		}
	}
	dot := strings.IndexByte(rest, '.')
	if dot < 0 {
		return nil
	}
	end := strings.IndexAny(rest[dot+1:], ".[")
	name := rest
	tail := ""
	if end >= 0 {
		name, tail = rest[:dot+1+end], rest[dot+1+end:]
	}
	local := name
	if data {
		local = "data." + name
	}
	prefix := ""
	if c.in.module != "" {
		prefix = c.in.module + "."
	}
	if strings.HasPrefix(tail, "[") {
		key := tail[:len(tail)-len(skipKey(tail))]
		if t := c.b.final[prefix+local+key]; t != nil {
			return t
		}
	}
	cands := c.b.byDecl[declOf(prefix+local)]
	if t := c.b.final[prefix+local]; t != nil {
		return t
	}
	if len(cands) == 1 {
		return cands[0]
	}
	if key := instanceKey(c.in.addr); key != "" {
		return c.b.final[prefix+local+key]
	}
	return nil
}

// config is the configuration block of an instance, nil when the plan has
// no configuration section for it.
func (b *builder) config(in *instance) *tfjson.ConfigResource {
	if b.f.Plan.Config == nil || b.f.Plan.Config.RootModule == nil {
		return nil
	}
	names := moduleNames(in.module)
	path := strings.Join(names, ".")
	byAddr, ok := b.configs[path]
	if !ok {
		mod := b.f.Plan.Config.RootModule
		for _, n := range names {
			call := mod.ModuleCalls[n]
			if call == nil || call.Module == nil {
				mod = nil
				break
			}
			mod = call.Module
		}
		byAddr = map[string]*tfjson.ConfigResource{}
		if mod != nil {
			for _, cr := range mod.Resources {
				if cr != nil {
					byAddr[cr.Address] = cr
				}
			}
		}
		b.configs[path] = byAddr
	}
	local := in.typ + "." + in.name
	if in.data {
		local = "data." + local
	}
	return byAddr[local]
}

// fileRange points into the plan file, at the first mention of the address.
func (b *builder) fileRange(addr string) hcl.Range {
	at := b.f.lines[addr]
	if at.line == 0 {
		at.line = 1
	}
	pos := hcl.Pos{Line: at.line, Column: 1, Byte: at.byte}
	return hcl.Range{Filename: b.f.Name, Start: pos, End: pos}
}

// callRanges finds, for a module whose source is not at hand, the module
// blocks that call it, outermost first, as far as the source goes: in the
// root folder, then in the folder of each module the source holds.
func (b *builder) callRanges(names []string) []hcl.Range {
	dir := b.o.Source.Dir
	var out []hcl.Range
	prefix := ""
	for _, n := range names {
		rng, source, ok := b.moduleBlock(dir, n)
		if !ok {
			break
		}
		out = append(out, rng)
		prefix += "module." + n + "."
		next := ""
		for addr, r := range b.decls {
			if strings.HasPrefix(addr, prefix) && strings.Count(addr[len(prefix):], "module.") == 0 {
				next = filepath.Dir(r.DefRange.Filename)
				break
			}
		}
		if next == "" && (strings.HasPrefix(source, "./") || strings.HasPrefix(source, "../")) {
			next = filepath.Join(dir, source)
		}
		if next == "" {
			break
		}
		dir = next
	}
	return out
}

// moduleBlock finds module "name" in the .tf files of dir.
func (b *builder) moduleBlock(dir, name string) (hcl.Range, string, bool) {
	var files []string
	for n := range b.o.Sources {
		if filepath.Dir(n) == filepath.Clean(dir) && strings.HasSuffix(n, ".tf") {
			files = append(files, n)
		}
	}
	sort.Strings(files)
	for _, n := range files {
		f, diags := hclsyntax.ParseConfig(b.o.Sources[n], n, hcl.InitialPos)
		if diags.HasErrors() || f == nil {
			continue
		}
		body, ok := f.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		for _, blk := range body.Blocks {
			if blk.Type != "module" || len(blk.Labels) != 1 || blk.Labels[0] != name {
				continue
			}
			source := ""
			if a, ok := blk.Body.Attributes["source"]; ok {
				if v, d := a.Expr.Value(nil); !d.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
					source = v.AsString() //nolint:forbidigo // a known string literal (checked on this line above)
				}
			}
			return blk.DefRange(), source, true
		}
	}
	return hcl.Range{}, "", false
}
