// Package emr holds the checks for Amazon EMR: security configurations,
// clusters and the account's block public access configuration.
package emr

import "github.com/tenantlint/tenantlint/lint"

// encryption reads the EncryptionConfiguration object of a security
// configuration's JSON document. ok is false when the document cannot be
// read (unknown, not JSON): such a configuration is never a finding. A
// document without EncryptionConfiguration yields a null Attr with ok true.
func encryption(r *lint.Resource) (lint.Attr, bool) {
	a := r.Attr("configuration")
	if !a.Known() {
		return lint.Attr{}, false
	}
	doc, ok := a.JSON()
	if !ok || !doc.Known() {
		return lint.Attr{}, false
	}
	return doc.Get("EncryptionConfiguration"), true
}

// flag reads a boolean of the EncryptionConfiguration object: EMR takes an
// absent flag as false. ok is false when the flag cannot be known.
func flag(enc lint.Attr, name string) (on, ok bool) {
	return enc.Get(name).BoolOr(false)
}
