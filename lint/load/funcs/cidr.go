package funcs

import (
	"errors"
	"fmt"
	"math/big"
	"net"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func cidrFuncs() map[string]function.Function {
	return map[string]function.Function{
		"cidrhost":    cidrHostFunc,
		"cidrnetmask": cidrNetmaskFunc,
		"cidrsubnet":  cidrSubnetFunc,
		"cidrsubnets": cidrSubnetsFunc,
	}
}

// prefix is an address range: its first address as a number, its prefix
// length and the address length in bits (32 or 128).
type prefix struct {
	base *big.Int
	ones int
	bits int
}

func parsePrefix(s string) (prefix, error) {
	_, ipnet, err := net.ParseCIDR(s)
	if err != nil {
		return prefix{}, fmt.Errorf("invalid CIDR expression: %w", err)
	}
	ones, bits := ipnet.Mask.Size()
	ip := ipnet.IP
	if bits == 32 {
		ip = ip.To4()
	}
	return prefix{base: new(big.Int).SetBytes(ip), ones: ones, bits: bits}, nil
}

// size is the number of addresses in a block of the given prefix length.
func (p prefix) size(length int) *big.Int {
	return new(big.Int).Lsh(big.NewInt(1), uint(p.bits-length))
}

// address formats n as an IP address of the prefix's family.
func (p prefix) address(n *big.Int) string {
	b := n.FillBytes(make([]byte, p.bits/8))
	return net.IP(b).String()
}

func (p prefix) block(start *big.Int, length int) string {
	return fmt.Sprintf("%s/%d", p.address(start), length)
}

// subnetStart is the first address of subnet num after extending the
// prefix by newbits bits.
func (p prefix) subnetStart(newbits int, num *big.Int) (*big.Int, error) {
	if newbits < 0 {
		return nil, errors.New("newbits must not be negative")
	}
	if p.ones+newbits > p.bits {
		return nil, fmt.Errorf("insufficient address space to extend prefix of %d by %d", p.ones, newbits)
	}
	limit := new(big.Int).Lsh(big.NewInt(1), uint(newbits))
	if num.Sign() < 0 || num.Cmp(limit) >= 0 {
		return nil, fmt.Errorf("prefix extension of %d does not accommodate a subnet numbered %s", newbits, num)
	}
	offset := new(big.Int).Mul(num, p.size(p.ones+newbits))
	return offset.Add(offset, p.base), nil
}

var cidrSubnetFunc = function.New(&function.Spec{
	Description: "Calculates a subnet address within the given IP network prefix.",
	Params: []function.Parameter{
		str("prefix"),
		{Name: "newbits", Type: cty.Number},
		{Name: "netnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		newbits, err := wholeNumber(args[1], "newbits")
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		num, err := bigWhole(args[2], "netnum")
		if err != nil {
			return cty.NilVal, function.NewArgError(2, err)
		}
		start, err := p.subnetStart(newbits, num)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(p.block(start, p.ones+newbits)), nil
	},
})

var cidrHostFunc = function.New(&function.Spec{
	Description: "Calculates a host address within the given IP network prefix; a negative hostnum counts back from the end.",
	Params: []function.Parameter{
		str("prefix"),
		{Name: "hostnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		num, err := bigWhole(args[1], "hostnum")
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		size := p.size(p.ones)
		host := new(big.Int).Set(num)
		if host.Sign() < 0 {
			host.Add(host, size)
		}
		if host.Sign() < 0 || host.Cmp(size) >= 0 {
			return cty.NilVal, fmt.Errorf("prefix of %d does not accommodate a host numbered %s", p.ones, num)
		}
		return cty.StringVal(p.address(host.Add(host, p.base))), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Description: "Returns the dotted-decimal netmask of an IPv4 prefix.",
	Params:      []function.Parameter{str("prefix")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if p.bits != 32 {
			return cty.NilVal, errors.New("IPv6 addresses cannot have a netmask")
		}
		return cty.StringVal(net.IP(net.CIDRMask(p.ones, p.bits)).String()), nil
	},
})

// cidrSubnetsFunc allocates consecutive subnets of the given sizes, each
// one starting at the first suitably aligned address after the last.
var cidrSubnetsFunc = function.New(&function.Spec{
	Description: "Calculates consecutive subnets within a prefix, one per newbits argument.",
	Params:      []function.Parameter{str("prefix")},
	VarParam:    &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:        function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		end := new(big.Int).Add(p.base, p.size(p.ones)) // first address after the prefix
		next := new(big.Int).Set(p.base)
		out := make([]cty.Value, 0, len(args)-1)
		for i, a := range args[1:] {
			newbits, err := wholeNumber(a, "newbits")
			if err != nil {
				return cty.NilVal, function.NewArgError(i+1, err)
			}
			if newbits < 1 || p.ones+newbits > p.bits {
				return cty.NilVal, function.NewArgErrorf(i+1, "would extend prefix to %d bits, which is not valid for this address family", p.ones+newbits)
			}
			length := p.ones + newbits
			size := p.size(length)
			// Round next up to a multiple of size.
			start := new(big.Int).Add(next, new(big.Int).Sub(size, big.NewInt(1)))
			start.Div(start, size).Mul(start, size)
			next = new(big.Int).Add(start, size)
			if next.Cmp(end) > 0 {
				return cty.NilVal, function.NewArgErrorf(i+1, "not enough remaining address space for a subnet with a prefix of %d bits", length)
			}
			out = append(out, cty.StringVal(p.block(start, length)))
		}
		return cty.ListVal(out), nil
	},
})
