// Package ecs holds the checks for ECS clusters and task definitions.
package ecs

import "github.com/tenantlint/tenantlint/lint"

// containers returns the container definitions of a task definition, read
// from the JSON document (or jsonencode argument) of container_definitions,
// and the argument itself for reporting. An unreadable document yields none.
func containers(r *lint.Resource) (lint.Attr, []lint.Attr) {
	defs := r.Attr("container_definitions")
	doc, ok := defs.JSON()
	if !ok {
		return defs, nil
	}
	return defs, doc.Elements()
}

// containerName names a container for a message.
func containerName(c lint.Attr) string {
	if n, ok := c.Get("name").StringOr(""); ok && n != "" {
		return n
	}
	return "(unnamed)"
}
