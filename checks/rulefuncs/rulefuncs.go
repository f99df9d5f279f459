// Package rulefuncs is the checks side of custom rules (lint/rules): the
// helpers that need code of the checks (the CIDR rule of every network check,
// port specs, the IAM policy reader) and each provider's naming. lint/rules
// knows no provider; the CLI hands it this library.
package rulefuncs

import (
	"fmt"
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws"
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/checks/azure"
	"github.com/tenantlint/tenantlint/checks/google"
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/rules"
)

// Library is tenantlint's library for custom rules.
func Library() rules.Library {
	return rules.Library{Helpers: Helpers(), Naming: Naming}
}

// Naming picks the provider's naming by the resource type's prefix.
func Naming(typ string) lint.Naming {
	typ = strings.TrimPrefix(typ, "data.")
	switch {
	case strings.HasPrefix(typ, "aws_"):
		return aws.Naming
	case strings.HasPrefix(typ, "azurerm_"), strings.HasPrefix(typ, "azapi_"), strings.HasPrefix(typ, "azuread_"):
		return azure.Naming
	case strings.HasPrefix(typ, "google_"):
		return google.Naming
	}
	return lint.NewNaming()
}

// Helpers are the functions this package adds to the CEL environment.
func Helpers() []rules.Helper {
	return []rules.Helper{
		{
			Name:   "public_cidr",
			Doc:    "public_cidr(cidr): the CIDR admits the internet at large, by the rule every network check applies (0.0.0.0/0, ::/0, wide public ranges); false for anything that is not a CIDR",
			Args:   []rules.Kind{rules.String},
			Result: rules.Bool,
			Fn: func(_ *rules.Context, args []any) (any, error) {
				s, _ := args[0].(string)
				return netrange.Public(s), nil
			},
		},
		{
			Name:   "port_range",
			Doc:    `port_range(spec): a port spec as firewall rules write it ("*", "22", "20-25", or a number) as {"from": int, "to": int}; an error when it is no port spec`,
			Args:   []rules.Kind{rules.Dyn},
			Result: rules.Map,
			Fn: func(_ *rules.Context, args []any) (any, error) {
				p, ok := ports(args[0])
				if !ok {
					return nil, fmt.Errorf("%v is not a port spec", args[0])
				}
				return map[string]any{"from": p.From, "to": p.To}, nil
			},
		},
		{
			Name:   "port_in",
			Doc:    `port_in(spec, port): the port spec ("*", "22", "20-25", a number) includes port; false when the spec is no port spec`,
			Args:   []rules.Kind{rules.Dyn, rules.Int},
			Result: rules.Bool,
			Fn: func(_ *rules.Context, args []any) (any, error) {
				p, ok := ports(args[0])
				n, _ := args[1].(int64)
				return ok && p.From <= n && n <= p.To, nil
			},
		},
		{
			Name:   "iam_statements",
			Doc:    "iam_statements(attr): the statements of the IAM policy document the resource's argument attr holds (JSON, jsonencode, an aws_iam_policy_document), each {sid, effect, actions, not_actions, resources, not_resources, principals, not_principals, has_condition, conditions}; unknown when the document or a part a statement needs cannot be known",
			Args:   []rules.Kind{rules.String},
			Result: rules.List,
			Fn:     iamStatements,
		},
	}
}

func ports(v any) (netrange.Ports, bool) {
	switch x := v.(type) {
	case string:
		return netrange.ParsePorts(x)
	case int64:
		if x < 0 || x > 65535 {
			return netrange.Ports{}, false
		}
		return netrange.Ports{From: x, To: x}, true
	case float64:
		if x != float64(int64(x)) {
			return netrange.Ports{}, false
		}
		return ports(int64(x))
	}
	return netrange.Ports{}, false
}

func iamStatements(c *rules.Context, args []any) (any, error) {
	name, _ := args[0].(string)
	a := c.Resource.Attr(name)
	sts, ok := iampolicy.Read(a)
	if !ok {
		if a.Unknown() {
			return c.Unknown(), nil
		}
		return []any{}, nil
	}
	if !iampolicy.Complete(a) {
		// A statement left out because it is unknown would make any
		// answer about the document a guess.
		a.Known()
		return c.Unknown(), nil
	}
	out := make([]any, 0, len(sts))
	for _, st := range sts {
		unknown := c.Unknown()
		list := func(xs []string, known bool) any {
			if !known {
				return unknown
			}
			return strings2(xs)
		}
		conds := unknown
		if st.ConditionsKnown {
			cs := make([]any, 0, len(st.Conditions))
			for _, cd := range st.Conditions {
				cs = append(cs, map[string]any{"test": cd.Test, "variable": cd.Variable, "values": strings2(cd.Values)})
			}
			conds = cs
		}
		principals, notPrincipals := unknown, unknown
		if st.PrincipalsKnown {
			principals, notPrincipals = principalMap(st.Principals), principalMap(st.NotPrincipals)
		}
		var effect any = st.Effect
		if st.Effect == "" {
			effect = unknown
		}
		out = append(out, map[string]any{
			"sid":            st.Sid,
			"effect":         effect,
			"actions":        list(st.Actions, st.ActionsKnown),
			"not_actions":    list(st.NotActions, st.NotActionsKnown),
			"resources":      list(st.Resources, st.ResourcesKnown),
			"not_resources":  list(st.NotResources, st.NotResourcesKnown),
			"principals":     principals,
			"not_principals": notPrincipals,
			"has_condition":  st.HasCondition,
			"conditions":     conds,
		})
	}
	return out, nil
}

func strings2(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func principalMap(m map[string][]string) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = strings2(v)
	}
	return out
}
