package funcs

import (
	"errors"
	"io"
	"strings"

	ctyyaml "github.com/zclconf/go-cty-yaml"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"go.yaml.in/yaml/v3"
)

// yamldecode and yamlencode are go-cty-yaml's, the library Terraform uses,
// so that a document reads as Terraform reads it (YAML 1.1 booleans such
// as "yes", its merge keys, its timestamps). go-cty-yaml shares the value
// of an anchor between its aliases but anything that walks the result
// walks every copy, and its parser slows down badly on deep flow nesting,
// so a document is first measured: parsed (by go.yaml.in/yaml/v3, which
// stops at 10,000 levels) and its size counted as if every alias were
// expanded. One over the budget is refused before go-cty-yaml sees it.
const (
	yamlBudget   = 1 << 20 // nodes, counting each alias as a copy
	yamlMaxDepth = 1000
)

var errYAMLTooLarge = errors.New("the YAML document is too large or too deeply nested")

var yamlDecodeFunc = function.New(&function.Spec{
	Description: "Parses a YAML document into a value.",
	Params:      []function.Parameter{str("src")},
	Type: func(args []cty.Value) (cty.Type, error) {
		if !args[0].IsKnown() {
			return cty.DynamicPseudoType, nil
		}
		src := args[0].AsString()
		if err := measureYAML(src); err != nil {
			return cty.NilType, function.NewArgError(0, err)
		}
		return ctyyaml.Standard.ImpliedType([]byte(src))
	},
	Impl: func(args []cty.Value, ty cty.Type) (cty.Value, error) {
		return ctyyaml.Standard.Unmarshal([]byte(args[0].AsString()), ty)
	},
})

var yamlEncodeFunc = function.New(&function.Spec{
	Description: "Encodes the value as YAML.",
	Params:      ctyyaml.YAMLEncodeFunc.Params(),
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return ctyyaml.YAMLEncodeFunc.Call(args)
	},
})

// measureYAML refuses a document whose first value, with its aliases
// expanded, has more than yamlBudget nodes or is nested deeper than
// yamlMaxDepth. A document it cannot parse is refused with the parser's
// error; an empty one passes (go-cty-yaml decides what it means).
func measureYAML(src string) error {
	var doc yaml.Node
	if err := yaml.NewDecoder(strings.NewReader(src)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return err
	}
	m := yamlMeasure{seen: map[*yaml.Node]yamlSize{}, open: map[*yaml.Node]bool{}}
	size := m.of(&doc)
	if size.nodes > yamlBudget || size.depth > yamlMaxDepth {
		return errYAMLTooLarge
	}
	return nil
}

// yamlSize is a node's expanded size: how many nodes and how deep.
type yamlSize struct{ nodes, depth int }

type yamlMeasure struct {
	seen map[*yaml.Node]yamlSize // sizes of anchored nodes, once counted
	open map[*yaml.Node]bool     // nodes being counted (an alias to one is a cycle)
}

// of counts n, stopping as soon as the budget is spent so that the walk
// itself stays bounded; sizes saturate just past the limits.
func (m *yamlMeasure) of(n *yaml.Node) yamlSize {
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil || m.open[n.Alias] {
			// go-cty-yaml refuses a cycle with its own message.
			return yamlSize{nodes: 1, depth: 1}
		}
		if s, ok := m.seen[n.Alias]; ok {
			return yamlSize{nodes: s.nodes + 1, depth: s.depth + 1}
		}
		s := m.of(n.Alias)
		return yamlSize{nodes: s.nodes + 1, depth: s.depth + 1}
	}
	if s, ok := m.seen[n]; ok {
		return s
	}
	m.open[n] = true
	total := yamlSize{nodes: 1, depth: 1}
	for _, c := range n.Content {
		s := m.of(c)
		total.nodes += s.nodes
		total.depth = max(total.depth, s.depth+1)
		if total.nodes > yamlBudget || total.depth > yamlMaxDepth {
			break
		}
	}
	delete(m.open, n)
	if n.Anchor != "" {
		m.seen[n] = total
	}
	return total
}
