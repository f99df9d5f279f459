package load

import (
	"fmt"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/tenantlint/tenantlint/lint/load/funcs"
)

// validate reports what terraform validate rejects in a module's own text,
// once per module folder, whatever calls it: references to variables,
// locals, module calls, resources, data sources and ephemeral resources
// that are not declared, calls of functions that do not exist, and calls
// with too few or too many arguments (JSON files: validate_json.go).
// Blocks whose expressions are addresses or keywords, not values (lifecycle,
// provisioner, connection, moved, removed, import targets, providers,
// depends_on), are left out.
func (cfg *moduleConfig) validate() {
	for _, blk := range cfg.blocks {
		sb, native := blk.Body.(*hclsyntax.Body)
		if !native {
			cfg.validateJSON(blk)
			continue
		}
		switch blk.Type {
		case "resource", "data", "ephemeral":
			cfg.validateBody(sb, nil, true, nil)
		case "module":
			for name, a := range sb.Attributes {
				switch name {
				case "source", "version", "providers", "depends_on":
					continue
				}
				cfg.validateExpr(a.Expr, nil, nil)
			}
		case "output":
			for name, a := range sb.Attributes {
				if name != "depends_on" {
					cfg.validateExpr(a.Expr, nil, nil)
				}
			}
			for _, b := range sb.Blocks {
				cfg.validateBody(b.Body, nil, false, nil)
			}
		case "locals", "provider":
			cfg.validateBody(sb, nil, false, nil)
		case "variable":
			for _, b := range sb.Blocks {
				if b.Type == "validation" {
					cfg.validateBody(b.Body, nil, false, nil)
				}
			}
		case "check":
			// A check block's data sources are visible inside it only.
			scoped := map[string]bool{}
			for _, b := range sb.Blocks {
				if b.Type == "data" && len(b.Labels) == 2 {
					scoped["data."+b.Labels[0]+"."+b.Labels[1]] = true
				}
			}
			for _, b := range sb.Blocks {
				cfg.validateBody(b.Body, nil, b.Type == "data", scoped)
			}
		case "import":
			if a, ok := sb.Attributes["id"]; ok {
				cfg.validateExpr(a.Expr, nil, nil)
			}
		}
	}
}

// validateBody checks the expressions of a body. top says it is a resource
// body, whose meta-arguments and meta-blocks are left out. iters are the
// dynamic block iterators in scope; scoped the data sources a check block
// declares.
func (cfg *moduleConfig) validateBody(b *hclsyntax.Body, iters map[string]bool, top bool, scoped map[string]bool) {
	for name, a := range b.Attributes {
		if top && (name == "provider" || name == "depends_on") {
			continue
		}
		cfg.validateExpr(a.Expr, iters, scoped)
	}
	for _, blk := range b.Blocks {
		switch {
		case top && resourceMetaBlocks[blk.Type]:
			continue
		case blk.Type == "dynamic" && len(blk.Labels) == 1:
			iter := blk.Labels[0]
			if a, ok := blk.Body.Attributes["iterator"]; ok {
				if kw := hcl.ExprAsKeyword(a.Expr); kw != "" {
					iter = kw
				}
			}
			inner := map[string]bool{iter: true}
			for k := range iters {
				inner[k] = true
			}
			for name, a := range blk.Body.Attributes {
				switch name {
				case "iterator":
				case "for_each":
					cfg.validateExpr(a.Expr, iters, scoped)
				default:
					cfg.validateExpr(a.Expr, inner, scoped)
				}
			}
			for _, c := range blk.Body.Blocks {
				cfg.validateBody(c.Body, inner, false, scoped)
			}
		default:
			cfg.validateBody(blk.Body, iters, false, scoped)
		}
	}
}

// validateExpr checks the references of one expression (their list is
// cached for the evaluation). Function calls are checked on the walk that
// collectAccessed makes anyway.
func (cfg *moduleConfig) validateExpr(expr hclsyntax.Expression, iters, scoped map[string]bool) {
	for _, tr := range cfg.variablesOf(expr) {
		cfg.validateRef(tr, iters, scoped)
	}
}

