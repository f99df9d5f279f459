package load

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/funcs"
)

// language is what a module declares besides its resources, variables,
// locals, outputs and calls.
type language struct {
	// ephemeral are the ephemeral resources (Terraform 1.10+), by
	// "type.name". They are never stored, so no check reads them; a
	// reference to one is unknown.
	ephemeral map[string]*hcl.Block
	// providerFuncs are the provider-defined functions the module calls
	// (provider::aws::arn_parse): their results are unknown, as no provider
	// runs here.
	providerFuncs map[string]function.Function
	// quotedWarned are the files already warned about quoted type
	// constraints: one warning per file.
	quotedWarned map[string]bool
	// viaModule are the attribute names read below a module output
	// (module.db.instance.arn: arn), see callerAccessed.
	viaModule map[string]bool
	// absent is true for a module folder that does not exist.
	absent bool
	// blocks are the top-level blocks of the module's files, in file
	// order, for validate.
	blocks []*hcl.Block
}

func (cfg *moduleConfig) addEphemeral(blk *hcl.Block, override bool) {
	if !cfg.validLabels(blk, "ephemeral resource type", "ephemeral resource") {
		return
	}
	key := blk.Labels[0] + "." + blk.Labels[1]
	if prev, dup := cfg.ephemeral[key]; dup && !override {
		cfg.errorf("Duplicate ephemeral resource configuration", fmt.Sprintf("ephemeral.%s was already declared at %s", key, prev.DefRange), blk.DefRange)
		return
	}
	if cfg.ephemeral == nil {
		cfg.ephemeral = map[string]*hcl.Block{}
	}
	cfg.ephemeral[key] = blk
}

// ephemeralValue is the ephemeral namespace as an expression reads it:
// every declared ephemeral resource, with unknown attributes.
func (cfg *moduleConfig) ephemeralValue() cty.Value {
	byType := map[string]map[string]cty.Value{}
	for key := range cfg.ephemeral {
		typ, name, _ := strings.Cut(key, ".")
		if byType[typ] == nil {
			byType[typ] = map[string]cty.Value{}
		}
		byType[typ][name] = cty.DynamicVal
	}
	out := make(map[string]cty.Value, len(byType))
	for typ, m := range byType {
		out[typ] = cty.ObjectVal(m)
	}
	return cty.ObjectVal(out)
}

// noteProviderFunc records a call of a provider-defined function.
func (cfg *moduleConfig) noteProviderFunc(name string) {
	if !strings.HasPrefix(name, "provider::") {
		return
	}
	if cfg.providerFuncs == nil {
		cfg.providerFuncs = map[string]function.Function{}
	}
	if _, ok := cfg.providerFuncs[name]; !ok {
		cfg.providerFuncs[name] = providerFunc
	}
}

// providerFunc stands for any provider-defined function: it takes any
// arguments and its result is unknown.
var providerFunc = function.New(&function.Spec{
	Description: "A provider-defined function: its result is unknown without the provider.",
	VarParam: &function.Parameter{
		Name:             "args",
		Type:             cty.DynamicPseudoType,
		AllowNull:        true,
		AllowUnknown:     true,
		AllowDynamicType: true,
		AllowMarked:      true,
	},
	Type: function.StaticReturnType(cty.DynamicPseudoType),
	Impl: func([]cty.Value, cty.Type) (cty.Value, error) { return cty.DynamicVal, nil },
})

// quotedType reads a Terraform 0.11 type constraint, a quoted keyword
// ("string", "list", "map"), as Terraform 0.12 did: string, list(any) and
// map(any), with one deprecation warning per file.
func (cfg *moduleConfig) quotedType(expr hcl.Expression) (cty.Type, bool) {
	tmpl, ok := expr.(*hclsyntax.TemplateExpr)
	if !ok || !tmpl.IsStringLiteral() {
		return cty.NilType, false
	}
	v, d := tmpl.Value(nil)
	if d.HasErrors() || v.Type() != cty.String || v.IsNull() {
		return cty.NilType, false
	}
	var ty cty.Type
	switch v.AsString() {
	case "string":
		ty = cty.String
	case "list":
		ty = cty.List(cty.DynamicPseudoType)
	case "map":
		ty = cty.Map(cty.DynamicPseudoType)
	default:
		return cty.NilType, false
	}
	rng := expr.Range()
	if cfg.quotedWarned == nil {
		cfg.quotedWarned = map[string]bool{}
	}
	if !cfg.quotedWarned[rng.Filename] {
		cfg.quotedWarned[rng.Filename] = true
		cfg.diags = append(cfg.diags, lint.Diagnostic{
			Severity: lint.DiagWarning,
			Summary:  "Quoted type constraints are deprecated",
			Detail:   fmt.Sprintf("Terraform 0.11 wrote type constraints in quotes (type = %q); write them without quotes (type = %s). tenantlint read every quoted type of this file as the type it names", v.AsString(), unquotedName(v.AsString())),
			Subject:  &rng,
		})
	}
	return ty, true
}

