package scan

import (
	"slices"
	"testing"
)

// Peer comments in any case are honoured, in the streaming scan too, which
// keeps a file for suppression only when the cheap test says it may hold
// one (each fixture file spells its tool one way only).
func TestPeerCommentsAnyCase(t *testing.T) {
	r := scanPeer(t, "mixedcase", false)
	want := []string{"checkov_mixed=suppressed", "none=open", "tfsec_mixed=suppressed", "trivy_upper=suppressed"}
	if got := r.statuses(); !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q\n%+v", got, want, r.Diagnostics)
	}
}
