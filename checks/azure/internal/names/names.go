// Package names holds the azurerm and AzAPI naming vocabulary: the
// arguments whose literal value other resources use to refer to an
// instance. Companions that name their target by name (storage_account_name
// in azurerm v3) link through it; companions that name it by ARM ID
// (storage_account_id, key_vault_id, parent_id) link through arm.Kind.Link,
// which also knows the IDs built from a name and a resource group.
package names

import "github.com/tenantlint/tenantlint/lint"

// Azure names resources as azurerm and azapi do: by name, by the id a data
// source or an import gives, and an azapi_update_resource by resource_id.
var Azure = lint.NewNaming("name", "id", "resource_id")
