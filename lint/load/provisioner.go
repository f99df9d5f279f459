package load

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

// provisioners keeps a resource instance's provisioner and connection blocks
// on res.MetaBody, out of its Body: checks read them through
// Resource.Provisioners and Resource.Connection, and no check takes them for
// provider arguments (they are never validated against a schema either).
// Their arguments are evaluated in the instance's scope (count.index, each)
// with self bound to the instance's own arguments; what self reads beyond
// them is computed by the provider, hence unknown.
func (in *instance) provisioners(res *lint.Resource, c content, sc *scope, attrs map[string]cty.Value) {
	var blks []*hcl.Block
	for _, blk := range c.blocks {
		if blk.Type == "provisioner" || blk.Type == "connection" {
			blks = append(blks, blk)
		}
	}
	if len(blks) == 0 {
		return
	}
	psc := sc.withIter("self", selfValue(blks, attrs, res.Address))
	meta := res.MetaBody()
	for _, blk := range blks {
		cc, hd := rawContent(blk.Body)
		in.root.diags = append(in.root.diags, fromHCL(hd, lint.DiagDebug)...)
		if blk.Type == "provisioner" && len(blk.Labels) == 0 {
			// JSON: "provisioner": {"local-exec": {...}} names the
			// provisioner by a key, read as a nested block.
			for _, pb := range cc.blocks {
				pc, phd := rawContent(pb.Body)
				in.root.diags = append(in.root.diags, fromHCL(phd, lint.DiagDebug)...)
				in.build(meta.NewBlock("provisioner", []string{pb.Type}, pb.DefRange, blockRange(pb)), pc, psc, false)
			}
			continue
		}
		in.build(meta.NewBlock(blk.Type, blk.Labels, blk.DefRange, blockRange(blk)), cc, psc, false)
	}
}

// selfValue is the value of self in the blocks: the instance's arguments and
// nested blocks, and, for every other attribute the blocks read from self
// (self.id, self.public_ip), an unknown computed by the provider.
func selfValue(blks []*hcl.Block, attrs map[string]cty.Value, addr string) cty.Value {
	m := make(map[string]cty.Value, len(attrs))
	for n, v := range attrs {
		m[n] = v
	}
	var visit func(b hcl.Body)
	visit = func(b hcl.Body) {
		c, _ := rawContent(b)
		for _, a := range c.attrs {
			for _, tr := range a.Expr.Variables() {
				if tr.RootName() != "self" {
					continue
				}
				if n := attrFrom(tr, 1); n != "" {
					if _, ok := m[n]; !ok {
						m[n] = cty.DynamicVal.Mark(lint.Because(lint.Computed, "self."+n+" of "+addr))
					}
				}
			}
		}
		for _, nb := range c.blocks {
			visit(nb.Body)
		}
	}
	for _, blk := range blks {
		visit(blk.Body)
	}
	return cty.ObjectVal(m)
}
