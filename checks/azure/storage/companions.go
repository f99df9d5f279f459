package storage

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/checks/azure/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// companions returns the instances of the azurerm resource type typ that
// configure the account v: by storage_account_id (azurerm v4, late v3), by
// reference or literal ID, else by storage_account_name (azurerm v3). certain
// is false when none is known to name the account and some may.
func companions(m *lint.Module, v arm.View, typ string) ([]*lint.Resource, bool) {
	return arm.Linked(m.Resources(typ), func(c *lint.Resource) lint.Link {
		if id := c.Attr("storage_account_id"); id.Set {
			return Account.Link(v, id)
		}
		return names.Azure.Link(lint.ResourceTarget(v.R), c.Attr("storage_account_name"))
	})
}

// kind returns the account kind, lowercased: account_kind (default
// StorageV2 in azurerm v3 and v4) or the ARM kind (no default: "" when
// absent). ok is false when it is unknown.
func kind(v arm.View) (string, bool) {
	if v.ARM {
		a := arm.Field(arm.Body(v.R), "kind")
		s, ok := a.StringOr("")
		return strings.ToLower(s), ok
	}
	s, ok := v.R.Attr("account_kind").StringOr("StorageV2")
	return strings.ToLower(s), ok
}

// holdsBlobs says whether the account is known to be of a kind that holds
// blobs.
func holdsBlobs(v arm.View) bool {
	k, ok := kind(v)
	if !ok {
		return false
	}
	for _, b := range blobKinds {
		if k == b {
			return true
		}
	}
	return false
}
