package load

import (
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// body is a configuration block's body together with the bodies of override
// files that patch it (override.tf, *_override.tf), applied in order.
type body struct {
	base      hcl.Body
	overrides []hcl.Body
}

// content is what a body holds, in source order, after overrides.
type content struct {
	attrs  []*hcl.Attribute
	blocks []*hcl.Block
}

func (c *content) attr(name string) *hcl.Attribute {
	for _, a := range c.attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// read returns the merged content: an override's argument replaces the
// argument of the same name; an override's nested blocks of a type replace
// all the original's blocks of that type, as Terraform merges them.
func (b body) read() (content, hcl.Diagnostics) {
	c, diags := rawContent(b.base)
	for _, o := range b.overrides {
		oc, d := rawContent(o)
		diags = append(diags, d...)
		for _, a := range oc.attrs {
			replaced := false
			for i, x := range c.attrs {
				if x.Name == a.Name {
					c.attrs[i] = a
					replaced = true
				}
			}
			if !replaced {
				c.attrs = append(c.attrs, a)
			}
		}
		if len(oc.blocks) > 0 {
			types := map[string]bool{}
			for _, blk := range oc.blocks {
				types[blk.Type] = true
			}
			kept := c.blocks[:0:0]
			for _, blk := range c.blocks {
				if !types[blk.Type] {
					kept = append(kept, blk)
				}
			}
			kept = append(kept, oc.blocks...)
			c.blocks = kept
		}
	}
	return c, diags
}

// rawContent lists the arguments and nested blocks of one body without a
// schema. Native syntax says which is which; in JSON syntax an object (or a
// list of objects) is both an argument and a nested block, since only the
// provider's schema could tell, and checks ask for the one they mean.
func rawContent(b hcl.Body) (content, hcl.Diagnostics) {
	if b == nil {
		return content{}, nil
	}
	if sb, ok := b.(*hclsyntax.Body); ok {
		c := content{}
		for _, a := range sb.Attributes {
			c.attrs = append(c.attrs, a.AsHCLAttribute())
		}
		sort.Slice(c.attrs, func(i, j int) bool { return c.attrs[i].Range.Start.Byte < c.attrs[j].Range.Start.Byte })
		for _, blk := range sb.Blocks {
			c.blocks = append(c.blocks, blk.AsHCLBlock())
		}
		return c, nil
	}
	attrs, diags := b.JustAttributes()
	c := content{}
	var schema hcl.BodySchema
	for _, a := range attrs {
		c.attrs = append(c.attrs, a)
		if a.Name == "dynamic" {
			schema.Blocks = append(schema.Blocks, hcl.BlockHeaderSchema{Type: "dynamic", LabelNames: []string{"name"}})
			continue
		}
		if looksLikeBlock(a.Expr) {
			schema.Blocks = append(schema.Blocks, hcl.BlockHeaderSchema{Type: a.Name})
		}
	}
	sort.Slice(c.attrs, func(i, j int) bool { return c.attrs[i].Range.Start.Byte < c.attrs[j].Range.Start.Byte })
	if len(schema.Blocks) > 0 {
		bc, _, _ := b.PartialContent(&schema)
		if bc != nil {
			c.blocks = bc.Blocks
		}
	}
	sort.SliceStable(c.blocks, func(i, j int) bool { return c.blocks[i].DefRange.Start.Byte < c.blocks[j].DefRange.Start.Byte })
	kept := c.attrs[:0]
	for _, a := range c.attrs {
		if a.Name != "dynamic" {
			kept = append(kept, a)
		}
	}
	c.attrs = kept
	return c, diags
}

// looksLikeBlock says whether a JSON expression is an object or a list of objects.
func looksLikeBlock(expr hcl.Expression) bool {
	if pairs, d := hcl.ExprMap(expr); !d.HasErrors() && pairs != nil {
		return true
	}
	items, d := hcl.ExprList(expr)
	if d.HasErrors() || len(items) == 0 {
		return false
	}
	for _, it := range items {
		if pairs, d := hcl.ExprMap(it); d.HasErrors() || pairs == nil {
			return false
		}
	}
	return true
}