func unquotedName(s string) string {
	switch s {
	case "list":
		return "list(any)"
	case "map":
		return "map(any)"
	}
	return s
}

// keepForValidation remembers a top-level block (JSON ones: validate_json.go).
func (cfg *moduleConfig) keepForValidation(blk *hcl.Block) {
	cfg.blocks = append(cfg.blocks, blk)
}

// callerAccessed are the attribute names the modules above this instance
// read from their module outputs (module.db.instance.arn: arn): a resource
// that reaches them through an output has those attributes, computed, so it
// is never "Unsupported attribute". Nil at the root.
func (in *instance) callerAccessed() map[string]bool {
	if in.parent == nil {
		return nil
	}
	if in.inherited == nil {
		in.inherited = map[string]bool{}
		for p := in.parent; p != nil; p = p.parent {
			for n := range p.cfg.viaModule {
				in.inherited[n] = true
			}
		}
	}
	return in.inherited
}

// checkOutput reports a reference to an output that the called module does
// not declare, as Terraform does. A module that is not installed (a
// registry module before terraform init) or not found has unknown outputs.
func (in *instance) checkOutput(call *callDecl, tr hcl.Traversal) {
	out := outputName(tr)
	if out == "" {
		return
	}
	cs := in.child(call)
	if cs.missing || cs.cfg == nil {
		return
	}
	if _, ok := cs.cfg.outputs[out]; ok {
		return
	}
	in.root.diag(lint.DiagError, "Reference to undeclared output value", fmt.Sprintf("An output value with the name %q has not been declared in module.%s (%s).", out, call.name, call.source), tr.SourceRange())
}

// checkRootVariables evaluates the root module's variables that nothing
// read, so that a value that does not convert to its type is reported as
// Terraform reports it, whether or not a resource uses it.
func (in *instance) checkRootVariables() {
	for _, name := range in.cfg.varOrder {
		if _, done := in.vars[name]; !done {
			in.variable(name)
		}
	}
}

// partialDoc is the JSON document a partly rendered template holds (a
// policy in a .json.tpl file rendered with unknown variables), with its
// unknown parts unknown.
func partialDoc(v cty.Value) (cty.Value, bool) {
	text, ok := funcs.PartialOf(v)
	if !ok {
		return cty.NilVal, false
	}
	return funcs.PartialJSON(text)
}

// renderedData gives the data sources that only read or render files their
// result, as Terraform would at plan time: data "template_file" (the
// template provider) renders template with vars into rendered, as
// templatestring does; data "local_file" reads filename into content, as
// file does. Both read through the root's confined file functions: a path
// outside the boundary is not read (a warning at the block says so) and
// the result stays unknown, as it does when the file cannot be read.
func (in *instance) renderedData(decl *resourceDecl, attrs map[string]cty.Value) {
	var (
		fn, out string
		args    []cty.Value
	)
	switch decl.typ {
	case "template_file":
		tmpl, ok := attrs["template"]
		if !ok {
			return
		}
		vars, ok := attrs["vars"]
		if !ok || (vars.IsKnown() && vars.IsNull()) {
			vars = cty.EmptyObjectVal
		}
		fn, out, args = "templatestring", "rendered", []cty.Value{tmpl, vars}
	case "local_file":
		name, ok := attrs["filename"]
		if !ok {
			return
		}
		fn, out, args = "file", "content", []cty.Value{name}
	default:
		return
	}
	f, ok := in.root.funcs[fn]
	if !ok {
		return
	}
	mark := len(in.root.refused)
	v, err := f.Call(args)
	for _, rf := range in.root.refused[mark:] {
		if !rf.missing {
			in.root.diag(lint.DiagWarning, "File outside the repository",
				fmt.Sprintf("data %q %q: %s(%q) is outside the repository, not read; the value is unknown", decl.typ, decl.name, rf.fn, rf.path), decl.defRange)
		}
	}
	in.root.refused = in.root.refused[:mark]
	if err != nil || v == cty.NilVal {
		return
	}
	attrs[out] = v
}

// noteViaModule records the attribute names a module.<call>.<output>...
// traversal reads below the output.
func (cfg *moduleConfig) noteViaModule(tr hcl.Traversal) {
	if cfg.viaModule == nil {
		cfg.viaModule = map[string]bool{}
	}
	addAttrNames(cfg.viaModule, tr[min(3, len(tr)):])
}
