package lint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// One finding per rule and source range. A module line reached by several
// root modules, or by several instances of a module call, is reported once;
// the finding lists every instance (its address and module-call chain) that
// makes it bad, and the instances of the same resource for which it does not
// hold. What is kept per instance is plain data (strings and ranges), so a
// root's values can be dropped once its findings are made.

// Instance is one resource instance a finding holds for.
type Instance struct {
	// Address is the instance's address in its root module.
	Address string
	// ModuleCalls are the module call blocks that lead to it, outermost first.
	ModuleCalls []hcl.Range
	// Status is this instance's: an ignore on one module call suppresses the
	// finding for the instances reached through it only.
	Status Status
	// Justification is the reason of the suppression, if any.
	Justification string
}

// LocalAddress is an address without its module path and without the
// resource's instance key: module.a["x"].aws_s3_bucket.b[0] is aws_s3_bucket.b.
// It names the resource block, whatever calls it.
func LocalAddress(address, moduleAddress string) string {
	local := address
	if moduleAddress != "" {
		local = strings.TrimPrefix(address, moduleAddress+".")
	}
	if strings.HasSuffix(local, "]") {
		if i := keyStart(local); i > 0 {
			local = local[:i]
		}
	}
	return local
}

// keyStart is the index of the "[" that opens the trailing instance key of
// an address, skipping brackets inside a quoted key; -1 if there is none.
func keyStart(s string) int {
	inQuote := false
	for i := len(s) - 2; i >= 0; i-- {
		switch s[i] {
		case '"':
			if i == 0 || s[i-1] != '\\' {
				inQuote = !inQuote
			}
		case '[':
			if !inQuote {
				return i
			}
		}
	}
	return -1
}

// InstanceIndex knows, per resource block, the addresses of its instances
// in every root module added: what a grouped finding's NotFor comes from.
// Add a root's module as soon as it is evaluated; the index keeps strings only.
type InstanceIndex struct {
	byDecl map[declKey][]string
}

type declKey struct {
	file string
	at   int
}

func keyOf(r hcl.Range) declKey { return declKey{r.Filename, r.Start.Byte} }

// NewInstanceIndex makes an empty index.
func NewInstanceIndex() *InstanceIndex { return &InstanceIndex{byDecl: map[declKey][]string{}} }

// IndexModules is an index of the root modules.
func IndexModules(ms []*Module) *InstanceIndex {
	x := NewInstanceIndex()
	for _, m := range ms {
		x.Add(m)
	}
	return x
}

// Add records the instances of a root module.
func (x *InstanceIndex) Add(m *Module) {
	for _, r := range m.resources {
		k := keyOf(r.DefRange)
		x.byDecl[k] = append(x.byDecl[k], r.Address)
	}
}

// Merge adds the instances another index holds (a root's, once it is
// evaluated): merged in root order, the index is the one IndexModules gives.
func (x *InstanceIndex) Merge(o *InstanceIndex) {
	for k, addrs := range o.byDecl {
		x.byDecl[k] = append(x.byDecl[k], addrs...)
	}
}

func (x *InstanceIndex) of(decl hcl.Range) []string {
	if x == nil || decl.Filename == "" {
		return nil
	}
	return x.byDecl[keyOf(decl)]
}

// instanceOf is the finding itself as an instance.
func instanceOf(f *Finding) Instance {
	return Instance{Address: f.Address, ModuleCalls: f.ModuleCalls, Status: f.Status, Justification: f.Justification}
}

// instancesOf is what a finding holds for: its own instance, or those
// folded into it already.
func instancesOf(f *Finding) []Instance {
	if len(f.Instances) > 0 {
		return f.Instances
	}
	return []Instance{instanceOf(f)}
}

func compareInstances(a, b Instance) int {
	if c := cmp.Compare(a.Address, b.Address); c != 0 {
		return c
	}
	return slices.CompareFunc(a.ModuleCalls, b.ModuleCalls, CompareRanges)
}

// foldDuplicate records, in the finding kept by SortFindings, the instance
// of an equal finding it drops, so that no call chain is lost.
func foldDuplicate(kept, dropped *Finding) {
	if len(kept.Instances) == 0 {
		kept.Instances = []Instance{instanceOf(kept)}
	}
	kept.Instances = append(kept.Instances, instancesOf(dropped)...)
}

// compactFolding drops each finding equal to the one kept before it (same
// rule, range and message) and folds its instance into the kept one.
func compactFolding(fs []*Finding) []*Finding {
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 {
			k := out[n-1]
			if k.Check.ID == f.Check.ID && CompareRanges(k.Range, f.Range) == 0 && k.Message == f.Message {
				foldDuplicate(k, f)
				continue
			}
		}
		out = append(out, f)
	}
	clear(fs[len(out):])
	return out
}

// Group makes one finding per rule and source range of sorted findings (as
// SortFindings leaves them), after suppression and baselines: the finding
// kept is the first open one of its group and lists every instance, sorted
// by address and call chain; it is open when some instance is open, else
// suppressed when some instance is, else baselined. NotFor names the
// instances of the same resource (from idx, which may be nil) the rule does
// not report. The result is sorted.
func Group(fs []*Finding, idx *InstanceIndex) []*Finding {
	var out []*Finding
	for i := 0; i < len(fs); {
		j := i + 1
		for j < len(fs) && fs[j].Check.ID == fs[i].Check.ID && CompareRanges(fs[j].Range, fs[i].Range) == 0 {
			j++
		}
		out = append(out, merge(fs[i:j]))
		i = j
	}
	// NotFor: the instances of the resource that no finding of the rule
	// names, at this range or another one.
	reported := map[string]map[string]bool{}
	for _, f := range out {
		if reported[f.Check.ID] == nil {
			reported[f.Check.ID] = map[string]bool{}
		}
		for _, in := range f.Instances {
			reported[f.Check.ID][in.Address] = true
		}
	}
	for _, f := range out {
		f.NotFor = nil
		for _, addr := range idx.of(f.Decl) {
			if !reported[f.Check.ID][addr] {
				f.NotFor = append(f.NotFor, addr)
			}
		}
		slices.Sort(f.NotFor)
		f.NotFor = slices.Compact(f.NotFor)
	}
	return out
}

func merge(group []*Finding) *Finding {
	rep := group[0]
	for _, f := range group {
		if f.Status == Open {
			rep = f
			break
		}
	}
	var ins []Instance
	status := Baselined
	secret := false
	var related []Related
	for _, f := range group {
		for _, in := range instancesOf(f) {
			// Suppression and baselines judged the finding, folded
			// instances included.
			in.Status, in.Justification = f.Status, f.Justification
			ins = append(ins, in)
		}
		switch {
		case f.Status == Open:
			status = Open
		case f.Status == Suppressed && status != Open:
			status = Suppressed
		}
		secret = secret || f.Secret
		related = append(related, f.Related...)
	}
	slices.SortStableFunc(ins, compareInstances)
	ins = slices.CompactFunc(ins, func(a, b Instance) bool { return compareInstances(a, b) == 0 })
	if len(group) > 1 {
		slices.SortStableFunc(related, compareRelated)
		related = slices.CompactFunc(related, func(a, b Related) bool { return compareRelated(a, b) == 0 })
	}
	g := *rep
	g.Instances = ins
	g.Status = status
	if status != rep.Status {
		g.Justification = ""
	}
	g.Secret = secret
	g.Related = related
	return &g
}

func compareRelated(x, y Related) int {
	if c := CompareRanges(x.Range, y.Range); c != 0 {
		return c
	}
	return cmp.Compare(x.Message, y.Message)
}
