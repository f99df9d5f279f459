package load

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
	"github.com/tenantlint/tenantlint/lint/load/internal/syntaxwalk"
)

// rootEval evaluates one root module and everything it calls. It runs on
// one goroutine; the parsed configuration it reads is shared.
type rootEval struct {
	p         *parser
	opts      *Options
	mod       *lint.Module
	dir       string
	absDir    string
	funcs     map[string]function.Function
	diags     []lint.Diagnostic
	stack     []*cell
	instances int
	capped    bool
	// moduleInstances counts the module instances of the whole tree.
	moduleInstances int
	modulesCapped   bool
	rootVars        map[string]rootVar
	installed       map[string]string
	budget          *limits.Budget
	// base is the parent of every evaluation context of the root: it holds
	// the functions and the budget, so that each context holds only its
	// variables.
	base *hcl.EvalContext
	// locked are the provider versions .terraform.lock.hcl selected, by
	// the provider's type name (hashicorp/azurerm: azurerm).
	locked map[string]string
	// refused are the paths file functions were asked to read outside the
	// boundary while the current expression was evaluated.
	refused []refusal
}

type refusal struct {
	fn, path string
	missing  bool // the file does not exist (else: outside the boundary)
}

// refuse is the file functions' Refused hook.
func (r *rootEval) refuse(fn, path string) {
	r.refused = append(r.refused, refusal{fn: fn, path: path})
}

// missingFile is the file functions' Missing hook.
func (r *rootEval) missingFile(fn, path string) {
	r.refused = append(r.refused, refusal{fn: fn, path: path, missing: true})
}

// reportRefused turns the refusals since mark, made while expr was
// evaluated, into warnings at the calls that asked for them.
func (r *rootEval) reportRefused(expr hcl.Expression, mark int, hd hcl.Diagnostics) {
	if len(r.refused) <= mark {
		return
	}
	for _, rf := range r.refused[mark:] {
		if rf.missing {
			if !failedOn(hd, rf.path) {
				continue // try, can or the branch not taken caught it
			}
			r.diag(lint.DiagError, "Invalid function argument",
				fmt.Sprintf("%s(%q): no file exists at this path; Terraform reads only files that are part of the configuration", rf.fn, rf.path),
				callRange(expr, rf.fn, rf.path))
			continue
		}
		r.diag(lint.DiagWarning, "File outside the repository",
			fmt.Sprintf("%s(%q): outside the repository, not read; the value is unknown", rf.fn, rf.path),
			callRange(expr, rf.fn, rf.path))
	}
	r.refused = r.refused[:mark]
}

// failedOn says whether the evaluation failed because no file exists at path.
func failedOn(hd hcl.Diagnostics, path string) bool {
	for _, d := range hd {
		if d.Severity == hcl.DiagError && strings.Contains(d.Detail, "no file exists at "+path+":") {
			return true
		}
	}
	return false
}

// callRange finds the call of fn in expr that most likely asked for path:
// the one whose first argument is that literal path, else the first call of
// fn, else (a call inside a template file) the whole expression.
func callRange(expr hcl.Expression, fn, path string) hcl.Range {
	node, ok := expr.(hclsyntax.Node)
	if !ok {
		return expr.Range()
	}
	var first, exact *hclsyntax.FunctionCallExpr
	syntaxwalk.Nodes(node, func(n hclsyntax.Node) {
		call, ok := n.(*hclsyntax.FunctionCallExpr)
		if !ok || call.Name != fn {
			return
		}
		if first == nil {
			first = call
		}
		if exact == nil && len(call.Args) > 0 {
			if v, d := call.Args[0].Value(nil); !d.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() && v.AsString() == path {
				exact = call
			}
		}
	})
	switch {
	case exact != nil:
		return exact.Range()
	case first != nil:
		return first.Range()
	}
	return expr.Range()
}

// budgetDiag is the one diagnostic of a root whose budget ran out.
func (r *rootEval) budgetDiag(ex *limits.Exceeded) lint.Diagnostic {
	rng := ex.Range
	if rng.Filename == "" {
		rng = hcl.Range{Filename: r.dir}
	}
	if ex.Deadline {
		return lint.Diagnostic{
			Severity: lint.DiagWarning,
			Summary:  fmt.Sprintf("evaluation of %s stopped at the --timeout", r.dir),
			Detail:   "the resources evaluated until then are reported; the rest of this root module was not evaluated",
			Subject:  &rng,
		}
	}
	return lint.Diagnostic{
		Severity: lint.DiagError,
		Summary:  "Evaluation budget exceeded",
		Detail:   fmt.Sprintf("evaluating the root module %s took %s, here; its evaluation stopped: the resources evaluated until then are reported, the rest of this root module was not evaluated", r.dir, ex.What),
		Subject:  &rng,
	}
}

