// Package cloudfront holds the checks for CloudFront distributions.
package cloudfront

import "github.com/tenantlint/tenantlint/lint"

var distributions = []string{"aws_cloudfront_distribution"}

// behaviors returns the default and ordered cache behaviours of a distribution.
func behaviors(r *lint.Resource) []*lint.Block {
	out := r.Blocks("default_cache_behavior")
	return append(out, r.Blocks("ordered_cache_behavior")...)
}
