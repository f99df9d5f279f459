// Package hclcopy copies a parsed native-syntax HCL file as if the same text
// had been parsed under another file name. Generated Terraform repeats whole
// files byte for byte (58 modules of one repository share one variables.tf):
// a copy costs a fraction of a parse, which scans every byte and every token
// again.
//
// The copy is deep for every node of the syntax tree, so that it can be
// instrumented and evaluated while the original is copied again; what HCL
// never changes after parsing (cty values, operations, names, label slices)
// is shared. Every hcl.Range names the new file. A tree holding a node this
// package does not know (a newer HCL's) is not copied: File says so, and the
// caller parses the text instead.
package hclcopy

import (
	"reflect"
	"unsafe"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// File returns a copy of f, a file the native-syntax parser returned without
// errors and that nothing has evaluated or changed since, whose ranges name
// filename and whose Bytes are src (the same text, read from that file). It
// returns false when the tree holds a node it does not know.
func File(f *hcl.File, src []byte, filename string) (*hcl.File, bool) {
	b, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil, false
	}
	c := &copier{name: filename}
	nb := c.body(b)
	if c.failed {
		return nil, false
	}
	out := &hcl.File{Body: nb, Bytes: src, Nav: navFor(f.Nav, nb)}
	return out, true
}

// Moved is File for a text that sits further down another file: every
// position is lines lines and bytes bytes further on. The text starts a
// line (its first column is column 1 in both), so columns stay as they are.
// It returns false when the tree holds a node it does not know.
func Moved(f *hcl.File, src []byte, filename string, lines, bytes int) (*hcl.File, bool) {
	b, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil, false
	}
	c := &copier{name: filename, lines: lines, bytes: bytes}
	nb := c.body(b)
	if c.failed {
		return nil, false
	}
	return &hcl.File{Body: nb, Bytes: src, Nav: navFor(f.Nav, nb)}, true
}

// Join is the file whose text is src, made of parts: the parses of
// consecutive pieces of src that each end after a top-level block, under
// src's file name and at their positions in it. Its body holds the parts'
// blocks in order and spans from the first part's start to the last one's
// end, as a parse of the whole text would. It returns false when a part
// holds a top-level argument (whose redefinition only a parse of the whole
// text would report) or is no native-syntax body.
func Join(parts []*hcl.File, src []byte) (*hcl.File, bool) {
	if len(parts) == 0 {
		return nil, false
	}
	body := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}, Blocks: hclsyntax.Blocks{}}
	for _, p := range parts {
		b, ok := p.Body.(*hclsyntax.Body)
		if !ok || len(b.Attributes) > 0 {
			return nil, false
		}
		body.Blocks = append(body.Blocks, b.Blocks...)
	}
	first, last := parts[0].Body.(*hclsyntax.Body), parts[len(parts)-1].Body.(*hclsyntax.Body)
	body.SrcRange = hcl.RangeBetween(first.SrcRange, last.SrcRange)
	body.EndRange = last.EndRange
	return &hcl.File{Body: body, Bytes: src, Nav: navFor(parts[0].Nav, body)}, true
}

// navFor is a file's navigation (an unexported type of hclsyntax that holds
// the file's body) made for the copied body.
func navFor(nav any, body *hclsyntax.Body) any {
	if nav == nil {
		return nil
	}
	t := reflect.TypeOf(nav)
	if t.Kind() != reflect.Struct || t.NumField() != 1 || t.Field(0).Type != reflect.TypeFor[*hclsyntax.Body]() {
		return nil
	}
	n := reflect.New(t).Elem()
	f := n.Field(0)
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(body))
	return n.Interface()
}

type copier struct {
	name string
	// lines and bytes move every position further down the file (Moved).
	lines, bytes int
	failed       bool
	// symbols maps a splat's symbol to its copy: the splat and the
	// expressions that read the symbol hold the same node.
	symbols map[*hclsyntax.AnonSymbolExpr]*hclsyntax.AnonSymbolExpr
}

