// Package syntaxwalk walks HCL native syntax trees without allocating. The
// walks of hclsyntax (VisitAll, Walk, and Variables, which is Walk) make a
// closure and a diagnostics slice for every node they pass: on real modules
// that is one of the loader's largest sources of garbage. Nodes and
// Variables here visit the same nodes and return the same traversals, in the
// same order, through a type switch over the node types hclsyntax defines.
package syntaxwalk

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Wrapper is a node that stands for another expression and whose only child
// is that expression (as a ParenthesesExpr does): the loader's budget
// counters are such nodes. A walk visits the wrapper, then what it wraps.
type Wrapper interface {
	hclsyntax.Expression
	Wrapped() hclsyntax.Expression
}

// Nodes calls f for n and for every node below it, depth first, parents
// before children: the nodes hclsyntax.VisitAll visits, including the
// ChildScope nodes it makes for the expressions under a for expression's
// variables. As there, the arguments of a body come in map order. A node of
// a type this package does not know is walked by hclsyntax, so no node is
// missed.
func Nodes(n hclsyntax.Node, f func(hclsyntax.Node)) {
	w := walker{f: f, scopes: true}
	w.node(n)
}

// Variables returns the traversals an expression reads from the scope it is
// evaluated in, as hclsyntax.Variables (and so expr.Variables()) does: every
// scope traversal in walk order, except those rooted at the iteration
// variables of a for expression they are inside.
func Variables(e hclsyntax.Expression) []hcl.Traversal {
	w := walker{vars: true}
	w.expr(e)
	return w.out
}

type walker struct {
	f func(hclsyntax.Node)
	// vars says that the walk is Variables: it has no f, and collects into
	// out the scope traversals not rooted at a for expression's variable.
	vars bool
	out  []hcl.Traversal
	// scopes says whether f sees ChildScope nodes (Nodes does; Variables
	// needs only to know which for expressions it is inside).
	scopes bool
	// fors are the for expressions the walk is inside of, and names the
	// scopes of those inside a node hclsyntax walks for us.
	fors  []*hclsyntax.ForExpr
	names []map[string]struct{}
}

// local says whether name is an iteration variable of a for expression
// around the node being walked.
func (w *walker) local(name string) bool {
	for _, f := range w.fors {
		if name != "" && (f.KeyVar == name || f.ValVar == name) {
			return true
		}
	}
	for _, names := range w.names {
		if _, ok := names[name]; ok {
			return true
		}
	}
	return false
}

func (w *walker) node(n hclsyntax.Node) {
	switch e := n.(type) {
	case nil:
	case *hclsyntax.Body:
		w.visit(e)
		w.attributes(e.Attributes)
		w.blocks(e.Blocks)
	case hclsyntax.Attributes:
		w.attributes(e)
	case *hclsyntax.Attribute:
		w.visit(e)
		w.expr(e.Expr)
	case hclsyntax.Blocks:
		w.blocks(e)
	case *hclsyntax.Block:
		w.visit(e)
		w.node(e.Body)
	case hclsyntax.Expression:
		w.expr(e)
	default:
		w.unknown(n)
	}
}

// visit hands n to f, or in a Variables walk keeps the traversal n may be.
func (w *walker) visit(n hclsyntax.Node) {
	if !w.vars {
		w.f(n)
		return
	}
	if st, ok := n.(*hclsyntax.ScopeTraversalExpr); ok && !w.local(st.Traversal.RootName()) {
		w.out = append(w.out, st.Traversal)
	}
}

func (w *walker) attributes(as hclsyntax.Attributes) {
	w.visit(as)
	for _, a := range as {
		w.node(a)
	}
}

func (w *walker) blocks(bs hclsyntax.Blocks) {
	w.visit(bs)
	for _, b := range bs {
		w.node(b)
	}
}

// unknown walks a node of a type this package does not know with hclsyntax,
// keeping track of the scopes it makes.
func (w *walker) unknown(n hclsyntax.Node) {
	_ = hclsyntax.Walk(n, scopeTracker{w})
}

type scopeTracker struct{ w *walker }

