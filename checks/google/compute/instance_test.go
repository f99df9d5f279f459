package compute

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

func TestMetaBool(t *testing.T) {
	for _, tc := range []struct {
		v      cty.Value
		on, ok bool
	}{
		{cty.StringVal("TRUE"), true, true},
		{cty.StringVal("true"), true, true},
		{cty.StringVal("1"), true, true},
		{cty.StringVal(" Yes "), true, true},
		{cty.True, true, true},
		{cty.StringVal("FALSE"), false, true},
		{cty.StringVal("0"), false, true},
		{cty.False, false, true},
		{cty.StringVal("maybe"), false, false},
		{cty.StringVal(""), false, false},
		{cty.UnknownVal(cty.String), false, false},
		{cty.NullVal(cty.String), false, false},
	} {
		on, ok := metaBool(lint.Attr{Value: tc.v})
		if on != tc.on || ok != tc.ok {
			t.Errorf("metaBool(%#v) = %v, %v; want %v, %v", tc.v, on, ok, tc.on, tc.ok)
		}
	}
}

func TestOnConfidentialSeries(t *testing.T) {
	for mt, want := range map[string]bool{
		"n2d-standard-2": true,
		"zones/europe-west1-b/machineTypes/c2d-highcpu-4": true,
		"c3d-standard-8": true,
		"n2-standard-2":  false,
		"e2-medium":      false,
		"custom-2-4096":  false,
		"":               false,
	} {
		if got := onConfidentialSeries(mt); got != want {
			t.Errorf("onConfidentialSeries(%q) = %v, want %v", mt, got, want)
		}
	}
}
