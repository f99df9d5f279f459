package plan

import "strings"

// moduleNames returns the module call names of a module instance address:
// module.a["x"].module.b is [a b]. Instance keys, which may hold dots and
// brackets inside quotes, are skipped.
func moduleNames(addr string) []string {
	var out []string
	for addr != "" {
		if !strings.HasPrefix(addr, "module.") {
			return out
		}
		addr = addr[len("module."):]
		end := strings.IndexAny(addr, ".[")
		if end < 0 {
			return append(out, addr)
		}
		out = append(out, addr[:end])
		addr = skipKey(addr[end:])
		addr = strings.TrimPrefix(addr, ".")
	}
	return out
}

// skipKey drops a leading instance key ("[0]", "[\"a.b\"]") from s.
func skipKey(s string) string {
	if !strings.HasPrefix(s, "[") {
		return s
	}
	inQuote := false
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if inQuote {
				i++
			}
		case '"':
			inQuote = !inQuote
		case ']':
			if !inQuote {
				return s[i+1:]
			}
		}
	}
	return ""
}

// declOf is an instance address without any instance key: the declaration
// it comes from (module.a.aws_s3_bucket.b for module.a["x"].aws_s3_bucket.b[0]).
func declOf(addr string) string {
	var b strings.Builder
	for addr != "" {
		i := strings.IndexByte(addr, '[')
		if i < 0 {
			b.WriteString(addr)
			break
		}
		b.WriteString(addr[:i])
		addr = skipKey(addr[i:])
	}
	return b.String()
}

// instanceKey is the trailing instance key of an address ("[0]",
// "[\"k\"]"), "" without one.
func instanceKey(addr string) string {
	decl := declOf(addr)
	if decl == addr {
		return ""
	}
	// The key is what follows the last name segment of the declaration.
	last := decl[strings.LastIndexByte(decl, '.')+1:]
	i := strings.LastIndex(addr, "."+last+"[")
	if i < 0 {
		return ""
	}
	return addr[i+len(last)+1:]
}

// DeclOf is an instance address without instance keys: the declaration it
// comes from.
func DeclOf(addr string) string { return declOf(addr) }

// Declarations are the declarations of the plan's resource instances.
func (f *File) Declarations() map[string]bool {
	out := map[string]bool{}
	for _, in := range f.instances() {
		out[declOf(in.addr)] = true
	}
	return out
}
