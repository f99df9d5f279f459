package azure

// The service types of Microsoft's "Shared responsibility in the cloud"
// page (learn.microsoft.com/azure/security/fundamentals/shared-responsibility),
// which sets them beside an on-premises datacenter.
const (
	// IaaS: the customer manages virtual machines, operating systems and
	// applications (Microsoft's examples: Azure Virtual Machines, Azure
	// Disk Storage, virtual networks).
	IaaS = "IaaS"
	// PaaS: the customer deploys applications without managing virtual
	// machines or operating systems (Azure App Service, Azure Functions,
	// Azure SQL Database, Azure Storage).
	PaaS = "PaaS"
	// SaaS: ready-made applications (Microsoft 365, Dynamics 365).
	SaaS = "SaaS"
	// NotAService is the category of checks on the provider's own
	// configuration (credentials in the provider block).
	NotAService = "not a service (provider configuration)"
)

// Terms are the values Categories may hold.
var Terms = []string{IaaS, PaaS, SaaS, NotAService}

// Categories gives, by the service segment of a check ID, Microsoft's
// service type for the service: as Microsoft names it for compute
// (virtual machines), network, appservice, sql and storage, and by its
// definitions for the rest (docs/service-models.md).
var Categories = map[string]string{
	"acr":           PaaS,
	"aks":           PaaS,
	"appservice":    PaaS,
	"authorization": PaaS,
	"cognitive":     PaaS,
	"compute":       IaaS,
	"cosmos":        PaaS,
	"databricks":    PaaS,
	"datafactory":   PaaS,
	"defender":      SaaS,
	"eventhub":      PaaS,
	"general":       NotAService,
	"keyvault":      PaaS,
	"monitor":       PaaS,
	"mysql":         PaaS,
	"network":       IaaS,
	"postgres":      PaaS,
	"redis":         PaaS,
	"search":        PaaS,
	"servicebus":    PaaS,
	"sql":           PaaS,
	"storage":       PaaS,
	"synapse":       PaaS,
}
