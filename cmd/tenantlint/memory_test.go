package main

import "testing"

func TestParseMemory(t *testing.T) {
	good := map[string]int64{"512MiB": 512 << 20, "1GiB": 1 << 30, "1.5GiB": 3 << 29, "800MB": 800e6, "33554432": 32 << 20, "64 MiB": 64 << 20}
	for in, want := range good {
		if got, err := parseMemory(in); err != nil || got != want {
			t.Errorf("parseMemory(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-1GiB", "0", "1KiB", "9e99GB", "NaN", "12XB"} {
		if _, err := parseMemory(in); err == nil {
			t.Errorf("parseMemory(%q): no error", in)
		}
	}
}
