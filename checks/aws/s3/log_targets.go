package s3

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// logDestinations are the arguments (block path and argument) through which
// AWS services are told to write logs to a bucket.
var logDestinations = []struct{ typ, path string }{
	{"aws_s3_bucket_logging", "target_bucket"},
	{"aws_s3_bucket", "logging.target_bucket"},
	{"aws_cloudtrail", "s3_bucket_name"},
	{"aws_lb", "access_logs.bucket"},
	{"aws_alb", "access_logs.bucket"},
	{"aws_lb", "connection_logs.bucket"},
	{"aws_elb", "access_logs.bucket"},
	{"aws_cloudfront_distribution", "logging_config.bucket"},
	{"aws_flow_log", "log_destination"},
	{"aws_config_delivery_channel", "s3_bucket_name"},
	{"aws_wafv2_web_acl_logging_configuration", "log_destination_configs"},
	{"aws_networkfirewall_logging_configuration", "logging_configuration.log_destination_config.log_destination.bucketName"},
	{"aws_route53_resolver_query_log_config", "destination_arn"},
	{"aws_s3_bucket_inventory", "destination.bucket.bucket_arn"},
}

// logServices are the service principals that deliver logs into buckets.
var logServices = []string{
	"logging.s3.amazonaws.com", "delivery.logs.amazonaws.com", "cloudtrail.amazonaws.com",
	"config.amazonaws.com", "logdelivery.elasticloadbalancing.amazonaws.com",
}

// isLogTarget says whether the bucket receives logs, or may: it is named by
// a log destination argument (or by one that cannot be known), its ACL
// grants log-delivery-write, or its policy lets a log delivery service write.
func isLogTarget(m *lint.Module, b *lint.Resource) bool {
	t := lint.ResourceTarget(b)
	for _, d := range logDestinations {
		parts := strings.Split(d.path, ".")
		for _, r := range m.Resources(d.typ) {
			blocks := []*lint.Block{r.Body}
			for _, part := range parts[:len(parts)-1] {
				var next []*lint.Block
				for _, bl := range blocks {
					next = append(next, bl.Blocks(part)...)
				}
				blocks = next
			}
			for _, bl := range blocks {
				a := bl.Attr(parts[len(parts)-1])
				for _, e := range append(a.Elements(), a) {
					if e.Null() {
						continue
					}
					if names.AWS.Link(t, e) != lint.LinkNot || a.References(b) || namesBucket(e, b) {
						return true
					}
				}
			}
		}
	}
	if b.Attr("acl").Equals("log-delivery-write") {
		return true
	}
	acls, _ := companions(m, t, "aws_s3_bucket_acl")
	for _, acl := range acls {
		if acl.Attr("acl").Equals("log-delivery-write") {
			return true
		}
	}
	policies, _ := bucketPolicies(m, b)
	for _, pol := range policies {
		sts, _ := iampolicy.Read(pol)
		for _, st := range sts {
			for _, svc := range st.Principals["Service"] {
				if slices.Contains(logServices, svc) {
					return true
				}
			}
		}
	}
	return false
}

// namesBucket says whether a known string is the bucket's ARN (or an object
// ARN in it) or its S3 domain name.
func namesBucket(a lint.Attr, b *lint.Resource) bool {
	s, ok := a.StringOr("")
	if !ok || a.Null() {
		return false
	}
	for _, id := range names.AWS.Names(b) {
		arn := "arn:aws:s3:::" + id
		if s == arn || strings.HasPrefix(s, arn+"/") || strings.HasPrefix(s, id+".s3.") {
			return true
		}
	}
	return false
}
