package aks

import (
	"strconv"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// poolSetting is one node pool argument, read on the default node pool of
// every cluster and on every extra node pool, in both forms.
type poolSetting struct {
	// arg is the azurerm argument of default_node_pool and of
	// azurerm_kubernetes_cluster_node_pool, with its other majors' names
	// ("host_encryption_enabled|enable_host_encryption").
	arg string
	// prop is the ARM property of an agent pool profile
	// ("enableEncryptionAtHost"): under properties of an agentPools
	// resource, in each item of properties.agentPoolProfiles of a cluster.
	prop string
	// def is what an absent argument or property means, the same in azurerm
	// v3 and v4 and in every API version.
	def bool
	// bad says whether a value read (or the default) is a finding.
	bad func(bool) bool
}

// poolTypes are the resource types a node pool check reads.
var poolTypes = append(Cluster.Types(), NodePool.AzureRM...)

// run reports each pool whose setting is bad; msg is a format with the
// pool's description and the value.
func (s poolSetting) run(msg string) func(*lint.Pass) {
	report := func(p *lint.Pass, a lint.Attr, what string, got bool) {
		if s.bad(got) {
			p.Reportf(a, msg, what, strconv.FormatBool(got))
		}
	}
	judge := func(p *lint.Pass, a lint.Attr, what string, patch bool) {
		if a.Null() {
			if !patch {
				report(p, a, what, s.def)
			}
			return
		}
		if got, ok := a.BoolOr(s.def); ok {
			report(p, a, what, got)
		}
	}
	return func(p *lint.Pass) {
		for _, v := range Cluster.Views(p) {
			if v.ARM {
				if Cluster.Patched(p.Module, v, "properties.agentPoolProfiles") {
					continue
				}
				for i, e := range v.Attr("", "properties.agentPoolProfiles").Elements() {
					name, ok := arm.Field(e, "name").StringOr("")
					if !ok || name == "" {
						name = "#" + strconv.Itoa(i)
					}
					judge(p, arm.Field(e, s.prop), "agent pool "+strconv.Quote(name)+" of AKS cluster "+v.R.Address, v.Patch)
				}
				continue
			}
			b := v.R.Block("default_node_pool")
			if !b.Exists() {
				continue
			}
			judge(p, arm.Arg(b, s.arg), "default node pool of AKS cluster "+v.R.Address, false)
		}
		for _, v := range NodePool.Views(p) {
			if NodePool.Patched(p.Module, v, "properties."+s.prop) {
				continue
			}
			judge(p, v.Attr(s.arg, "properties."+s.prop), "AKS node pool "+v.R.Address, v.Patch)
		}
	}
}
