package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PrivateContainers flags blob containers open to anonymous reads. It reads
// azurerm_storage_container.container_access_type, default "private" in
// azurerm v3 and v4, and properties.publicAccess of
// Microsoft.Storage/storageAccounts/blobServices/containers, "None" when
// absent.
var PrivateContainers = &lint.Check{
	ID:       "azure-storage-private-containers",
	Title:    "Blob container allows anonymous access",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A container with blob or container access lets anyone on the internet read its blobs, and with " +
		"container access list them too, without any credential. Data shared this way cannot be audited per " +
		"reader or revoked from one.",
	Remediation: "Keep the container private and share through identities or short-lived SAS:\n\n" +
		"    resource \"azurerm_storage_container\" \"c\" {\n      container_access_type = \"private\"\n    }\n\n" +
		"In an azapi_resource body: properties = { publicAccess = \"None\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type",
		"https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts/blobservices/containers",
	},
	Resources: Container.Types(),
	Run: arm.OneOf(Container, "container_access_type", "properties.publicAccess", []string{"private", "None"},
		arm.Default{RM: "private", ARM: "None"},
		"Blob container %[1]s allows anonymous access (%[2]s)"),
}