type rootVar struct {
	value cty.Value
	rng   hcl.Range
}

// cell is a lazily computed value with cycle detection.
type cell struct {
	name  string
	rng   hcl.Range
	state uint8 // 0 new, 1 computing, 2 done
	v     cty.Value
}

func (r *rootEval) diag(sev lint.DiagSeverity, summary, detail string, rng hcl.Range) {
	rr := rng
	r.diags = append(r.diags, lint.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Subject: &rr})
}

// resolve computes c once. Re-entering a cell that is being computed is a
// cycle: it is reported with the chain of names and the value is unknown.
func (r *rootEval) resolve(c *cell, compute func() cty.Value) cty.Value {
	switch c.state {
	case 2:
		return c.v
	case 1:
		start := 0
		for i, s := range r.stack {
			if s == c {
				start = i
				break
			}
		}
		var names []string
		for _, s := range r.stack[start:] {
			names = append(names, s.name)
		}
		names = append(names, c.name)
		r.diag(lint.DiagError, "Cycle in configuration", "these values depend on each other: "+strings.Join(names, " -> "), c.rng)
		return cty.DynamicVal.Mark(lint.Because(lint.CycleReason, c.name))
	}
	c.state = 1
	r.stack = append(r.stack, c)
	v := compute()
	r.stack = r.stack[:len(r.stack)-1]
	c.state = 2
	c.v = v
	return v
}

// instance is one instance of a module: the root, or one expansion of a call.
type instance struct {
	root      *rootEval
	cfg       *moduleConfig
	addr      string // module.a["x"] ("" at the root)
	callPath  []string
	calls     []hcl.Range
	parent    *instance
	call      *callDecl
	callScope *scope
	absDir    string
	realDir   string // absDir with symbolic links resolved
	pathMod   string
	depth     int

	vars      map[string]*cell
	locals    map[string]*cell
	outputs   map[string]*cell
	resources map[string]*resourceState
	children  map[string]*childState
	// inherited caches callerAccessed.
	inherited map[string]bool
	// The namespace objects of expressions that read one name, and path.*.
	varObjs, localObjs map[string]cty.Value
	pathObj            cty.Value
}

type resourceState struct {
	cell
	mode      expandMode
	instances []*resInstance
	built     cty.Value
}

type resInstance struct {
	key   cty.Value
	attrs map[string]cty.Value
	res   *lint.Resource
}

type childState struct {
	cell
	mode      expandMode
	keys      []cty.Value
	instances []*instance
	missing   bool
	cfg       *moduleConfig // the called module, nil when missing
}

func newInstance(root *rootEval, cfg *moduleConfig, parent *instance) *instance {
	in := &instance{
		root:      root,
		cfg:       cfg,
		parent:    parent,
		vars:      map[string]*cell{},
		locals:    map[string]*cell{},
		outputs:   map[string]*cell{},
		resources: map[string]*resourceState{},
		children:  map[string]*childState{},
		varObjs:   map[string]cty.Value{},
		localObjs: map[string]cty.Value{},
	}
	in.absDir, in.realDir = cfg.absDir, cfg.realDir
	in.pathMod = "."
	if rel, err := filepath.Rel(root.absDir, in.absDir); err == nil {
		in.pathMod = filepath.ToSlash(rel)
	}
	return in
}

func (in *instance) prefix() string {
	if in.addr == "" {
		return ""
	}
	return in.addr + "."
}

// evalAll evaluates every resource and every module call, depth first, in
// source order, so the module's resource list is deterministic.
func (in *instance) evalAll() {
	for _, decl := range in.cfg.resources {
		in.resource(decl)
	}
	for _, call := range in.cfg.calls {
		in.root.mod.AddModuleCall(in.callRecord(call))
		cs := in.child(call)
		for _, ch := range cs.instances {
			ch.evalAll()
		}
	}
}

