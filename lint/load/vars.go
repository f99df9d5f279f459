package load

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
)

// loadRootVars gathers the root module's input values in Terraform's order
// of precedence, lowest first: TF_VAR_ environment variables,
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical
// order, then --var-file and --var.
func (r *rootEval) loadRootVars(cfg *moduleConfig) map[string]rootVar {
	vals := map[string]rootVar{}
	for _, kv := range r.opts.Env {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "TF_VAR_") {
			continue
		}
		name = strings.TrimPrefix(name, "TF_VAR_")
		if decl, ok := cfg.variables[name]; ok {
			vals[name] = rootVar{value: r.rawVar(decl, value, "TF_VAR_"+name), rng: decl.rng}
		}
	}
	// The folder's listing names its variable files in Terraform's order;
	// terraform.tfvars(.json) is read only when it can be (a dangling link
	// is no file), an *.auto.tfvars file whatever it is.
	files := []string{}
	for _, n := range cfg.rootFiles.varFiles {
		path := filepath.Join(cfg.dir, n)
		if rootVarFile[n] {
			if _, err := r.p.b.Stat(path); err != nil {
				continue
			}
		}
		files = append(files, path)
	}
	files = append(files, r.opts.VarFiles...)
	for _, f := range files {
		for name, v := range r.readVarFile(f) {
			if _, declared := cfg.variables[name]; declared {
				vals[name] = v
			}
		}
	}
	for _, kv := range r.opts.Vars {
		name, value, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if decl, ok := cfg.variables[name]; ok {
			vals[name] = rootVar{value: r.rawVar(decl, value, "--var "+name), rng: decl.rng}
		}
	}
	return vals
}

// rawVar reads a value given on the command line or in the environment: a
// plain string for string (or untyped) variables, an HCL expression otherwise.
func (r *rootEval) rawVar(decl *variableDecl, value, from string) cty.Value {
	if decl.ty == cty.String || decl.ty == cty.DynamicPseudoType {
		return cty.StringVal(value)
	}
	if off, why := limits.CheckNative([]byte(value), limits.MaxNesting, false); off >= 0 {
		r.diag(lint.DiagWarning, "Invalid value for variable "+decl.name, fmt.Sprintf("%s: %s; the value is treated as unknown", from, why.Describe(limits.MaxNesting)), decl.rng)
		return cty.UnknownVal(decl.ty).Mark(lint.Because(lint.InvalidValue, "var."+decl.name))
	}
	expr, hd := hclsyntax.ParseExpression([]byte(value), from, hcl.InitialPos)
	if hd.HasErrors() {
		r.diag(lint.DiagWarning, "Invalid value for variable "+decl.name, from+": "+hd.Error()+"; the value is treated as unknown", decl.rng)
		return cty.UnknownVal(decl.ty).Mark(lint.Because(lint.InvalidValue, "var."+decl.name))
	}
	v, hd := expr.Value(nil)
	if hd.HasErrors() {
		r.diag(lint.DiagWarning, "Invalid value for variable "+decl.name, from+": "+hd.Error()+"; the value is treated as unknown", decl.rng)
		return cty.UnknownVal(decl.ty).Mark(lint.Because(lint.InvalidValue, "var."+decl.name))
	}
	return v
}

// readVarFile parses a .tfvars (native) or .tfvars.json file.
func (r *rootEval) readVarFile(path string) map[string]rootVar {
	src, d := readSource(path, r.p.b)
	if d != nil && d.Severity == lint.DiagError {
		r.diags = append(r.diags, *d)
		return nil
	}
	r.p.noteSource(path, src)
	f, ds := parseSource(src, path)
	r.diags = append(r.diags, ds...)
	if f == nil {
		return nil
	}
	instrument(f.Body)
	attrs, hd := f.Body.JustAttributes()
	r.diags = append(r.diags, fromHCL(hd, lint.DiagError)...)
	out := map[string]rootVar{}
	for name, a := range attrs {
		mark := len(r.refused)
		r.budget.Step(a.Expr.Range())
		v, hd := a.Expr.Value(r.base)
		r.budget.Check()
		r.reportRefused(a.Expr, mark, hd)
		if hd.HasErrors() {
			r.diags = append(r.diags, fromHCL(hd, lint.DiagError)...)
			continue
		}
		out[name] = rootVar{value: v, rng: a.Expr.Range()}
	}
	return out
}
