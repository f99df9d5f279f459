package lint

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// SecretText, when set, says whether a string looks like a credential: a
// value under a credential name (name "" when it has none), an AWS access
// key ID, a private key, a NAME=secret assignment. The checks' shared
// recogniser (checks/internal/secretname) sets it; nil means only
// environment values are held back.
var SecretText func(name, value string) bool

// envKeys are the keys under which resources keep environment variables or
// application settings: ECS environment, CodeBuild environment_variable,
// Lambda and Cloud Functions variables, App Service app_settings...
var envKeys = []string{
	"environment", "environment_variable", "environment_variables", "environmentvariables",
	"env", "variables", "app_settings", "build_environment_variables", "settings", "protected_settings",
}

// revealing returns the strings of the resource's arguments that a report
// must not print: environment values and secret-looking values (SecretText),
// known and non-empty (a JSON document is searched, not held back whole);
// inRange is true when one of them belongs to an
// argument whose source overlaps rng, so that an excerpt of rng would show
// it.
func (r *Resource) revealing(rng hcl.Range) (values []string, inRange bool) {
	var walk func(b *Block)
	walk = func(b *Block) {
		for _, d := range b.attrs {
			n := len(values)
			for _, v := range []cty.Value{d.value, d.decoded} {
				if v != cty.NilVal {
					values = revealed(v, "", false, values, 0)
				}
			}
			if len(values) > n && overlaps(d.rng, rng) {
				inRange = true
			}
		}
		for _, c := range b.blocks {
			walk(c)
		}
	}
	for _, b := range []*Block{r.Body, r.meta} {
		if b != nil {
			walk(b)
		}
	}
	slices.Sort(values)
	return slices.Compact(values), inRange
}

// revealed appends the strings of v to hold back: every value under an
// environment key (not the variable names), and every string SecretText
// calls a credential, under its key or paired with a sibling "name" (the
// {name, value} form of ECS and CodeBuild). A string holding a JSON
// document is read as one.
func revealed(v cty.Value, key string, env bool, out []string, depth int) []string {
	if depth > 32 || !v.IsKnown() || v.IsNull() {
		return out
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		s := v.AsString() //nolint:forbidigo // v is unmarked (attrData keeps values unmarked, JSON decodes unmarked), known and not null: checked above
		if strings.TrimSpace(s) == "" {
			return out
		}
		if t := strings.TrimSpace(s); depth < 4 && len(t) > 1 && (t[0] == '{' || t[0] == '[') {
			if it, err := ctyjson.ImpliedType([]byte(t)); err == nil {
				if doc, err := ctyjson.Unmarshal([]byte(t), it); err == nil {
					return revealed(doc, key, env, out, depth+1)
				}
			}
		}
		if env && !strings.EqualFold(key, "name") || SecretText != nil && SecretText(key, s) {
			return append(out, s)
		}
	case ty.IsObjectType() || ty.IsMapType():
		m := v.AsValueMap() //nolint:forbidigo // v is unmarked (attrData keeps values unmarked, JSON decodes unmarked), known and not null: checked above
		if n, ok := knownString(m["name"]); ok && SecretText != nil {
			if val, ok := knownString(m["value"]); ok && SecretText(n, val) {
				out = append(out, val)
			}
		}
		for k, e := range m {
			out = revealed(e, k, env || slices.Contains(envKeys, strings.ToLower(k)), out, depth+1)
		}
	case ty.IsListType() || ty.IsTupleType() || ty.IsSetType():
		for it := v.ElementIterator(); it.Next(); { //nolint:forbidigo // v is unmarked (attrData keeps values unmarked, JSON decodes unmarked), known and not null: checked above
			_, e := it.Element()
			out = revealed(e, key, env, out, depth+1)
		}
	}
	return out
}

// overlaps says whether two source ranges of the same file share a byte.
func overlaps(a, b hcl.Range) bool {
	return a.Filename == b.Filename && a.Start.Byte < b.End.Byte && b.Start.Byte < a.End.Byte
}

// withheld replaces s by "(sensitive)" when it shows one of the values: it
// is one, or holds one of at least four characters. Unlike redactValues, a
// message part that is only a piece of a long value (a variable name out of
// a script) is kept.
func withheld(s string, values []string) string {
	for _, v := range values {
		if s == v || utf8.RuneCountInString(v) >= 4 && strings.Contains(s, v) {
			return "(sensitive)"
		}
	}
	return s
}

// knownString returns a known, non-null string value.
func knownString(v cty.Value) (string, bool) {
	if v == cty.NilVal || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true //nolint:forbidigo // known, not null, a string, and unmarked like every value revealed reads
}