// eval evaluates an expression in the instance with the given scope. An
// expression that cannot be evaluated is unknown, with a debug diagnostic.
func (in *instance) eval(expr hcl.Expression, sc *scope) cty.Value {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	in.root.budget.Step(expr.Range())
	ctx := in.context(expr, sc)
	mark := len(in.root.refused)
	v, hd := expr.Value(ctx)
	refused := in.root.refusedPaths(mark)
	in.root.reportRefused(expr, mark, hd)
	in.root.budget.Check()
	in.root.budget.Value(v, expr.Range())
	if !hd.HasErrors() && !v.IsKnown() && !v.IsMarked() {
		// Some functions (try, can) and operators return a bare unknown and
		// drop the marks of what they read: keep the references, so that
		// try(aws_s3_bucket.logs.id, "") still points at its bucket.
		v = v.WithMarks(referenceMarks(ctx.Variables))
	}
	if !hd.HasErrors() && !v.IsWhollyKnown() && len(v.Marks()) == 0 && !lint.HasReason(v) {
		v = v.WithMarks(unknownReasons(expr, ctx, refused))
	}
	if hd.HasErrors() {
		for _, d := range hd {
			if d.Severity != hcl.DiagError {
				continue
			}
			rng := expr.Range()
			if d.Subject != nil {
				rng = *d.Subject
			}
			in.root.diag(lint.DiagDebug, "Expression not evaluated: "+d.Summary, d.Detail+" (the value is treated as unknown)", rng)
		}
		return cty.DynamicVal.Mark(lint.Because(lint.Unevaluated, firstError(hd)))
	}
	return v
}

func (in *instance) context(expr hcl.Expression, sc *scope) *hcl.EvalContext {
	trs := in.cfg.variablesOf(expr)
	ctx := in.root.base.NewChild()
	if in.cfg.providerFuncs != nil {
		ctx.Functions = in.cfg.providerFuncs
	}
	if len(trs) == 0 {
		return ctx
	}
	// The maps are made when a traversal needs them: most expressions read
	// one or two namespaces.
	vars := map[string]cty.Value{}
	var varObj, localObj, modObj map[string]cty.Value
	var modWanted map[string][]string
	var resObj, dataObj map[string]map[string]cty.Value
	for _, tr := range trs {
		root := tr.RootName()
		name := stepName(tr, 1)
		if sc != nil {
			// A dynamic block's iterator may shadow a namespace (iterator = data).
			if v, ok := sc.iters[root]; ok {
				vars[root] = v
				continue
			}
		}
		switch root {
		case "var":
			if _, ok := in.cfg.variables[name]; ok {
				if varObj == nil {
					varObj = map[string]cty.Value{}
				}
				varObj[name] = in.variable(name)
			}
		case "local":
			if _, ok := in.cfg.locals[name]; ok {
				if localObj == nil {
					localObj = map[string]cty.Value{}
				}
				localObj[name] = in.local(name)
			}
		case "module":
			if call, ok := in.cfg.callByName[name]; ok {
				in.checkOutput(call, tr)
				if modWanted == nil {
					modWanted = map[string][]string{}
				}
				modWanted[name] = append(modWanted[name], outputName(tr))
			}
		case "count":
			if sc != nil && sc.count != cty.NilVal {
				vars["count"] = sc.countObject()
			}
		case "each":
			if sc != nil && sc.eachKey != cty.NilVal {
				vars["each"] = sc.eachObject()
			}
		case "path":
			vars["path"] = in.pathObject()
		case "terraform":
			vars["terraform"] = terraformObject
		case "self":
			vars["self"] = cty.DynamicVal.Mark(lint.Because(lint.Computed, "self"))
		case "ephemeral":
			if in.cfg.ephemeral != nil {
				vars["ephemeral"] = in.cfg.ephemeralValue()
			}
		case "data":
			typ, n := name, stepName(tr, 2)
			if decl, ok := in.cfg.byAddr["data."+typ+"."+n]; ok {
				if dataObj == nil {
					dataObj = map[string]map[string]cty.Value{}
				}
				if dataObj[typ] == nil {
					dataObj[typ] = map[string]cty.Value{}
				}
				dataObj[typ][n] = in.resourceValue(decl, attrFrom(tr, 3))
			}
		default:
			if decl, ok := in.cfg.byAddr[root+"."+name]; ok {
				if resObj == nil {
					resObj = map[string]map[string]cty.Value{}
				}
				if resObj[root] == nil {
					resObj[root] = map[string]cty.Value{}
				}
				resObj[root][name] = in.resourceValue(decl, attrFrom(tr, 2))
			}
		}
	}
	if len(varObj) > 0 {
		vars["var"] = namespaceObject(varObj, in.vars, in.varObjs)
	}
	if len(localObj) > 0 {
		vars["local"] = namespaceObject(localObj, in.locals, in.localObjs)
	}
	if len(modWanted) > 0 {
		modObj = make(map[string]cty.Value, len(modWanted))
		for name, wanted := range modWanted {
			modObj[name] = in.moduleValue(in.cfg.callByName[name], wanted)
		}
		vars["module"] = cty.ObjectVal(modObj)
	}
	for t, m := range resObj {
		vars[t] = cty.ObjectVal(m)
	}
	if len(dataObj) > 0 {
		d := make(map[string]cty.Value, len(dataObj))
		for t, m := range dataObj {
			d[t] = cty.ObjectVal(m)
		}
		vars["data"] = cty.ObjectVal(d)
	}
	ctx.Variables = vars
	return ctx
}

