package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/checks/azure/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// companions returns the resources of kind c that configure the server v:
// ARM children by parent_id, azurerm ones by server_id (reference or literal
// ID), else by server_name (the legacy types of azurerm v3). certain is
// false when none is known to name the server and some may.
func companions(m *lint.Module, v arm.View, c arm.Kind) ([]arm.View, bool) {
	return arm.Linked(c.In(m), func(cv arm.View) lint.Link {
		switch {
		case cv.Patch:
			return lint.LinkNot
		case cv.ARM:
			return Server.Link(v, cv.R.Attr("parent_id"))
		}
		if id := cv.R.Attr("server_id"); id.Set {
			return Server.Link(v, id)
		}
		return names.Azure.Link(lint.ResourceTarget(v.R), cv.R.Attr("server_name"))
	})
}
