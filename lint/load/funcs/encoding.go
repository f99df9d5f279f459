package funcs

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
)

func encodingFuncs() map[string]function.Function {
	return map[string]function.Function{
		"base64encode": stringFunc("Encodes the string's UTF-8 bytes in Base64.", func(s string) (string, error) {
			return base64.StdEncoding.EncodeToString([]byte(s)), nil
		}),
		"base64decode": stringFunc("Decodes Base64 into a UTF-8 string.", decodeBase64UTF8),
		"base64gzip":   stringFunc("Compresses the string with gzip and encodes the result in Base64.", gzipBase64),
		"urlencode": stringFunc("Escapes the string for use in a URL query.", func(s string) (string, error) {
			return url.QueryEscape(s), nil
		}),
		"textencodebase64": textEncodeFunc,
		"textdecodebase64": textDecodeFunc,
		"yamlencode":       yamlEncodeFunc,
		"yamldecode":       yamlDecodeFunc,
	}
}

func decodeBase64UTF8(s string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", fmt.Errorf("failed to decode base64 data: %w", err)
	}
	if !utf8.Valid(b) {
		return "", errors.New("the result of decoding the provided string is not valid UTF-8")
	}
	return string(b), nil
}

func gzipBase64(s string) (string, error) {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// textEncoding finds a character encoding by its IANA name.
func textEncoding(name string) (encoding.Encoding, error) {
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return nil, function.NewArgErrorf(1, "%q is not a supported IANA encoding name", name)
	}
	return enc, nil
}

var textEncodeFunc = function.New(&function.Spec{
	Description: "Encodes the string in the named character encoding, then in Base64.",
	Params:      []function.Parameter{str("string"), str("encoding")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		enc, err := textEncoding(args[1].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		b, err := enc.NewEncoder().Bytes([]byte(args[0].AsString()))
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "the string cannot be encoded in %s: %s", args[1].AsString(), err)
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
	},
})

var textDecodeFunc = function.New(&function.Spec{
	Description: "Decodes Base64 text in the named character encoding into a string.",
	Params:      []function.Parameter{str("source"), str("encoding")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		enc, err := textEncoding(args[1].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		raw, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "failed to decode base64 data: %s", err)
		}
		b, err := enc.NewDecoder().Bytes(raw)
		if err != nil || !utf8.Valid(b) {
			return cty.NilVal, function.NewArgErrorf(0, "the data is not valid %s text", args[1].AsString())
		}
		return cty.StringVal(string(b)), nil
	},
})
