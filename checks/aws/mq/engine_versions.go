package mq

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/internal/engver"
)

// supportTableDate is the day the end-of-support table below was read from
// the Amazon MQ developer guide (ActiveMQ and RabbitMQ version management
// pages). The check judges versions against this date, never the clock, so
// a scan gives the same result every day; a version whose end of support
// falls after it is supported until the table is updated.
const supportTableDate = "2026-12-02"

// endOfSupport lists, per engine, the minor versions Amazon MQ has retired
// and the day support ended, oldest first. Minor versions of a listed major
// older than its first entry were retired before it. Versions newer than
// the last entry (ActiveMQ 5.18, 5.19; RabbitMQ 3.13, 4.2 as the table was
// read) are supported.
//
// Source: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/activemq-version-management.html
// and https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-version-management.html
var endOfSupport = map[string][]retired{
	"activemq": {
		{5, 15, "2024-09-16"},
		{5, 16, "2024-11-15"},
		{5, 17, "2025-06-16"},
	},
	"rabbitmq": {
		{3, 9, "2024-09-16"},
		{3, 10, "2024-10-15"},
		{3, 11, "2025-02-17"},
		{3, 12, "2025-03-17"},
	},
}

// retired is a minor version and the day its support ended (YYYY-MM-DD).
type retired struct {
	major, minor int
	date         string
}

// retiredOn returns when Amazon MQ ended support for the engine version,
// "" while it is supported or not in the table. before is true for a minor
// older than the table's first entry of its major: retired before that date.
func retiredOn(engine string, v engver.Version) (date string, before bool) {
	table := endOfSupport[strings.ToLower(engine)]
	if len(table) == 0 || v.Minor < 0 {
		return "", false
	}
	first := table[0]
	if v.Major < first.major || v.Major == first.major && v.Minor < first.minor {
		return first.date, true
	}
	for _, t := range table {
		if t.major == v.Major && t.minor == v.Minor && t.date <= supportTableDate {
			return t.date, false
		}
	}
	return "", false
}
