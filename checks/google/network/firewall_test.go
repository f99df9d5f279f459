package network

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

func TestProtocol(t *testing.T) {
	for _, tc := range []struct {
		v                  cty.Value
		all, portBased, ok bool
	}{
		{cty.StringVal("all"), true, false, true},
		{cty.StringVal("TCP"), false, true, true},
		{cty.StringVal("udp"), false, true, true},
		{cty.StringVal("sctp"), false, true, true},
		{cty.StringVal("6"), false, true, true},
		{cty.StringVal("17"), false, true, true},
		{cty.StringVal("132"), false, true, true},
		{cty.StringVal("icmp"), false, false, true},
		{cty.StringVal("esp"), false, false, true},
		{cty.UnknownVal(cty.String), false, false, false},
		{cty.NullVal(cty.String), false, false, false},
	} {
		all, portBased, ok := protocol(lint.Attr{Value: tc.v})
		if all != tc.all || portBased != tc.portBased || ok != tc.ok {
			t.Errorf("protocol(%#v) = %v, %v, %v; want %v, %v, %v", tc.v, all, portBased, ok, tc.all, tc.portBased, tc.ok)
		}
	}
}

func TestWeakSuite(t *testing.T) {
	for name, want := range map[string]bool{
		"TLS_RSA_WITH_AES_128_GCM_SHA256":        true,
		"TLS_RSA_WITH_3DES_EDE_CBC_SHA":          true,
		"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256":  false,
		"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305": false,
		"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA":     false,
	} {
		if got := weakSuite(name); got != want {
			t.Errorf("weakSuite(%q) = %v, want %v", name, got, want)
		}
	}
}
