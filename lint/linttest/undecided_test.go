package linttest

import (
	"fmt"
	"regexp"
	"testing"
)

func TestUndecidedMarkers(t *testing.T) {
	const unknown = "variable \"e\" {\n  type = bool\n}\n\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.e # %s\n}\n"
	cases := []struct {
		name   string
		marker string
		want   []string
	}{
		{name: "undecided, marked", marker: `undecided: test-ebs-plain`},
		{name: "undecided, reason matches", marker: `undecided: test-ebs-plain "no value for var\.e"`},
		{name: "undecided, address matches", marker: `undecided: test-ebs-plain "aws_ebs_volume\.v"`},
		{name: "reason does not match", marker: `undecided: test-ebs-plain "budget"`,
			want: []string{`^main\.tf:6: missing undecided test-ebs-plain matching /budget/ \(1 open decisions of the check on the line; aws_ebs_volume\.v: no value for var\.e\)`}},
		{name: "offset", marker: `undecided+1: test-ebs-plain`,
			want: []string{`^main\.tf:7: missing undecided test-ebs-plain \(0 open`}},
		{name: "check not run", marker: `undecided: test-other-check`,
			want: []string{`registered but this test does not run it`}},
		{name: "near miss", marker: `Undecided: test-ebs-plain`,
			want: []string{`malformed marker`}},
		{name: "no ID", marker: `undecided:`,
			want: []string{`want marker without a check ID`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := run(t, map[string]string{"main.tf": fmt.Sprintf(unknown, c.marker)})
			if len(got) != len(c.want) {
				t.Fatalf("got %d problems %q, want %d", len(got), got, len(c.want))
			}
			for i, w := range c.want {
				if !regexp.MustCompile(w).MatchString(got[i]) {
					t.Errorf("problem %d = %q, want /%s/", i, got[i], w)
				}
			}
		})
	}
	// A known value decides: the marker is not met.
	got := run(t, map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # undecided: test-ebs-plain\n}\n"})
	if len(got) != 1 || !regexp.MustCompile(`^main\.tf:2: missing undecided test-ebs-plain \(0 open`).MatchString(got[0]) {
		t.Errorf("known value: got %q", got)
	}
}
