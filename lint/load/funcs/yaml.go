package funcs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"go.yaml.in/yaml/v3"
)

// yamlBudget caps how many nodes one yamldecode may visit, counting each
// visit through an alias, so that aliases cannot expand without bound.
const (
	yamlBudget   = 1 << 20
	yamlMaxDepth = 1000
)

var yamlDecodeFunc = function.New(&function.Spec{
	Description: "Parses a YAML document into a value.",
	Params:      []function.Parameter{str("src")},
	Type: func(args []cty.Value) (cty.Type, error) {
		if !args[0].IsKnown() {
			return cty.DynamicPseudoType, nil
		}
		v, err := decodeYAML(args[0].AsString())
		if err != nil {
			return cty.NilType, function.NewArgError(0, err)
		}
		return v.Type(), nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return decodeYAML(args[0].AsString())
	},
})

// decodeYAML reads one YAML document. An empty stream is null.
func decodeYAML(src string) (cty.Value, error) {
	dec := yaml.NewDecoder(strings.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return cty.NullVal(cty.DynamicPseudoType), nil
		}
		return cty.NilVal, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		if err != nil {
			return cty.NilVal, err
		}
		return cty.NilVal, errors.New("the string holds more than one YAML document")
	}
	d := yamlDecoder{budget: yamlBudget}
	return d.value(&doc, 0)
}

type yamlDecoder struct{ budget int }

func (d *yamlDecoder) value(n *yaml.Node, depth int) (cty.Value, error) {
	d.budget--
	if d.budget < 0 || depth > yamlMaxDepth {
		return cty.NilVal, errors.New("the YAML document is too large or too deeply nested")
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return cty.NullVal(cty.DynamicPseudoType), nil
		}
		return d.value(n.Content[0], depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return cty.NilVal, errors.New("YAML alias without an anchor")
		}
		return d.value(n.Alias, depth+1)
	case yaml.SequenceNode:
		vals := make([]cty.Value, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := d.value(c, depth+1)
			if err != nil {
				return cty.NilVal, err
			}
			vals = append(vals, v)
		}
		return cty.TupleVal(vals), nil
	case yaml.MappingNode:
		attrs := map[string]cty.Value{}
		if err := d.mapping(n, attrs, depth); err != nil {
			return cty.NilVal, err
		}
		return cty.ObjectVal(attrs), nil
	case yaml.ScalarNode:
		return yamlScalar(n)
	}
	return cty.NilVal, fmt.Errorf("unsupported YAML node at line %d", n.Line)
}

// mapping adds a mapping's pairs to attrs, with "<<" merge keys adding the
// pairs of the mappings they name unless the mapping sets them itself.
func (d *yamlDecoder) mapping(n *yaml.Node, attrs map[string]cty.Value, depth int) error {
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for k.Kind == yaml.AliasNode && k.Alias != nil && depth < yamlMaxDepth {
			k = k.Alias
			depth++
		}
		if k.Kind != yaml.ScalarNode {
			return fmt.Errorf("line %d: only scalar mapping keys are supported", k.Line)
		}
		if k.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		val, err := d.value(v, depth+1)
		if err != nil {
			return err
		}
		attrs[k.Value] = val
	}
	for _, m := range merges {
		if err := d.merge(m, attrs, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (d *yamlDecoder) merge(m *yaml.Node, attrs map[string]cty.Value, depth int) error {
	d.budget--
	if d.budget < 0 || depth > yamlMaxDepth {
		return errors.New("the YAML document is too large or too deeply nested")
	}
	switch m.Kind {
	case yaml.AliasNode:
		if m.Alias == nil {
			return errors.New("YAML alias without an anchor")
		}
		return d.merge(m.Alias, attrs, depth+1)
	case yaml.SequenceNode:
		for _, c := range m.Content {
			if err := d.merge(c, attrs, depth+1); err != nil {
				return err
			}
		}
		return nil
	case yaml.MappingNode:
		more := map[string]cty.Value{}
		if err := d.mapping(m, more, depth); err != nil {
			return err
		}
		for k, v := range more {
			if _, set := attrs[k]; !set {
				attrs[k] = v
			}
		}
		return nil
	default:
		return fmt.Errorf("line %d: a merge key must name a mapping or a list of mappings", m.Line)
	}
}

// yamlScalar converts a scalar by its resolved tag; tags with no cty
// counterpart (timestamps, binary, custom tags) give the text.
func yamlScalar(n *yaml.Node) (cty.Value, error) {
	switch n.ShortTag() {
	case "!!null":
		return cty.NullVal(cty.DynamicPseudoType), nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return cty.NilVal, err
		}
		return cty.BoolVal(b), nil
	case "!!int", "!!float":
		return yamlNumber(n)
	}
	return cty.StringVal(n.Value), nil
}

func yamlNumber(n *yaml.Node) (cty.Value, error) {
	if v, err := cty.ParseNumberVal(n.Value); err == nil {
		return v, nil
	}
	var x any
	if err := n.Decode(&x); err != nil {
		return cty.NilVal, err
	}
	switch x := x.(type) {
	case int:
		return cty.NumberIntVal(int64(x)), nil
	case int64:
		return cty.NumberIntVal(x), nil
	case uint64:
		return cty.NumberUIntVal(x), nil
	case float64:
		switch {
		case math.IsNaN(x):
			return cty.NilVal, fmt.Errorf("line %d: NaN is not a number Terraform can hold", n.Line)
		case math.IsInf(x, 1):
			return cty.PositiveInfinity, nil
		case math.IsInf(x, -1):
			return cty.NegativeInfinity, nil
		}
		return cty.NumberFloatVal(x), nil
	}
	return cty.StringVal(n.Value), nil
}

var yamlEncodeFunc = function.New(&function.Spec{
	Description: "Encodes the value as YAML.",
	Params:      []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if !args[0].IsWhollyKnown() {
			return cty.UnknownVal(cty.String), nil
		}
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(yamlNode(args[0])); err != nil {
			return cty.NilVal, err
		}
		if err := enc.Close(); err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(buf.String()), nil
	},
})

// yamlNode builds the YAML for a wholly known, unmarked value. Strings are
// quoted so that YAML never reads them back as another type.
func yamlNode(v cty.Value) *yaml.Node {
	ty := v.Type()
	switch {
	case v.IsNull():
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	case ty == cty.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v.True())}
	case ty == cty.Number:
		return yamlNumberNode(v.AsBigFloat())
	case ty == cty.String:
		style := yaml.DoubleQuotedStyle
		if strings.Contains(v.AsString(), "\n") {
			style = yaml.LiteralStyle
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.AsString(), Style: style}
	case ty.IsMapType() || ty.IsObjectType():
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k.AsString(), Style: yaml.DoubleQuotedStyle}
			n.Content = append(n.Content, key, yamlNode(el))
		}
		return n
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for it := v.ElementIterator(); it.Next(); {
			_, el := it.Element()
			n.Content = append(n.Content, yamlNode(el))
		}
		return n
	}
	// Capsule types have no YAML form.
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
}

func yamlNumberNode(f *big.Float) *yaml.Node {
	switch {
	case f.IsInf() && f.Signbit():
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: "-.inf"}
	case f.IsInf():
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: ".inf"}
	case f.IsInt():
		i, _ := f.Int(nil)
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: i.String()}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: f.Text('g', -1)}
}
