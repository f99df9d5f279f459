package lint

// ModuleCallType is the pseudo resource type under which a module lists its
// module calls (module "x" { source = ..., version = ... }), one per call
// block of every module instance, with the arguments source and version
// (when written). A check or a custom rule that names it in its Resources
// gets them from Pass.Resources; All and Resources() without types never
// return them, so no other check mistakes a call for a resource. Their
// addresses are the calls' own: module.a.module.b.
const ModuleCallType = "module"

// AddModuleCall records a module call. Loaders call it; checks do not.
func (m *Module) AddModuleCall(r *Resource) {
	r.Module = m
	m.byType[ModuleCallType] = append(m.byType[ModuleCallType], r)
}