// terraformObject is terraform.*: the workspace is always the default one.
var terraformObject = cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")})

// pathObject is path.*, made once per instance.
func (in *instance) pathObject() cty.Value {
	if in.pathObj == cty.NilVal {
		in.pathObj = cty.ObjectVal(map[string]cty.Value{
			"module": cty.StringVal(in.pathMod),
			"root":   cty.StringVal("."),
			"cwd":    cty.StringVal(filepath.ToSlash(in.root.absDir)),
		})
	}
	return in.pathObj
}

// namespaceObject is the var.* or local.* object of one expression: the
// values it reads by name. Most expressions read one name (var.tags), and
// the object of one settled value is the same every time: it is kept per
// instance and name. A value still being computed (a cycle) is not kept.
func namespaceObject(vals map[string]cty.Value, cells map[string]*cell, cache map[string]cty.Value) cty.Value {
	if len(vals) != 1 {
		return cty.ObjectVal(vals)
	}
	var name string
	for n := range vals {
		name = n // the one name
	}
	if o, ok := cache[name]; ok {
		return o
	}
	o := cty.ObjectVal(vals)
	if c := cells[name]; c != nil && c.state == 2 {
		cache[name] = o
	}
	return o
}

// attrFrom returns the first attribute name a traversal reads at or after
// step i, skipping index steps: "id" in aws_x.y["k"].id.
func attrFrom(tr hcl.Traversal, i int) string {
	for ; i < len(tr); i++ {
		if a, ok := tr[i].(hcl.TraverseAttr); ok {
			return a.Name
		}
	}
	return ""
}

// stepName returns the attribute name (or string index) at step i of a traversal.
func stepName(tr hcl.Traversal, i int) string {
	if i >= len(tr) {
		return ""
	}
	switch s := tr[i].(type) {
	case hcl.TraverseAttr:
		return s.Name
	case hcl.TraverseRoot:
		return s.Name
	case hcl.TraverseIndex:
		if s.Key.Type() == cty.String && s.Key.IsKnown() && !s.Key.IsNull() {
			return s.Key.AsString()
		}
	}
	return ""
}

func (in *instance) variable(name string) cty.Value {
	c := in.vars[name]
	decl := in.cfg.variables[name]
	if c == nil {
		c = &cell{name: in.prefix() + "var." + name, rng: decl.rng}
		in.vars[name] = c
	}
	return in.root.resolve(c, func() cty.Value { return in.computeVariable(decl) })
}

func (in *instance) computeVariable(decl *variableDecl) cty.Value {
	var (
		raw cty.Value
		set bool
		at  = decl.rng
	)
	if in.parent == nil {
		if rv, ok := in.root.rootVars[decl.name]; ok {
			raw, set, at = rv.value, true, rv.rng
		}
	} else if a, ok := in.call.inputs[decl.name]; ok {
		raw, set, at = in.parent.eval(a.Expr, in.callScope), true, a.Expr.Range()
	}
	if !set || (raw.IsKnown() && raw.IsNull() && !decl.nullable) {
		if v, ok := decl.constantDefault(); ok {
			if decl.sensitive {
				v = v.Mark(lint.SensitiveMark)
			}
			return v
		}
		if decl.def != nil {
			raw = in.eval(decl.def.Expr, nil)
		} else {
			raw = cty.UnknownVal(decl.ty).Mark(lint.Because(lint.NoValue, in.prefix()+"var."+decl.name))
		}
	}
	if decl.defaults != nil {
		raw = decl.defaults.Apply(raw)
	}
	v, err := convert.Convert(raw, decl.ty)
	if err != nil {
		in.root.diag(lint.DiagError, "Invalid value for variable "+decl.name, fmt.Sprintf("the value does not convert to %s: %s; the value is treated as unknown", decl.ty.FriendlyNameForConstraint(), err), at)
		v = cty.UnknownVal(decl.ty).Mark(lint.Because(lint.InvalidValue, in.prefix()+"var."+decl.name))
	}
	if decl.sensitive {
		v = v.Mark(lint.SensitiveMark)
	}
	return v
}

