package arm

import "github.com/tenantlint/tenantlint/lint"

// Parameter reports server parameters (azurerm_postgresql_configuration,
// azurerm_mysql_flexible_server_configuration and their ARM
// .../configurations children) of kind k that bad rejects. The parameter's
// name is the name argument in both forms; its value is value in azurerm and
// properties.value in ARM. A parameter with an unknown name or value, or an
// absent value, is not judged: the server keeps its default then. msg is a
// format with the address, the name and the value.
func Parameter(k Kind, bad func(name, value string) bool, msg string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range k.Views(p) {
			if k.Patched(p.Module, v, "properties.value") {
				continue
			}
			name, ok := v.R.Attr("name").StringOr("")
			if !ok || name == "" {
				continue
			}
			a := v.Attr("value", "properties.value")
			val, ok := a.StringOr("")
			if !ok || a.Null() {
				continue
			}
			if bad(name, val) {
				p.Reportf(a, msg, v.R.Address, name, val)
			}
		}
	}
}