func (c *copier) rng(r hcl.Range) hcl.Range {
	r.Filename = c.name
	r.Start.Line += c.lines
	r.Start.Byte += c.bytes
	r.End.Line += c.lines
	r.End.Byte += c.bytes
	return r
}

// each copies a slice element by element (nil stays nil).
func each[T any](in []T, cp func(T) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i, x := range in {
		out[i] = cp(x)
	}
	return out
}

func (c *copier) body(b *hclsyntax.Body) *hclsyntax.Body {
	if b == nil {
		return nil
	}
	n := &hclsyntax.Body{SrcRange: c.rng(b.SrcRange), EndRange: c.rng(b.EndRange)}
	if b.Attributes != nil {
		n.Attributes = make(hclsyntax.Attributes, len(b.Attributes))
		for k, a := range b.Attributes {
			n.Attributes[k] = c.attribute(a)
		}
	}
	if b.Blocks != nil {
		n.Blocks = make(hclsyntax.Blocks, len(b.Blocks))
		for i, blk := range b.Blocks {
			n.Blocks[i] = c.block(blk)
		}
	}
	return n
}

func (c *copier) attribute(a *hclsyntax.Attribute) *hclsyntax.Attribute {
	if a == nil {
		return nil
	}
	return &hclsyntax.Attribute{Name: a.Name, Expr: c.expr(a.Expr),
		SrcRange: c.rng(a.SrcRange), NameRange: c.rng(a.NameRange), EqualsRange: c.rng(a.EqualsRange)}
}

func (c *copier) block(b *hclsyntax.Block) *hclsyntax.Block {
	if b == nil {
		return nil
	}
	return &hclsyntax.Block{Type: b.Type, Labels: b.Labels, Body: c.body(b.Body),
		TypeRange: c.rng(b.TypeRange), LabelRanges: each(b.LabelRanges, c.rng),
		OpenBraceRange: c.rng(b.OpenBraceRange), CloseBraceRange: c.rng(b.CloseBraceRange)}
}

func (c *copier) traversal(t hcl.Traversal) hcl.Traversal {
	if t == nil {
		return nil
	}
	out := make(hcl.Traversal, len(t))
	for i, step := range t {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			out[i] = hcl.TraverseRoot{Name: s.Name, SrcRange: c.rng(s.SrcRange)}
		case hcl.TraverseAttr:
			out[i] = hcl.TraverseAttr{Name: s.Name, SrcRange: c.rng(s.SrcRange)}
		case hcl.TraverseIndex:
			out[i] = hcl.TraverseIndex{Key: s.Key, SrcRange: c.rng(s.SrcRange)}
		case hcl.TraverseSplat:
			out[i] = hcl.TraverseSplat{Each: c.traversal(s.Each), SrcRange: c.rng(s.SrcRange)}
		default:
			c.failed = true
			out[i] = step
		}
	}
	return out
}

func (c *copier) symbol(s *hclsyntax.AnonSymbolExpr) *hclsyntax.AnonSymbolExpr {
	if s == nil {
		return nil
	}
	if n, ok := c.symbols[s]; ok {
		return n
	}
	if c.symbols == nil {
		c.symbols = map[*hclsyntax.AnonSymbolExpr]*hclsyntax.AnonSymbolExpr{}
	}
	n := &hclsyntax.AnonSymbolExpr{SrcRange: c.rng(s.SrcRange)}
	c.symbols[s] = n
	return n
}

