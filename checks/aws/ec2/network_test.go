package ec2

import (
	"testing"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
)

func TestRuleKind(t *testing.T) {
	for _, c := range []struct {
		r    rule
		want string
	}{
		{rule{Ports: netrange.Ports{All: true}}, "all"},
		{rule{Ports: netrange.Ports{From: 0, To: 65535}}, "all"},
		{rule{Ports: netrange.Ports{From: 1, To: 65535}}, "all"},
		{rule{Ports: netrange.Ports{From: 0, To: 1024}}, "admin"},
		{rule{Ports: netrange.Ports{From: 3000, To: 3400}}, "admin"},
		{rule{Ports: netrange.Ports{From: 3306, To: 3306}}, "database"},
		{rule{Ports: netrange.Ports{From: 80, To: 80}}, "web"},
		{rule{Ports: netrange.Ports{From: 443, To: 443}}, "web"},
		{rule{Ports: netrange.Ports{From: 80, To: 443}}, "other"},
		{rule{Ports: netrange.Ports{From: 8080, To: 8080}}, "other"},
	} {
		if got := ruleKind(c.r); got != c.want {
			t.Errorf("ruleKind(%d-%d all=%v) = %s, want %s", c.r.From, c.r.To, c.r.All, got, c.want)
		}
	}
}
