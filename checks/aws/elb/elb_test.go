package elb

import "testing"

func TestWeakPolicy(t *testing.T) {
	for name, want := range map[string]bool{
		"ELBSecurityPolicy-2016-08":                true,
		"ELBSecurityPolicy-TLS-1-0-2015-04":        true,
		"ELBSecurityPolicy-TLS-1-1-2017-01":        true,
		"ELBSecurityPolicy-TLS13-1-1-2021-06":      true,
		"ELBSecurityPolicy-FS-1-1-2019-08":         true,
		"ELBSecurityPolicy-TLS-1-2-2017-01":        false,
		"ELBSecurityPolicy-TLS-1-2-Ext-2018-06":    false,
		"ELBSecurityPolicy-FS-1-2-Res-2020-10":     false,
		"ELBSecurityPolicy-TLS13-1-2-2021-06":      false,
		"ELBSecurityPolicy-TLS13-1-3-2021-06":      false,
		"ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04": false,
	} {
		if got := weakPolicy(name); got != want {
			t.Errorf("weakPolicy(%q) = %v, want %v", name, got, want)
		}
	}
}
