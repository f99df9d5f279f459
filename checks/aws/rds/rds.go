// Package rds holds the checks for RDS DB instances, Aurora and Multi-AZ DB
// clusters, and their snapshots.
package rds

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// copied says whether an instance or cluster takes its data, and with it
// settings such as encryption, from a source: a read replica, a snapshot
// restore or a point-in-time restore. Any value, even an unknown one, counts; an empty string is no source
// (rule.Given).
func copied(r *lint.Resource, sources ...string) bool {
	for _, s := range sources {
		if rule.Given(r.Attr(s)) {
			return true
		}
	}
	return r.Block("restore_to_point_in_time").Exists()
}

// instanceCopied is copied for aws_db_instance.
func instanceCopied(r *lint.Resource) bool {
	return copied(r, "replicate_source_db", "snapshot_identifier")
}

// clusterCopied is copied for aws_rds_cluster: a cross-region replica, a
// snapshot restore, or a member of a global database (which takes the global
// cluster's encryption).
func clusterCopied(r *lint.Resource) bool {
	return copied(r, "replication_source_identifier", "snapshot_identifier", "global_cluster_identifier")
}

// auroraMember says whether an aws_db_instance belongs to an Aurora cluster:
// the cluster, not the instance, holds storage and backup settings. ok is
// false when the engine cannot be known.
func auroraMember(r *lint.Resource) (member, ok bool) {
	e, ok := r.Attr("engine").StringOr("")
	if !ok {
		return false, false
	}
	return strings.HasPrefix(e, "aurora"), true
}
