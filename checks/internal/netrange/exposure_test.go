package netrange

import "testing"

func TestParsePortsGoogleForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Ports
		ok   bool
	}{
		{"22", Ports{From: 22, To: 22}, true},
		{" 8000-8080 ", Ports{From: 8000, To: 8080}, true},
		{"0-65535", Ports{From: 0, To: 65535}, true},
		{"*", Ports{From: 0, To: 65535}, true},
		{"65535", Ports{From: 65535, To: 65535}, true},
		{"65536", Ports{}, false},
		{"-1", Ports{}, false},
		{"90-80", Ports{}, false},
		{"80-", Ports{}, false},
		{"ssh", Ports{}, false},
		{"", Ports{}, false},
	} {
		got, ok := ParsePorts(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParsePorts(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestExposure(t *testing.T) {
	for _, tc := range []struct {
		p    Ports
		want string
	}{
		{Ports{All: true}, "all"},
		{Ports{From: 0, To: 65535}, "all"},
		{Ports{From: 1, To: 65535}, "all"},
		{Ports{From: 2, To: 65535}, "admin"},
		{Ports{From: 22, To: 22}, "admin"},
		{Ports{From: 3389, To: 3389}, "admin"},
		{Ports{From: 3306, To: 3306}, "database"},
		{Ports{From: 5400, To: 5500}, "database"},
		{Ports{From: 0, To: 1024}, "admin"},
		{Ports{From: 443, To: 443}, "web"},
		{Ports{From: 80, To: 443}, "other"},
		{Ports{From: 8080, To: 8080}, "other"},
	} {
		if got := tc.p.Exposure(); got != tc.want {
			t.Errorf("%+v.Exposure() = %q, want %q", tc.p, got, tc.want)
		}
	}
}
