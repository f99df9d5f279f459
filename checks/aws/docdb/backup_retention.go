package docdb

import "github.com/tenantlint/tenantlint/checks/aws/internal/retention"

// BackupRetention flags DocumentDB clusters that keep backups for less than a
// week. Default relied on: backup_retention_period is 1 day.
var BackupRetention = retention.Cluster("aws-docdb-backup-retention", "DocumentDB", "aws_docdb_cluster",
	"https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html")
