package funcs

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"

	"github.com/apparentlymart/go-cidr/cidr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// The CIDR functions do their arithmetic with go-cidr, the library
// Terraform's own functions use, so that results match Terraform's. The
// checks before each call are ours: they refuse, with Terraform's
// messages, the arguments go-cidr would get wrong (a negative or over-wide
// newbits, a subnet number past 2^64).

func cidrFuncs() map[string]function.Function {
	return map[string]function.Function{
		"cidrhost":    cidrHostFunc,
		"cidrnetmask": cidrNetmaskFunc,
		"cidrsubnet":  cidrSubnetFunc,
		"cidrsubnets": cidrSubnetsFunc,
	}
}

// parseCIDR reads a prefix in CIDR notation. As Terraform does (its docs
// call it a historical accident), IPv4 octets with leading zeros are read
// as decimal: "010.1.2.0/24" is 10.1.2.0/24.
func parseCIDR(s string) (*net.IPNet, error) {
	_, network, err := net.ParseCIDR(decimalOctets(s))
	if err != nil {
		return nil, fmt.Errorf("invalid CIDR expression: %w", err)
	}
	return network, nil
}

// decimalOctets rewrites a dotted-quad address with leading zeros in its
// octets without them; anything else is returned as it is.
func decimalOctets(s string) string {
	addr, bits, ok := strings.Cut(s, "/")
	if !ok {
		return s
	}
	parts := strings.Split(addr, ".")
	if len(parts) != 4 {
		return s
	}
	for i, p := range parts {
		if p == "" || len(p) > 3 || strings.TrimLeft(p, "0123456789") != "" {
			return s
		}
		n, err := strconv.Atoi(p)
		if err != nil || n > 255 {
			return s
		}
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ".") + "/" + bits
}

// checkNewbits refuses an extension go-cidr cannot make: newbits is
// whole, not negative, fits the address and leaves room for num.
func checkNewbits(network *net.IPNet, newbits int, num *big.Int) error {
	ones, bits := network.Mask.Size()
	switch {
	case newbits < 0:
		return errors.New("newbits must not be negative")
	case ones+newbits > bits:
		return fmt.Errorf("insufficient address space to extend prefix of %d by %d", ones, newbits)
	case num.Sign() < 0:
		return errors.New("subnet number must not be negative")
	case num.BitLen() > newbits:
		return fmt.Errorf("prefix extension of %d does not accommodate a subnet numbered %s", newbits, num)
	}
	return nil
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
		network, err := parseCIDR(args[0].AsString())
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
		if err := checkNewbits(network, newbits, num); err != nil {
			return cty.NilVal, err
		}
		subnet, err := cidr.SubnetBig(network, newbits, num)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(subnet.String()), nil
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
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		num, err := bigWhole(args[1], "hostnum")
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		ip, err := cidr.HostBig(network, num)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(ip.String()), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Description: "Returns the dotted-decimal netmask of an IPv4 prefix.",
	Params:      []function.Parameter{str("prefix")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if network.IP.To4() == nil {
			return cty.NilVal, errors.New("IPv6 addresses cannot have a netmask")
		}
		return cty.StringVal(net.IP(network.Mask).String()), nil
	},
})

// cidrSubnetsFunc allocates consecutive subnets of the given sizes, each
// one the next suitably aligned block after the last (go-cidr's
// NextSubnet). The first block starts at the prefix's own address, so an
// all-zero prefix such as 0.0.0.0/1 works (Terraform, which starts from
// the block before it, refuses those: hashicorp/terraform#35486).
var cidrSubnetsFunc = function.New(&function.Spec{
	Description: "Calculates consecutive subnets within a prefix, one per newbits argument.",
	Params:      []function.Parameter{str("prefix")},
	VarParam:    &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:        function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		ones, bits := network.Mask.Size()
		var current *net.IPNet
		out := make([]cty.Value, 0, len(args)-1)
		for i, a := range args[1:] {
			newbits, err := wholeNumber(a, "newbits")
			if err != nil {
				return cty.NilVal, function.NewArgError(i+1, err)
			}
			switch {
			case newbits < 1:
				return cty.NilVal, function.NewArgErrorf(i+1, "must extend prefix by at least one bit")
			case newbits > 32:
				return cty.NilVal, function.NewArgErrorf(i+1, "may not extend prefix by more than 32 bits")
			case ones+newbits > bits:
				return cty.NilVal, function.NewArgErrorf(i+1, "would extend prefix to %d bits, which is too long for an address of %d bits", ones+newbits, bits)
			}
			length := ones + newbits
			var next *net.IPNet
			if current == nil {
				next = &net.IPNet{IP: network.IP, Mask: net.CIDRMask(length, bits)}
			} else {
				var rollover bool
				next, rollover = cidr.NextSubnet(current, length)
				if rollover || !network.Contains(next.IP) {
					return cty.NilVal, function.NewArgErrorf(i+1, "not enough remaining address space for a subnet with a prefix of %d bits after %s", length, current)
				}
			}
			current = next
			out = append(out, cty.StringVal(current.String()))
		}
		return cty.ListVal(out), nil
	},
})
