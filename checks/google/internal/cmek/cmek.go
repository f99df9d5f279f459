// Package cmek holds the shape of the Google checks that require a
// customer-managed encryption key (CMEK): a Cloud KMS key name at a path of
// nested blocks. Without the key, Google encrypts the data at rest with keys
// it manages, which every such check's doc comment states as the default it
// relies on.
package cmek

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Required returns a check's Run that reports every resource of the check's
// types whose key at path is missing: path is the nested block types that
// lead to the key argument, then the argument ("encryption_config.kms_key_name").
// A missing block is reported at the enclosing block (the resource, at the
// top), an absent, null or empty key at the key (or its block). Every block
// of a type is judged (each cluster of an instance, say). An unknown key is
// never a finding. what names the resource for messages ("BigQuery dataset").
func Required(what, path string) func(*lint.Pass) {
	parts := strings.Split(path, ".")
	blocks, attr := parts[:len(parts)-1], parts[len(parts)-1]
	return func(p *lint.Pass) {
		for _, r := range p.Resources() {
			walk(p, r, what, blocks, attr, r.Body)
		}
	}
}

func walk(p *lint.Pass, r *lint.Resource, what string, blocks []string, attr string, b *lint.Block) {
	if len(blocks) == 0 {
		key := b.Attr(attr)
		s, ok := key.StringOr("")
		switch {
		case !ok:
		case key.Null():
			p.Reportf(b, "%s %s sets no %s: it is encrypted with Google-managed keys", what, r.Address, attr)
		case strings.TrimSpace(s) == "":
			p.Reportf(key, "%s %s sets an empty %s: it is encrypted with Google-managed keys", what, r.Address, attr)
		}
		return
	}
	kids := b.Blocks(blocks[0])
	if len(kids) == 0 {
		p.Reportf(b, "%s %s has no %s block: it is encrypted with Google-managed keys", what, r.Address, blocks[0])
		return
	}
	for _, k := range kids {
		walk(p, r, what, blocks[1:], attr, k)
	}
}

// Missing says whether a key argument is known to name no key: absent, null
// or empty. An unknown key is not missing.
func Missing(key lint.Attr) bool {
	s, ok := key.StringOr("")
	return ok && (key.Null() || strings.TrimSpace(s) == "")
}
