package load

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

// callRecord is a module call of the instance as the model lists it (type
// lint.ModuleCallType): its source and version, literal strings, at the
// places they are written. Inputs are left out: they are the called
// module's variables, which its resources show evaluated.
func (in *instance) callRecord(call *callDecl) *lint.Resource {
	r := lint.NewResource(lint.ModuleCallType, call.name, false, in.prefix()+"module."+call.name, call.defRange, call.rng)
	r.ModuleAddress = in.addr
	r.ModuleCalls = in.calls
	r.KeyKnown = true
	if call.source != "" {
		r.Body.SetAttr("source", cty.StringVal(call.source), call.sourceAt, cty.NilVal)
	}
	if call.version != "" {
		r.Body.SetAttr("version", cty.StringVal(call.version), call.versionAt, cty.NilVal)
	}
	return r
}
