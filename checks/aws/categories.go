package aws

// The categories of AWS's shared responsibility model page
// (aws.amazon.com/compliance/shared-responsibility-model/): what AWS
// itself calls each kind of service.
const (
	// Infrastructure services: the customer runs the guest operating
	// system and everything on it (EC2, EBS, VPC).
	Infrastructure = "infrastructure services"
	// Container services: AWS runs the hosts, the operating system and the
	// platform; the customer configures the service and its network and
	// access (RDS, EMR).
	Container = "container services"
	// Abstracted services: AWS runs the whole service; the customer
	// manages data, access and the service's settings through its API (S3,
	// DynamoDB, SQS, KMS).
	Abstracted = "abstracted services"
	// NotAService is the category of checks on the provider's own
	// configuration (credentials in the provider block).
	NotAService = "not a service (provider configuration)"
)

// Terms are the values Categories may hold.
var Terms = []string{Infrastructure, Container, Abstracted, NotAService}

// Categories gives, by the service segment of a check ID, AWS's category
// for the service. AWS names EC2, VPC (infrastructure), RDS, EMR
// (container), S3, DynamoDB, SQS and KMS (abstracted) itself; the rest are
// placed by the same test: who runs the instances (docs/service-models.md).
var Categories = map[string]string{
	"acm":               Abstracted,
	"apigateway":        Abstracted,
	"appsync":           Abstracted,
	"athena":            Abstracted,
	"backup":            Abstracted,
	"cloudfront":        Abstracted,
	"cloudtrail":        Abstracted,
	"cloudwatch":        Abstracted,
	"codebuild":         Abstracted,
	"cognito":           Abstracted,
	"config":            Abstracted,
	"dax":               Container,
	"dms":               Container,
	"docdb":             Container,
	"dynamodb":          Abstracted,
	"ec2":               Infrastructure,
	"ecr":               Abstracted,
	"ecs":               Container,
	"efs":               Abstracted,
	"eks":               Container,
	"elasticache":       Container,
	"elb":               Abstracted,
	"emr":               Container,
	"eventbridge":       Abstracted,
	"firehose":          Abstracted,
	"general":           NotAService,
	"globalaccelerator": Abstracted,
	"glue":              Abstracted,
	"guardduty":         Abstracted,
	"iam":               Abstracted,
	"kinesis":           Abstracted,
	"kms":               Abstracted,
	"lambda":            Abstracted,
	"mq":                Container,
	"msk":               Container,
	"neptune":           Container,
	"opensearch":        Container,
	"rds":               Container,
	"redshift":          Container,
	"route53":           Abstracted,
	"s3":                Abstracted,
	"sagemaker":         Container,
	"secretsmanager":    Abstracted,
	"securityhub":       Abstracted,
	"ses":               Abstracted,
	"sfn":               Abstracted,
	"sns":               Abstracted,
	"sqs":               Abstracted,
	"ssm":               Abstracted,
	"vpc":               Infrastructure,
	"workspaces":        Infrastructure,
}
