package load

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// The validate errors of validate.go, for the JSON syntax (.tf.json): a
// JSON string in an expression position is a template, parsed here as
// Terraform parses it (its text, starting one column after the opening
// quote), so that its references and function calls are checked with
// their file:line. Blocks are walked as JSON objects: nested blocks and
// object arguments look alike, and both are checked.

// jsonValueBlocks are the top-level block types whose properties are
// expressions, with the properties that are not (or not values).
var jsonValueBlocks = map[string]map[string]bool{
	"resource":  {"provider": true, "depends_on": true, "lifecycle": true, "provisioner": true, "connection": true},
	"data":      {"provider": true, "depends_on": true, "lifecycle": true},
	"ephemeral": {"provider": true, "depends_on": true, "lifecycle": true},
	"module":    {"source": true, "version": true, "providers": true, "depends_on": true},
	"output":    {"depends_on": true},
	"locals":    {},
	"provider":  {"alias": true},
}

// validateJSON checks one top-level block of a JSON file.
func (cfg *moduleConfig) validateJSON(blk *hcl.Block) {
	if blk.Type == "import" {
		attrs, _ := blk.Body.JustAttributes()
		if a, ok := attrs["id"]; ok {
			cfg.validateJSONExpr(a.Expr, nil, false)
		}
		return
	}
	skip, ok := jsonValueBlocks[blk.Type]
	if !ok {
		return
	}
	attrs, _ := blk.Body.JustAttributes()
	top := blk.Type == "resource" || blk.Type == "data" || blk.Type == "ephemeral"
	for _, name := range sortedAttrNames(attrs) {
		if skip[name] {
			continue
		}
		cfg.validateJSONExpr(attrs[name].Expr, nil, top && name == "dynamic")
	}
}

func sortedAttrNames(attrs hcl.Attributes) []string {
	names := make([]string, 0, len(attrs))
	for n := range attrs {
		names = append(names, n)
	}
	// By place, so that the errors come in file order.
	slices.SortFunc(names, func(a, b string) int { return attrs[a].Range.Start.Byte - attrs[b].Range.Start.Byte })
	return names
}

// validateJSONExpr checks a JSON value: an array or object element by
// element, a string as a template. dynamic says the value is the body of a
// "dynamic" property: an object of block type labels, each with its
// for_each, iterator and content.
func (cfg *moduleConfig) validateJSONExpr(expr hcl.Expression, iters map[string]bool, dynamic bool) {
	// Arrays and objects are taken apart, never evaluated: a value per
	// level would cost the file's size times its depth.
	if items, d := hcl.ExprList(expr); !d.HasErrors() {
		for _, e := range items {
			cfg.validateJSONExpr(e, iters, dynamic)
		}
		return
	}
	if pairs, d := hcl.ExprMap(expr); !d.HasErrors() {
		for _, kv := range pairs {
			name := jsonString(kv.Key)
			switch {
			case name == "//":
				continue // a comment
			case dynamic:
				cfg.validateJSONDynamic(name, kv.Value, iters)
				continue
			}
			cfg.validateJSONExpr(kv.Key, iters, false)
			cfg.validateJSONExpr(kv.Value, iters, name == "dynamic")
		}
		return
	}
	v, d := expr.Value(nil) // a string's text, not its template's value
	if !d.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
		cfg.validateJSONTemplate(v.AsString(), expr.Range(), iters)
	}
}

// jsonString is the text of a JSON string (a property name or value), ""
// if it is none.
func jsonString(k hcl.Expression) string {
	v, d := k.Value(nil)
	if d.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
		return ""
	}
	return v.AsString()
}

// validateJSONDynamic checks one dynamic block (label: its type) of JSON:
// for_each with the iterators around it, the rest with its own iterator.
func (cfg *moduleConfig) validateJSONDynamic(label string, body hcl.Expression, iters map[string]bool) {
	pairs, d := hcl.ExprMap(body)
	if d.HasErrors() {
		return
	}
	iter := label
	for _, kv := range pairs {
		if jsonString(kv.Key) == "iterator" {
			if v := jsonString(kv.Value); hclsyntax.ValidIdentifier(v) {
				iter = v
			}
		}
	}
	inner := map[string]bool{iter: true}
	for k := range iters {
		inner[k] = true
	}
	for _, kv := range pairs {
		switch jsonString(kv.Key) {
		case "iterator", "//":
		case "for_each":
			cfg.validateJSONExpr(kv.Value, iters, false)
		default:
			cfg.validateJSONExpr(kv.Value, inner, false)
		}
	}
}

// validateJSONTemplate checks the template a JSON string holds, at rng
// (the string with its quotes).
func (cfg *moduleConfig) validateJSONTemplate(src string, rng hcl.Range, iters map[string]bool) {
	start := hcl.Pos{Line: rng.Start.Line, Column: rng.Start.Column + 1, Byte: rng.Start.Byte + 1}
	tmpl, d := hclsyntax.ParseTemplate([]byte(src), rng.Filename, start)
	if d.HasErrors() {
		return // evaluating it reports the syntax error
	}
	for _, tr := range tmpl.Variables() {
		cfg.validateRef(tr, iters, nil)
	}
	_ = hclsyntax.VisitAll(tmpl, func(n hclsyntax.Node) hcl.Diagnostics {
		if call, ok := n.(*hclsyntax.FunctionCallExpr); ok {
			cfg.validateCall(call)
		}
		return nil
	})
}