func (in *instance) local(name string) cty.Value {
	c := in.locals[name]
	a := in.cfg.locals[name]
	if c == nil {
		c = &cell{name: in.prefix() + "local." + name, rng: a.Range}
		in.locals[name] = c
	}
	return in.root.resolve(c, func() cty.Value { return in.eval(a.Expr, nil) })
}

func (in *instance) output(name string) cty.Value {
	o, ok := in.cfg.outputs[name]
	if !ok {
		return cty.DynamicVal.Mark(lint.Because(lint.Unevaluated, in.prefix()+"output."+name+" is not declared"))
	}
	c := in.outputs[name]
	if c == nil {
		rng := in.cfg.dirRange()
		if o.expr != nil {
			rng = o.expr.Range()
		}
		c = &cell{name: in.prefix() + "output." + name, rng: rng}
		in.outputs[name] = c
	}
	return in.root.resolve(c, func() cty.Value {
		v := in.eval(o.expr, nil)
		if o.sensitive {
			v = v.Mark(lint.SensitiveMark)
		}
		return v
	})
}

func (cfg *moduleConfig) dirRange() hcl.Range { return hcl.Range{Filename: cfg.dir} }

// moduleValue is what module.<name> evaluates to: an object of outputs per
// instance (a tuple for count, an object for for_each). Only the outputs the
// traversal names are evaluated, as Terraform's graph would.
func (in *instance) moduleValue(call *callDecl, wanted []string) cty.Value {
	cs := in.child(call)
	if cs.missing {
		return cty.DynamicVal.Mark(lint.Because(lint.ModuleMissing, in.prefix()+"module."+call.name+" from "+call.source))
	}
	all := slices.Contains(wanted, "")
	objFor := func(ch *instance) cty.Value {
		names := wanted
		if all {
			names = sortedKeys(ch.cfg.outputs)
		}
		m := map[string]cty.Value{}
		for _, n := range names {
			if _, ok := ch.cfg.outputs[n]; ok {
				m[n] = ch.output(n)
			}
		}
		return cty.ObjectVal(m)
	}
	v := collect(cs.mode, cs.keys, len(cs.instances), func(i int) cty.Value { return objFor(cs.instances[i]) })
	if cs.mode == expandUnknown {
		v = v.Mark(lint.Because(lint.Expansion, in.prefix()+"module."+call.name))
	}
	return v
}

