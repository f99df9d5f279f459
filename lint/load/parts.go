package load

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
	"github.com/tenantlint/tenantlint/lint/load/internal/syntaxwalk"
)

// maxPartDepth bounds how deep objectParts follows nested object literals.
const maxPartDepth = 16

// partsOf is objectParts, computed once per expression: every instance of
// every root that evaluates the same argument shares the result.
func (cfg *moduleConfig) partsOf(expr hcl.Expression) map[string]hcl.Range {
	switch limits.Unwrap(expr).(type) {
	case *hclsyntax.ObjectConsExpr, *hclsyntax.FunctionCallExpr:
	default:
		return nil
	}
	if v, ok := cfg.parts.Load(expr); ok {
		return v.(map[string]hcl.Range)
	}
	parts := objectParts(expr)
	cfg.parts.Store(expr, parts)
	return parts
}

// variablesOf is expr.Variables(), computed once per native expression:
// every instance of every root that evaluates the same expression walks it
// once. A literal has none and is not walked at all.
func (cfg *moduleConfig) variablesOf(expr hcl.Expression) []hcl.Traversal {
	switch e := limits.Unwrap(expr).(type) {
	case *hclsyntax.LiteralValueExpr:
		return nil
	case *hclsyntax.ScopeTraversalExpr:
		return []hcl.Traversal{e.Traversal}
	case hclsyntax.Expression:
	default:
		return expr.Variables()
	}
	if v, ok := cfg.vars.Load(expr); ok {
		return v.([]hcl.Traversal)
	}
	trs := syntaxwalk.Variables(expr.(hclsyntax.Expression))
	cfg.vars.Store(expr, trs)
	return trs
}

// objectParts returns the ranges of the items of the object an argument
// writes literally, itself or as the argument of jsonencode: key paths joined
// by NUL (lint.Attr.Field reads them). Keys that are not literal strings are
// left out. It returns nil when the expression is no object literal.
func objectParts(expr hcl.Expression) map[string]hcl.Range {
	expr = limits.Unwrap(expr)
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "jsonencode" && len(call.Args) == 1 {
		expr = limits.Unwrap(call.Args[0])
	}
	obj, ok := expr.(*hclsyntax.ObjectConsExpr)
	if !ok || len(obj.Items) == 0 {
		return nil
	}
	parts := map[string]hcl.Range{}
	walkParts(obj, "", parts, 0)
	return parts
}

func walkParts(obj *hclsyntax.ObjectConsExpr, prefix string, parts map[string]hcl.Range, depth int) {
	if depth >= maxPartDepth {
		return
	}
	for _, item := range obj.Items {
		k, diags := item.KeyExpr.Value(nil)
		if diags.HasErrors() || !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
			continue
		}
		key := k.AsString()
		if prefix != "" {
			key = prefix + lint.PartSep + key
		}
		parts[key] = item.ValueExpr.Range()
		if inner, ok := limits.Unwrap(item.ValueExpr).(*hclsyntax.ObjectConsExpr); ok {
			walkParts(inner, key, parts, depth+1)
		}
	}
}
