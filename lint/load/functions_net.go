package load

import (
	"math/big"
	"net"
	"net/netip"

	"github.com/tenantlint/tenantlint/lint"
)

func prefixNet(p netip.Prefix) *net.IPNet {
	p = p.Masked()
	bits := 32
	if p.Addr().Is6() {
		bits = 128
	}
	return &net.IPNet{IP: net.IP(p.Addr().AsSlice()), Mask: net.CIDRMask(p.Bits(), bits)}
}

func bigInt(n int64) *big.Int { return big.NewInt(n) }

func sensitiveMark() any { return lint.SensitiveMark }
