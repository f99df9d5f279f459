package load

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// A module's resources expose as computed (unknown) attributes the names
// its expressions read off values that may hold them (collectAccessed).
// Every such name costs each resource object an attribute, so the names
// read off values that come only from input variables are left out: a
// variable's value comes from the caller, which cannot name this module's
// resources. This file decides which locals, each.value and for-expression
// or dynamic-block variables may hold a resource of the module.

// eachReads are the names a top-level block reads after each.value., and
// its for_each.
type eachReads struct {
	forEach hcl.Expression
	names   map[string]bool
}

// scopedColl is a collection a for expression or dynamic block takes its
// variable's values from, with the top-level block whose each.value it may
// read (nil outside a block with a for_each).
type scopedColl struct {
	coll hcl.Expression
	each *eachReads
}

// noteViaLocal records the attribute names steps read after local.<name>.
func (cfg *moduleConfig) noteViaLocal(name string, steps hcl.Traversal) {
	if cfg.viaLocal == nil {
		cfg.viaLocal = map[string]map[string]bool{}
	}
	set := cfg.viaLocal[name]
	if set == nil {
		set = map[string]bool{}
		cfg.viaLocal[name] = set
	}
	addAttrNames(set, steps)
}

// noteScoped records that name (a for expression's variable) takes its
// values from coll, inside the top-level block each describes.
func (cfg *moduleConfig) noteScoped(name string, coll hcl.Expression, each *eachReads) {
	if name == "" || coll == nil {
		return
	}
	if cfg.scoped == nil {
		cfg.scoped = map[string][]scopedColl{}
	}
	cfg.scoped[name] = append(cfg.scoped[name], scopedColl{coll, each})
}

// noteDynamic records the iterator of a dynamic block (its label, or its
// iterator argument) as taking its values from the block's for_each.
func (cfg *moduleConfig) noteDynamic(b *hclsyntax.Block, each *eachReads) {
	name := b.Labels[0]
	if it, ok := b.Body.Attributes["iterator"]; ok {
		name = hcl.ExprAsKeyword(it.Expr)
	}
	if fe, ok := b.Body.Attributes["for_each"]; ok {
		cfg.noteScoped(name, fe.Expr, each)
	}
}

// inputOnly are the roots whose values never hold a resource of the module.
var inputOnly = map[string]bool{"var": true, "count": true, "path": true, "terraform": true}

// addHeldNames adds to accessed the names read off the locals and
// each.value that may hold a resource of the module, once every file is
// read, and returns the scoped variables that may.
func (cfg *moduleConfig) addHeldNames() map[string]bool {
	h := &holders{cfg: cfg, locals: cfg.localsHoldingResources(), state: map[string]int{}, scoped: map[string]bool{}}
	for name := range h.locals {
		for n := range cfg.viaLocal[name] {
			cfg.accessed[n] = true
		}
	}
	for _, r := range cfg.viaEach {
		// An override file may replace a for_each: every name is kept then.
		if cfg.overridden || h.expr(r.forEach, nil) {
			for n := range r.names {
				cfg.accessed[n] = true
			}
		}
	}
	for name := range cfg.scoped {
		h.variable(name)
	}
	cfg.viaLocal, cfg.viaEach = nil, nil
	return h.scoped
}

// localsHoldingResources are the locals whose expression refers, itself or
// through other locals, to anything but inputOnly roots. A name read after
// local. that is no declared local is kept.
func (cfg *moduleConfig) localsHoldingResources() map[string]bool {
	holds := map[string]bool{}
	readers := map[string][]string{} // local -> the locals that read it
	for name, attr := range cfg.locals {
		for _, tr := range cfg.variablesOf(attr.Expr) {
			switch root := tr.RootName(); {
			case inputOnly[root]:
			case root == "local":
				read := stepName(tr, 1)
				readers[read] = append(readers[read], name)
			default:
				holds[name] = true
			}
		}
	}
	for name := range cfg.viaLocal {
		if _, declared := cfg.locals[name]; !declared {
			holds[name] = true
		}
	}
	// What reads a local that holds one holds it too.
	var todo []string
	for name := range holds {
		todo = append(todo, name)
	}
	for len(todo) > 0 {
		name := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, r := range readers[name] {
			if !holds[r] {
				holds[r] = true
				todo = append(todo, r)
			}
		}
	}
	return holds
}

// holders decides whether expressions and scoped variables may hold a
// resource of the module, given the locals that may.
type holders struct {
	cfg    *moduleConfig
	locals map[string]bool
	state  map[string]int  // of scoped variables: 1 being decided, 2 decided
	scoped map[string]bool // the scoped variables that may
}

// expr says whether expr, read inside the top-level block each describes
// (nil: outside one), may hold a resource of the module.
func (h *holders) expr(expr hcl.Expression, each *eachReads) bool {
	for _, tr := range h.cfg.variablesOf(expr) {
		switch root := tr.RootName(); {
		case inputOnly[root]:
		case root == "local":
			if h.locals[stepName(tr, 1)] {
				return true
			}
		case root == "each" && each != nil:
			if h.expr(each.forEach, nil) {
				return true
			}
		case h.cfg.scoped[root] != nil:
			if h.variable(root) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// variable says whether a scoped variable may hold a resource of the
// module: one of its collections may.
func (h *holders) variable(name string) bool {
	switch h.state[name] {
	case 1:
		return true // a cycle: kept, as if it held one
	case 2:
		return h.scoped[name]
	}
	h.state[name] = 1
	held := false
	for _, sc := range h.cfg.scoped[name] {
		if h.expr(sc.coll, sc.each) {
			held = true
			break
		}
	}
	h.state[name] = 2
	h.scoped[name] = held
	return held
}