// expr copies an expression; an expression of a type it does not know fails
// the copy.
func (c *copier) expr(e hclsyntax.Expression) hclsyntax.Expression {
	switch e := e.(type) {
	case nil:
		return nil
	case *hclsyntax.LiteralValueExpr:
		return &hclsyntax.LiteralValueExpr{Val: e.Val, SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.ScopeTraversalExpr:
		return &hclsyntax.ScopeTraversalExpr{Traversal: c.traversal(e.Traversal), SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.RelativeTraversalExpr:
		return &hclsyntax.RelativeTraversalExpr{Source: c.expr(e.Source), Traversal: c.traversal(e.Traversal), SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.FunctionCallExpr:
		return &hclsyntax.FunctionCallExpr{Name: e.Name, Args: each(e.Args, c.expr), ExpandFinal: e.ExpandFinal,
			NameRange: c.rng(e.NameRange), OpenParenRange: c.rng(e.OpenParenRange), CloseParenRange: c.rng(e.CloseParenRange)}
	case *hclsyntax.ConditionalExpr:
		return &hclsyntax.ConditionalExpr{Condition: c.expr(e.Condition), TrueResult: c.expr(e.TrueResult),
			FalseResult: c.expr(e.FalseResult), SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.IndexExpr:
		return &hclsyntax.IndexExpr{Collection: c.expr(e.Collection), Key: c.expr(e.Key),
			SrcRange: c.rng(e.SrcRange), OpenRange: c.rng(e.OpenRange), BracketRange: c.rng(e.BracketRange)}
	case *hclsyntax.TupleConsExpr:
		return &hclsyntax.TupleConsExpr{Exprs: each(e.Exprs, c.expr), SrcRange: c.rng(e.SrcRange), OpenRange: c.rng(e.OpenRange)}
	case *hclsyntax.ObjectConsExpr:
		n := &hclsyntax.ObjectConsExpr{SrcRange: c.rng(e.SrcRange), OpenRange: c.rng(e.OpenRange)}
		if e.Items != nil {
			n.Items = make([]hclsyntax.ObjectConsItem, len(e.Items))
			for i, it := range e.Items {
				n.Items[i] = hclsyntax.ObjectConsItem{KeyExpr: c.expr(it.KeyExpr), ValueExpr: c.expr(it.ValueExpr)}
			}
		}
		return n
	case *hclsyntax.ObjectConsKeyExpr:
		return &hclsyntax.ObjectConsKeyExpr{Wrapped: c.expr(e.Wrapped), ForceNonLiteral: e.ForceNonLiteral}
	case *hclsyntax.ForExpr:
		return &hclsyntax.ForExpr{KeyVar: e.KeyVar, ValVar: e.ValVar, CollExpr: c.expr(e.CollExpr),
			KeyExpr: c.expr(e.KeyExpr), ValExpr: c.expr(e.ValExpr), CondExpr: c.expr(e.CondExpr), Group: e.Group,
			SrcRange: c.rng(e.SrcRange), OpenRange: c.rng(e.OpenRange), CloseRange: c.rng(e.CloseRange)}
	case *hclsyntax.SplatExpr:
		return &hclsyntax.SplatExpr{Source: c.expr(e.Source), Each: c.expr(e.Each), Item: c.symbol(e.Item),
			SrcRange: c.rng(e.SrcRange), MarkerRange: c.rng(e.MarkerRange)}
	case *hclsyntax.AnonSymbolExpr:
		return c.symbol(e)
	case *hclsyntax.BinaryOpExpr:
		return &hclsyntax.BinaryOpExpr{LHS: c.expr(e.LHS), Op: e.Op, RHS: c.expr(e.RHS), SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.UnaryOpExpr:
		return &hclsyntax.UnaryOpExpr{Op: e.Op, Val: c.expr(e.Val), SrcRange: c.rng(e.SrcRange), SymbolRange: c.rng(e.SymbolRange)}
	case *hclsyntax.TemplateExpr:
		return &hclsyntax.TemplateExpr{Parts: each(e.Parts, c.expr), SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.TemplateJoinExpr:
		return &hclsyntax.TemplateJoinExpr{Tuple: c.expr(e.Tuple)}
	case *hclsyntax.TemplateWrapExpr:
		return &hclsyntax.TemplateWrapExpr{Wrapped: c.expr(e.Wrapped), SrcRange: c.rng(e.SrcRange)}
	case *hclsyntax.ParenthesesExpr:
		return &hclsyntax.ParenthesesExpr{Expression: c.expr(e.Expression), SrcRange: c.rng(e.SrcRange)}
	}
	// Syntax errors (only in a file with errors, never copied) and any
	// node a newer HCL adds.
	c.failed = true
	return e
}