func (cfg *moduleConfig) validateRef(tr hcl.Traversal, iters, scoped map[string]bool) {
	root := tr.RootName()
	if iters[root] || len(tr) < 2 {
		return
	}
	name := stepName(tr, 1)
	rng := tr.SourceRange()
	switch root {
	case "each", "count", "self", "path", "terraform":
	case "var":
		if _, ok := cfg.variables[name]; !ok && name != "" {
			cfg.errorf("Reference to undeclared input variable", fmt.Sprintf("An input variable with the name %q has not been declared. This variable can be declared with a variable %q {} block.", name, name), rng)
		}
	case "local":
		if _, ok := cfg.locals[name]; !ok && name != "" {
			cfg.errorf("Reference to undeclared local value", fmt.Sprintf("A local value with the name %q has not been declared.", name), rng)
		}
	case "module":
		if _, ok := cfg.callByName[name]; !ok && name != "" {
			cfg.errorf("Reference to undeclared module", fmt.Sprintf("No module call named %q is declared in %s.", name, cfg.dir), rng)
		}
	case "data":
		n := stepName(tr, 2)
		if name == "" || n == "" {
			return
		}
		key := "data." + name + "." + n
		if _, ok := cfg.byAddr[key]; !ok && !scoped[key] {
			cfg.errorf("Reference to undeclared resource", fmt.Sprintf("A data resource %q %q has not been declared in %s.", name, n, cfg.dir), rng)
		}
	case "ephemeral":
		n := stepName(tr, 2)
		if name == "" || n == "" {
			return
		}
		if _, ok := cfg.ephemeral[name+"."+n]; !ok {
			cfg.errorf("Reference to undeclared resource", fmt.Sprintf("An ephemeral resource %q %q has not been declared in %s.", name, n, cfg.dir), rng)
		}
	default:
		if name == "" {
			return
		}
		if _, ok := cfg.byAddr[root+"."+name]; !ok {
			cfg.errorf("Reference to undeclared resource", fmt.Sprintf("A managed resource %q %q has not been declared in %s.", root, name, cfg.dir), rng)
		}
	}
}

func (cfg *moduleConfig) validateCall(call *hclsyntax.FunctionCallExpr) {
	name := strings.TrimPrefix(call.Name, "core::")
	if strings.HasPrefix(name, "provider::") || typeConstructors[name] {
		return
	}
	f, ok := signatures()[name]
	if !ok {
		if !terraformFunctions[name] {
			cfg.errorf("Call to unknown function", fmt.Sprintf("There is no function named %q.", call.Name), call.NameRange)
		}
		return
	}
	if call.ExpandFinal {
		return
	}
	params, n := f.Params(), len(call.Args)
	switch {
	case n < len(params):
		rng := call.CloseParenRange
		cfg.errorf("Not enough function arguments", fmt.Sprintf("Function %q expects %d argument(s). Missing value for %q.", call.Name, len(params), params[n].Name), rng)
	case n > len(params) && f.VarParam() == nil:
		rng := call.Args[len(params)].Range()
		cfg.errorf("Too many function arguments", fmt.Sprintf("Function %q expects only %d argument(s).", call.Name, len(params)), rng)
	}
}

// typeConstructors look like function calls in type constraints
// (list(string)); they are read as types, never called.
var typeConstructors = map[string]bool{"list": true, "map": true, "set": true, "object": true, "tuple": true, "optional": true}

// signatures are the built-in functions, for their parameters only.
var signatures = sync.OnceValue(func() map[string]function.Function {
	return funcs.TableFor(funcs.Access{})
})

// terraformFunctions are the names of Terraform's built-in functions
// (Terraform 1.10 documentation), so that a function Terraform has and the
// linter does not evaluate is never reported as unknown: its value is
// unknown instead.
var terraformFunctions = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`abs abspath alltrue anytrue base64decode base64encode base64gzip
		base64sha256 base64sha512 basename bcrypt can ceil chomp chunklist cidrhost cidrnetmask
		cidrsubnet cidrsubnets coalesce coalescelist compact concat contains csvdecode dirname
		distinct element endswith ephemeralasnull file filebase64 filebase64sha256
		filebase64sha512 fileexists filemd5 fileset filesha1 filesha256 filesha512 flatten floor
		format formatdate formatlist indent index issensitive join jsondecode jsonencode keys
		length log lookup lower matchkeys max md5 merge min nonsensitive one parseint pathexpand
		plantimestamp pow range regex regexall replace reverse rsadecrypt sensitive
		setintersection setproduct setsubtract setunion sha1 sha256 sha512 signum slice sort
		split startswith strcontains strrev substr sum templatefile templatestring
		textdecodebase64 textencodebase64 timeadd timecmp timestamp title tobool tolist tomap
		tonumber toset tostring transpose trim trimprefix trimspace trimsuffix try type upper
		urlencode uuid uuidv5 values yamldecode yamlencode zipmap`) {
		m[n] = true
	}
	return m
}()
