package neptune

import "github.com/tenantlint/tenantlint/checks/aws/internal/retention"

// BackupRetention flags Neptune clusters that keep backups for less than a
// week. Default relied on: backup_retention_period is 1 day.
var BackupRetention = retention.Cluster("aws-neptune-backup-retention", "Neptune", "aws_neptune_cluster",
	"https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview-backups.html")