func (t scopeTracker) Enter(n hclsyntax.Node) hcl.Diagnostics {
	if s, ok := n.(hclsyntax.ChildScope); ok {
		t.w.names = append(t.w.names, s.LocalNames)
		if !t.w.scopes {
			return nil
		}
	}
	t.w.visit(n)
	return nil
}

func (t scopeTracker) Exit(n hclsyntax.Node) hcl.Diagnostics {
	if _, ok := n.(hclsyntax.ChildScope); ok {
		t.w.names = t.w.names[:len(t.w.names)-1]
	}
	return nil
}

func (w *walker) expr(e hclsyntax.Expression) {
	if e == nil {
		return
	}
	switch e := e.(type) {
	case *hclsyntax.LiteralValueExpr, *hclsyntax.ScopeTraversalExpr, *hclsyntax.AnonSymbolExpr, *hclsyntax.ExprSyntaxError:
		w.visit(e)
	case *hclsyntax.TemplateExpr:
		w.visit(e)
		w.exprs(e.Parts)
	case *hclsyntax.FunctionCallExpr:
		w.visit(e)
		w.exprs(e.Args)
	case *hclsyntax.ParenthesesExpr:
		w.visit(e)
		w.expr(e.Expression)
	case Wrapper:
		w.visit(e)
		w.expr(e.Wrapped())
	case *hclsyntax.ConditionalExpr:
		w.visit(e)
		w.expr(e.Condition)
		w.expr(e.TrueResult)
		w.expr(e.FalseResult)
	case *hclsyntax.BinaryOpExpr:
		w.visit(e)
		w.expr(e.LHS)
		w.expr(e.RHS)
	case *hclsyntax.UnaryOpExpr:
		w.visit(e)
		w.expr(e.Val)
	case *hclsyntax.RelativeTraversalExpr:
		w.visit(e)
		w.expr(e.Source)
	case *hclsyntax.IndexExpr:
		w.visit(e)
		w.expr(e.Collection)
		w.expr(e.Key)
	case *hclsyntax.TupleConsExpr:
		w.visit(e)
		w.exprs(e.Exprs)
	case *hclsyntax.ObjectConsExpr:
		w.visit(e)
		for _, item := range e.Items {
			w.expr(item.KeyExpr)
			w.expr(item.ValueExpr)
		}
	case *hclsyntax.ObjectConsKeyExpr:
		w.visit(e)
		// A key that looks like a name (a bare word, null, true, false)
		// is not entered: the rule of hclsyntax's walks, which do not
		// look at ForceNonLiteral.
		if hcl.ExprAsKeyword(e.Wrapped) == "" {
			w.expr(e.Wrapped)
		}
	case *hclsyntax.ForExpr:
		w.visit(e)
		w.expr(e.CollExpr)
		w.fors = append(w.fors, e)
		w.scoped(e, e.KeyExpr)
		w.scoped(e, e.ValExpr)
		w.scoped(e, e.CondExpr)
		w.fors = w.fors[:len(w.fors)-1]
	case *hclsyntax.SplatExpr:
		w.visit(e)
		w.expr(e.Source)
		w.expr(e.Each)
	case *hclsyntax.TemplateJoinExpr:
		w.visit(e)
		w.expr(e.Tuple)
	case *hclsyntax.TemplateWrapExpr:
		w.visit(e)
		w.expr(e.Wrapped)
	default:
		w.unknown(e)
	}
}

func (w *walker) exprs(es []hclsyntax.Expression) {
	for _, e := range es {
		w.expr(e)
	}
}

// scoped walks an expression under a for expression's variables, inside the
// ChildScope node hclsyntax would make for it when f sees those.
func (w *walker) scoped(f *hclsyntax.ForExpr, e hclsyntax.Expression) {
	if e == nil {
		return
	}
	if w.scopes {
		names := map[string]struct{}{}
		if f.KeyVar != "" {
			names[f.KeyVar] = struct{}{}
		}
		if f.ValVar != "" {
			names[f.ValVar] = struct{}{}
		}
		w.visit(hclsyntax.ChildScope{LocalNames: names, Expr: e})
	}
	w.expr(e)
}
