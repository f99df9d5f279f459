// Package elb holds the checks for Application, Network and Gateway Load
// Balancers (aws_lb, aws_alb) and their listeners, and Classic Load
// Balancers (aws_elb) where a check names them.
package elb

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// loadBalancers and listeners are the resource types and their aliases.
var (
	loadBalancers = []string{"aws_lb", "aws_alb"}
	listeners     = []string{"aws_lb_listener", "aws_alb_listener"}
)

// lbType returns the load balancer type; load_balancer_type defaults to
// "application". ok is false when it is unknown.
func lbType(r *lint.Resource) (string, bool) {
	t, ok := r.Attr("load_balancer_type").StringOr("application")
	return strings.ToLower(t), ok
}
