package dataproc

import "testing"

func TestBefore22(t *testing.T) {
	for v, want := range map[string]bool{
		"1.5": true, "2.0-debian10": true, "2.1": true, "2.1.80-ubuntu20": true,
		"2.2": false, "2.2-debian12": false, "2.2.41-rocky9": false, "2.3": false, "3.0": false,
		"preview": false, "": false, "2": false, "x.1": false, "2.y": false,
	} {
		if got := before22(v); got != want {
			t.Errorf("before22(%q) = %v, want %v", v, got, want)
		}
	}
}
