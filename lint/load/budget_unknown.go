package load

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
)

// When the evaluation budget of a root runs out, the evaluation unwinds:
// the resources it finished are reported as they are, and the ones it did
// not finish (the one being built when it ran out, and those it had not
// reached) would be missing, which reads as "secure" for every check that
// looks for them. budgetUnknown adds each of them instead, with every
// argument of its source unknown for the reason "budget exceeded", so that
// the checks that read them leave the decision open and say why.

// budgetUnknown adds the unfinished resources of the module instances the
// evaluation of top (the root instance) had made when ex stopped it.
func (r *rootEval) budgetUnknown(top *instance, ex *limits.Exceeded) {
	if top == nil || ex == nil {
		return
	}
	what := ex.What
	if ex.Deadline {
		what = "the --timeout"
	}
	top.unfinished(lint.Because(lint.BudgetExceeded, what))
}

// unfinished adds the resources of in, and of the module instances below
// it, whose evaluation did not end, as unknown for why. Module calls not
// expanded yet have no instance, so no address: they are left out.
func (in *instance) unfinished(why lint.Reason) {
	for _, decl := range in.cfg.resources {
		if st := in.resources[decl.key()]; st != nil && st.state == 2 {
			continue
		}
		expanded := decl.count != nil || decl.forEach != nil
		addr := in.prefix() + decl.key()
		if expanded {
			addr += "[*]"
		}
		res := lint.NewResource(decl.typ, decl.name, decl.data, addr, decl.defRange, decl.rng)
		res.ModuleAddress = in.addr
		res.ModuleCalls = in.calls
		res.KeyKnown = !expanded
		res.ProviderVersions = in.providerVersions(decl.provider)
		unknownBody(res.Body, decl.content, cty.DynamicVal.Mark(why), true)
		in.root.mod.Add(res)
	}
	for _, call := range in.cfg.calls {
		if cs := in.children[call.name]; cs != nil {
			for _, ch := range cs.instances {
				ch.unfinished(why)
			}
		}
	}
}

// unknownBody sets every argument of c in b to unknown, and adds each
// nested block as written; a dynamic block gives one block of its content.
// Nothing is evaluated: the budget is spent.
func unknownBody(b *lint.Block, c content, unknown cty.Value, top bool) {
	for _, a := range c.attrs {
		if top && resourceMeta[a.Name] {
			continue
		}
		b.SetAttr(a.Name, unknown, a.Expr.Range(), cty.NilVal)
	}
	for _, blk := range c.blocks {
		if top && resourceMetaBlocks[blk.Type] {
			continue
		}
		if blk.Type == "dynamic" {
			if len(blk.Labels) != 1 {
				continue
			}
			dc, _ := rawContent(blk.Body)
			for _, cb := range dc.blocks {
				if cb.Type == "content" {
					cc, _ := rawContent(cb.Body)
					unknownBody(b.NewBlock(blk.Labels[0], nil, cb.DefRange, blockRange(cb)), cc, unknown, false)
				}
			}
			continue
		}
		cc, _ := rawContent(blk.Body)
		unknownBody(b.NewBlock(blk.Type, blk.Labels, blk.DefRange, blockRange(blk)), cc, unknown, false)
	}
}
