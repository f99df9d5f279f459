// Package mq holds the checks for Amazon MQ brokers.
package mq

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// rabbitMQ says whether the broker runs RabbitMQ, which has no audit log
// (Amazon MQ audit logs are an ActiveMQ feature). An unknown engine is not
// RabbitMQ.
func rabbitMQ(r *lint.Resource) bool {
	s, ok := r.Attr("engine_type").StringOr("")
	return ok && strings.EqualFold(s, "RabbitMQ")
}
