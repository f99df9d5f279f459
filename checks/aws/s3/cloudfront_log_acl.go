package s3

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// cloudFrontLogDelivery is the canonical user ID of the awslogsdelivery
// account through which CloudFront writes standard logs, and the data
// source that returns it.
const (
	cloudFrontLogDelivery     = "c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0"
	cloudFrontLogDeliveryData = "aws_cloudfront_log_delivery_canonical_user_id"
)

// mayGrantCloudFrontLogs says whether a bucket ACL of the target (or one whose
// link cannot be known) grants the CloudFront log delivery account: the
// literal canonical ID, or a value computed from the data source.
func mayGrantCloudFrontLogs(m *lint.Module, t lint.Target) bool {
	l := m.Links(names.AWS, t, "aws_s3_bucket_acl", "bucket")
	for _, acl := range append(l.Same, l.Unknown...) {
		for _, pol := range acl.Blocks("access_control_policy") {
			for _, g := range pol.Blocks("grant") {
				for _, grantee := range g.Blocks("grantee") {
					id := grantee.Attr("id")
					if id.Unknown() || id.Equals(cloudFrontLogDelivery) {
						return true
					}
					for _, r := range id.Refs() {
						if r.Type == cloudFrontLogDeliveryData {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
