package lint

import "testing"

func TestMentionsPeerTool(t *testing.T) {
	for src, want := range map[string]bool{
		"# tfsec:ignore:x":          true,
		"#TfSec:ignore:x":           true,
		"# TRIVY:IGNORE:AVD-AWS-1":  true,
		"#cheCKov:skip=CKV_AWS_3":   true,
		"checkov:":                  true,
		"# trivy ignore, no colon":  false,
		"arn:aws:s3:::bucket":       false,
		":tfsec":                    false,
		"":                          false,
		"tfse:c":                    false,
		"resource \"a\" \"b\" {}\n": false,
	} {
		if got := MentionsPeerTool([]byte(src)); got != want {
			t.Errorf("%q: %v, want %v", src, got, want)
		}
		if got := MayHoldIgnores("a.tf", []byte(src)); got != want {
			t.Errorf("MayHoldIgnores %q: %v, want %v", src, got, want)
		}
	}
}
