// Package kmskey says what a KMS key argument names: no key, an AWS managed
// key, or a key the customer manages. Every AWS check that asks for a
// customer managed key (the "-cmk" checks) asks here, so that they agree.
// Whether any key, ARN or ID argument is given at all is rule.Given.
package kmskey

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// Kind is what a key argument names.
type Kind int

const (
	// Unknown: the value cannot be known before apply.
	Unknown Kind = iota
	// None: absent, null or an empty string. The service then uses its
	// default (an AWS owned or AWS managed key, or no encryption at all).
	None
	// AWSManaged: an AWS managed key, alias/aws/<service>, written as the
	// alias name or its ARN, literally, through a variable or local, or
	// through a data "aws_kms_alias" (name) or data "aws_kms_key" (key_id)
	// that looks it up.
	AWSManaged
	// Customer: any other key (a key ID, key ARN or customer alias).
	Customer
)

// Of classifies the key argument a.
func Of(a lint.Attr) Kind {
	if !rule.Given(a) {
		return None
	}
	if s, ok := a.StringOr(""); ok {
		if AWSManagedName(s) {
			return AWSManaged
		}
		return Customer
	}
	for _, r := range a.Refs() {
		if lookup, ok := lookupArg[r.Type]; ok && r.Data {
			if s, ok := r.Attr(lookup).StringOr(""); ok && AWSManagedName(s) {
				return AWSManaged
			}
		}
	}
	return Unknown
}

// lookupArg is the argument of each KMS data source that names the key it
// reads.
var lookupArg = map[string]string{
	"aws_kms_alias": "name",
	"aws_kms_key":   "key_id",
}

// AWSManagedName says whether s names an AWS managed key by its alias:
// "alias/aws/s3" or "arn:aws:kms:eu-west-1:111122223333:alias/aws/s3"
// (any partition).
func AWSManagedName(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "arn:") {
		parts := strings.SplitN(s, ":", 6)
		if len(parts) != 6 || parts[2] != "kms" {
			return false
		}
		s = parts[5]
	}
	return strings.HasPrefix(s, "alias/aws/")
}

// NotCustomer says whether a key argument that is known (or looked up)
// names no customer managed key: None or AWSManaged.
func NotCustomer(a lint.Attr) bool {
	k := Of(a)
	return k == None || k == AWSManaged
}

// At is where a finding about the key argument key points: the argument
// when the configuration writes it, else fallback (the block or argument
// that chose the service's default key).
func At(key lint.Attr, fallback lint.Subject) lint.Subject {
	if key.Set {
		return key
	}
	return fallback
}
