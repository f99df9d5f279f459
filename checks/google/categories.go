package google

// The service models of Google's "Shared responsibilities and shared fate
// on Google Cloud" page (cloud.google.com/architecture/framework/security/
// shared-responsibility-shared-fate), set beside on-premises.
const (
	// IaaS: Google runs the hardware and the virtualization layer; the
	// customer runs the operating system, the network rules and what runs
	// on the machines (Compute Engine).
	IaaS = "IaaS"
	// PaaS: Google also runs the operating system and the runtime; the
	// customer owns the code, the data, access and the service's settings.
	PaaS = "PaaS"
	// SaaS: Google runs the application too (Google Workspace); the
	// customer owns data and access.
	SaaS = "SaaS"
	// NotAService is the category of checks on the provider's own
	// configuration (credentials in the provider block).
	NotAService = "not a service (provider configuration)"
)

// Terms are the values Categories may hold.
var Terms = []string{IaaS, PaaS, SaaS, NotAService}

// Categories gives, by the service segment of a check ID, Google's service
// model for the service: Compute Engine and its networks are IaaS; the
// managed services Terraform configures are PaaS (docs/service-models.md).
var Categories = map[string]string{
	"apikeys":          PaaS,
	"appengine":        PaaS,
	"artifactregistry": PaaS,
	"bigquery":         PaaS,
	"bigtable":         PaaS,
	"cloudrun":         PaaS,
	"compute":          IaaS,
	"dataflow":         PaaS,
	"dataproc":         PaaS,
	"dns":              PaaS,
	"functions":        PaaS,
	"general":          NotAService,
	"gke":              PaaS,
	"iam":              PaaS,
	"kms":              PaaS,
	"logging":          PaaS,
	"network":          IaaS,
	"pubsub":           PaaS,
	"redis":            PaaS,
	"secretmanager":    PaaS,
	"spanner":          PaaS,
	"sql":              PaaS,
	"storage":          PaaS,
}
