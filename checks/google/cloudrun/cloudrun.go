// Package cloudrun holds the checks for Cloud Run services and jobs, in the
// v1 form (google_cloud_run_service, configured through Knative annotations
// under metadata) and the v2 form (google_cloud_run_v2_service and
// google_cloud_run_v2_job, with arguments). Public invoker grants are judged
// by google-iam-no-public-members.
package cloudrun

import "github.com/tenantlint/tenantlint/lint"

const (
	v1Service = "google_cloud_run_service"
	v2Service = "google_cloud_run_v2_service"
	v2Job     = "google_cloud_run_v2_job"
)

// annotation returns the annotation key of a v1 service's metadata block
// (null when absent), with the block that would hold it: the metadata block
// when it exists, else the resource body.
func annotation(r *lint.Resource, key string) (lint.Attr, *lint.Block) {
	md := r.Block("metadata")
	if !md.Exists() {
		return lint.Attr{}, r.Body
	}
	return md.Attr("annotations").Field(key), md
}

// containers returns the container blocks of a service or job: v1
// template.spec.containers, v2 service template.containers, v2 job
// template.template.containers.
func containers(r *lint.Resource) []*lint.Block {
	var out []*lint.Block
	switch r.Type {
	case v1Service:
		for _, t := range r.Blocks("template") {
			for _, s := range t.Blocks("spec") {
				out = append(out, s.Blocks("containers")...)
			}
		}
	case v2Service:
		for _, t := range r.Blocks("template") {
			out = append(out, t.Blocks("containers")...)
		}
	case v2Job:
		for _, t := range r.Blocks("template") {
			for _, tt := range t.Blocks("template") {
				out = append(out, tt.Blocks("containers")...)
			}
		}
	}
	return out
}
