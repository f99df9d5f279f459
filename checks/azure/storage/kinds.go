// Package storage holds the checks for Azure Storage accounts and their blob
// containers, in both forms (azurerm and AzAPI, see checks/azure/arm).
package storage

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Account is a storage account.
	Account = arm.Kind{AzureRM: []string{"azurerm_storage_account"}, ARM: "Microsoft.Storage/storageAccounts"}
	// BlobService is the blob service of an account (its one child
	// "default"), where soft delete and versioning are set in ARM.
	BlobService = arm.Kind{ARM: "Microsoft.Storage/storageAccounts/blobServices"}
	// QueueService is the queue service of an account (its one child
	// "default"), the target of the diagnostic settings of its queues.
	QueueService = arm.Kind{ARM: "Microsoft.Storage/storageAccounts/queueServices"}
	// Container is a blob container.
	Container = arm.Kind{AzureRM: []string{"azurerm_storage_container"}, ARM: "Microsoft.Storage/storageAccounts/blobServices/containers"}
)

const (
	docAccount = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account"
	docAzAPI   = "https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts"
	docBlobARM = "https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts/blobservices"
)

// blobKinds are the account kinds that hold blobs (FileStorage holds only
// file shares). An absent account_kind is StorageV2.
var blobKinds = []string{"storagev2", "storage", "blobstorage", "blockblobstorage"}
