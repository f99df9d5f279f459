package scan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
)

type peerReport struct {
	Findings []struct {
		Rule    string `json:"rule_id"`
		Address string `json:"address"`
		Status  string `json:"status"`
		Reason  string `json:"justification"`
	} `json:"findings"`
	Diagnostics []struct {
		Severity string `json:"severity"`
		Summary  string `json:"summary"`
		Detail   string `json:"detail"`
		Line     int    `json:"start_line"`
	} `json:"diagnostics"`
}

func scanPeer(t *testing.T, dir string, noPeer bool) peerReport {
	t.Helper()
	var out bytes.Buffer
	_, err := Run(Options{
		Paths:         []string{"testdata/peer/" + dir},
		RepoRoot:      "testdata/peer/" + dir,
		Formats:       []string{"json"},
		Include:       []string{"aws-ec2-encrypt-volumes"},
		Checks:        checks.All,
		NoPeerIgnores: noPeer,
		Now:           time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	}, &out)
	if err != nil {
		t.Fatal(err)
	}
	var r peerReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	return r
}

// statuses is "address=status" for each finding, sorted.
func (r peerReport) statuses() []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, strings.TrimPrefix(f.Address, "aws_ebs_volume.")+"="+f.Status)
	}
	slices.Sort(out)
	return out
}

// diags is "line summary" for each diagnostic other than unused ignores.
func (r peerReport) diags() []string {
	var out []string
	for _, d := range r.Diagnostics {
		out = append(out, fmt.Sprintf("%d %s", d.Line, d.Summary))
	}
	return out
}

func TestPeerIgnoresThroughScan(t *testing.T) {
	cases := []struct {
		dir    string
		status []string
		diags  []string
	}{
		{
			dir:    "tfsec",
			status: []string{"above=suppressed", "expired=open", "future=suppressed", "trailing=suppressed", "two=suppressed", "unmapped=open"},
			diags:  []string{"12 Ignore expired", "24 Peer ignore not understood"},
		},
		{
			dir:    "trivy",
			status: []string{"above=suppressed", "expired=open", "future=suppressed", "long_id=suppressed", "unmapped=open", "wrong_tool=open"},
			diags:  []string{"13 Ignore expired", "19 Peer ignore not understood", "31 Peer ignore not understood"},
		},
		{
			dir:    "checkov",
			status: []string{"outside=open", "skip_at_end=suppressed", "skipped=suppressed", "unmapped=open"},
			diags:  []string{"14 Peer ignore not understood", "19 Peer ignore not understood"},
		},
	}
	for _, c := range cases {
		t.Run(c.dir, func(t *testing.T) {
			r := scanPeer(t, c.dir, false)
			if got := r.statuses(); !slices.Equal(got, c.status) {
				t.Errorf("findings:\n got %q\nwant %q", got, c.status)
			}
			if got := r.diags(); !slices.Equal(got, c.diags) {
				t.Errorf("diagnostics:\n got %q\nwant %q\n%+v", got, c.diags, r.Diagnostics)
			}
			off := scanPeer(t, c.dir, true)
			for _, s := range off.statuses() {
				if !strings.HasSuffix(s, "=open") {
					t.Errorf("--no-peer-ignores: %s", s)
				}
			}
			if len(off.Diagnostics) != 0 {
				t.Errorf("--no-peer-ignores: diagnostics %+v", off.Diagnostics)
			}
		})
	}
}

func TestPeerIgnoreReasonAndDetail(t *testing.T) {
	r := scanPeer(t, "checkov", false)
	for _, f := range r.Findings {
		if f.Address == "aws_ebs_volume.skipped" && f.Reason != "restored from a snapshot that is encrypted upstream" {
			t.Errorf("justification %q", f.Reason)
		}
	}
	for _, d := range r.Diagnostics {
		if d.Line == 14 && !strings.Contains(d.Detail, `"CKV_AWS_23"`) {
			t.Errorf("detail does not name the ID: %q", d.Detail)
		}
	}
}
