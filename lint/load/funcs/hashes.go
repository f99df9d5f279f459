package funcs

import (
	"crypto/md5"  //nolint:gosec // md5() is a Terraform function, not used for security here
	"crypto/sha1" //nolint:gosec // sha1() and uuidv5() are Terraform functions, not used for security here
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// digest is a hash of some bytes.
type digest func([]byte) []byte

func md5Sum(b []byte) []byte    { s := md5.Sum(b); return s[:] }  //nolint:gosec // see import
func sha1Sum(b []byte) []byte   { s := sha1.Sum(b); return s[:] } //nolint:gosec // see import
func sha256Sum(b []byte) []byte { s := sha256.Sum256(b); return s[:] }
func sha512Sum(b []byte) []byte { s := sha512.Sum512(b); return s[:] }

func hexOf(h digest) func([]byte) string {
	return func(b []byte) string { return hex.EncodeToString(h(b)) }
}

func base64Of(h digest) func([]byte) string {
	return func(b []byte) string { return base64.StdEncoding.EncodeToString(h(b)) }
}

func hashFunc(desc string, h func([]byte) string) function.Function {
	return stringFunc(desc, func(s string) (string, error) { return h([]byte(s)), nil })
}

func hashFuncs() map[string]function.Function {
	secret := []function.Parameter{str("str")}
	cost := function.Parameter{Name: "cost", Type: cty.Number}
	return map[string]function.Function{
		"md5":          hashFunc("Returns the hex MD5 hash of the string.", hexOf(md5Sum)),
		"sha1":         hashFunc("Returns the hex SHA-1 hash of the string.", hexOf(sha1Sum)),
		"sha256":       hashFunc("Returns the hex SHA-256 hash of the string.", hexOf(sha256Sum)),
		"sha512":       hashFunc("Returns the hex SHA-512 hash of the string.", hexOf(sha512Sum)),
		"base64sha256": hashFunc("Returns the Base64 SHA-256 hash of the string.", base64Of(sha256Sum)),
		"base64sha512": hashFunc("Returns the Base64 SHA-512 hash of the string.", base64Of(sha512Sum)),
		"uuidv5":       uuidV5Func,
		// Random or secret: Terraform only knows these when it applies.
		"bcrypt":     unknownFunc("Hashes the string with bcrypt (random salt, so unknown here).", cty.String, secret, &cost),
		"uuid":       unknownFunc("Returns a random UUID (unknown here).", cty.String, nil, nil),
		"rsadecrypt": unknownFunc("Decrypts RSA ciphertext (unknown here).", cty.String, []function.Parameter{str("ciphertext"), str("privatekey")}, nil),
	}
}

// uuidNamespaces are the namespaces of RFC 4122, appendix C.
var uuidNamespaces = map[string]string{
	"dns":  "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
	"url":  "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
	"oid":  "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
	"x500": "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
}

// parseUUID reads a UUID written as 32 hex digits, with or without the
// usual hyphens.
func parseUUID(s string) ([]byte, error) {
	digits := s
	if len(s) == 36 {
		if s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
			return nil, fmt.Errorf("%q is not a UUID", s)
		}
		digits = strings.ReplaceAll(s, "-", "")
	}
	b, err := hex.DecodeString(digits)
	if err != nil || len(b) != 16 {
		return nil, fmt.Errorf("%q is not a UUID", s)
	}
	return b, nil
}

// uuidV5Func makes a name-based UUID: the SHA-1 of the namespace's bytes
// followed by the name, with the version and variant bits set.
var uuidV5Func = function.New(&function.Spec{
	Description: "Returns a version 5 UUID for the name in the namespace (dns, url, oid, x500 or a UUID).",
	Params:      []function.Parameter{str("namespace"), str("name")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		ns := args[0].AsString()
		if known, ok := uuidNamespaces[ns]; ok {
			ns = known
		}
		nsBytes, err := parseUUID(ns)
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "uuidv5() doesn't support namespace %s", args[0].AsString())
		}
		sum := sha1Sum(append(nsBytes, args[1].AsString()...))
		u := sum[:16]
		u[6] = u[6]&0x0f | 0x50
		u[8] = u[8]&0x3f | 0x80
		h := hex.EncodeToString(u)
		return cty.StringVal(h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]), nil
	},
})