// outputName is the output a module.<name>... traversal reads, "" when it
// reads the whole module object.
func outputName(tr hcl.Traversal) string {
	for i := 2; i < len(tr); i++ {
		if a, ok := tr[i].(hcl.TraverseAttr); ok {
			return a.Name
		}
	}
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// collect builds the value of an expanded block: the single instance, a tuple
// for count, an object for for_each, unknown when the expansion is unknown.
func collect(mode expandMode, keys []cty.Value, n int, item func(i int) cty.Value) cty.Value {
	switch mode {
	case expandSingle:
	case expandUnknown:
		if n == 0 {
			return cty.DynamicVal
		}
		_, marks := item(0).Unmark()
		return cty.DynamicVal.WithMarks(marks)
	case expandCount:
		vals := make([]cty.Value, n)
		for i := range n {
			vals[i] = item(i)
		}
		return cty.TupleVal(vals)
	case expandForEach:
		m := make(map[string]cty.Value, n)
		for i := range n {
			m[keys[i].AsString()] = item(i)
		}
		return cty.ObjectVal(m)
	}
	if n == 0 {
		return cty.DynamicVal
	}
	return item(0)
}

// resourceValue is what <type>.<name> evaluates to. Arguments the
// configuration sets have their values; every other attribute an expression
// in the module reads (an id, an arn) is unknown. Every instance's value is
// marked with its *lint.Resource, so checks can tell what refers to it.
func (in *instance) resourceValue(decl *resourceDecl, extra ...string) cty.Value {
	st := in.resource(decl)
	if st.state == 1 {
		return cty.DynamicVal.Mark(lint.Because(lint.CycleReason, in.prefix()+decl.key()))
	}
	own := in.cfg.accessedOn[decl.key()]
	need := false
	for _, e := range extra {
		if e != "" && !in.cfg.accessed[e] && !own[e] {
			need = true
		}
	}
	if st.built != cty.NilVal && !need {
		return st.built
	}
	v := collect(st.mode, instanceKeys(st.instances), len(st.instances), func(i int) cty.Value {
		ri := st.instances[i]
		m := make(map[string]cty.Value, len(ri.attrs)+len(own)+len(in.cfg.accessed))
		// Computed attributes carry no mark of their own (marks cost time
		// on every value): the instance's mark says where they come from,
		// and lint.Undecided reads it as "computed by the provider".
		computed := func(string) cty.Value { return cty.DynamicVal }
		for n := range in.cfg.accessed {
			m[n] = computed(n)
		}
		for n := range in.callerAccessed() {
			m[n] = cty.DynamicVal
		}
		for n := range own {
			m[n] = computed(n)
		}
		for _, e := range extra {
			if e != "" {
				m[e] = computed(e)
			}
		}
		for n, av := range ri.attrs {
			m[n] = withComputed(av, own)
		}
		if decl.data {
			in.renderedData(decl, m)
		}
		return cty.ObjectVal(m).Mark(ri.res)
	})
	if st.mode == expandUnknown {
		v = v.Mark(lint.Because(lint.Expansion, in.prefix()+decl.key()))
	}
	if !need {
		st.built = v
	}
	return v
}

func instanceKeys(ris []*resInstance) []cty.Value {
	keys := make([]cty.Value, len(ris))
	for i, ri := range ris {
		keys[i] = ri.key
	}
	return keys
}

// scope holds the iteration values visible to an expression.
type scope struct {
	count     cty.Value
	eachKey   cty.Value
	eachValue cty.Value
	iters     map[string]cty.Value
	// count.* and each.*, made when an expression first reads them.
	countObj, eachObj cty.Value
}

func (sc *scope) countObject() cty.Value {
	if sc.countObj == cty.NilVal {
		sc.countObj = cty.ObjectVal(map[string]cty.Value{"index": sc.count})
	}
	return sc.countObj
}

func (sc *scope) eachObject() cty.Value {
	if sc.eachObj == cty.NilVal {
		sc.eachObj = cty.ObjectVal(map[string]cty.Value{"key": sc.eachKey, "value": sc.eachValue})
	}
	return sc.eachObj
}

func (sc *scope) withIter(name string, v cty.Value) *scope {
	n := &scope{iters: map[string]cty.Value{}}
	if sc != nil {
		n.count, n.eachKey, n.eachValue = sc.count, sc.eachKey, sc.eachValue
		n.countObj, n.eachObj = sc.countObj, sc.eachObj
		for k, x := range sc.iters {
			n.iters[k] = x
		}
	}
	n.iters[name] = v
	return n
}

func quoteKey(k cty.Value) string {
	if k.Type() == cty.String {
		return fmt.Sprintf("[%q]", k.AsString())
	}
	bf := k.AsBigFloat()
	return "[" + bf.Text('f', -1) + "]"
}

// withComputed gives the objects of nested blocks (tuples of objects) the
// attributes an expression reads from them, as unknowns: a block's computed
// attributes (vpc_config[0].cluster_security_group_id) exist after apply.
func withComputed(v cty.Value, names map[string]bool) cty.Value {
	if len(names) == 0 || v.IsMarked() || !v.IsKnown() || v.IsNull() || !v.Type().IsTupleType() {
		return v
	}
	elems := v.AsValueSlice()
	for i, e := range elems {
		if e.IsMarked() || !e.IsKnown() || e.IsNull() || !e.Type().IsObjectType() {
			return v
		}
		m := e.AsValueMap()
		if m == nil {
			m = map[string]cty.Value{}
		}
		for n := range names {
			if _, ok := m[n]; !ok {
				m[n] = cty.DynamicVal
			}
		}
		for k, x := range m {
			m[k] = withComputed(x, names)
		}
		elems[i] = cty.ObjectVal(m)
	}
	return cty.TupleVal(elems)
}

// referenceMarks collects the resource marks found in the values an
// expression could read.
func referenceMarks(vars map[string]cty.Value) cty.ValueMarks {
	marks := cty.ValueMarks{}
	for _, root := range vars {
		lint.EachMark(root, func(m any) bool {
			if _, ok := m.(*lint.Resource); ok {
				marks[m] = struct{}{}
			}
			return true
		})
	}
	return marks
}
