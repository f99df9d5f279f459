package output

import (
	"errors"
	"fmt"
)

// dropNullMembers copies a compact JSON document (as encoding/json writes
// it: no insignificant white space) leaving out the object members whose
// value is null; null items of arrays stay. It reads the bytes once, without
// decoding strings or numbers, so they come out exactly as they went in.
func dropNullMembers(src []byte) ([]byte, error) {
	n := nullDropper{src: src, out: make([]byte, 0, len(src))}
	if err := n.value(0); err != nil {
		return nil, err
	}
	if n.i != len(src) {
		return nil, n.errorf("trailing data")
	}
	return n.out, nil
}

// maxJSONDepth bounds the nesting dropNullMembers follows; SARIF logs nest
// about a dozen levels.
const maxJSONDepth = 10000

type nullDropper struct {
	src []byte
	i   int
	out []byte
}

func (n *nullDropper) errorf(msg string) error {
	return fmt.Errorf("JSON at byte %d: %s", n.i, msg)
}

var errJSONEnd = errors.New("unexpected end of JSON")

func (n *nullDropper) value(depth int) error {
	if depth > maxJSONDepth {
		return n.errorf("nested too deeply")
	}
	if n.i >= len(n.src) {
		return errJSONEnd
	}
	switch n.src[n.i] {
	case '{':
		return n.object(depth)
	case '[':
		return n.array(depth)
	case '"':
		end, err := n.stringEnd()
		if err != nil {
			return err
		}
		n.out = append(n.out, n.src[n.i:end]...)
		n.i = end
		return nil
	default:
		start := n.i
		for n.i < len(n.src) {
			switch n.src[n.i] {
			case ',', '}', ']':
				n.out = append(n.out, n.src[start:n.i]...)
				return nil
			}
			n.i++
		}
		n.out = append(n.out, n.src[start:]...)
		return nil
	}
}

// stringEnd returns the offset just past the string that starts at n.i.
func (n *nullDropper) stringEnd() (int, error) {
	for j := n.i + 1; j < len(n.src); j++ {
		switch n.src[j] {
		case '\\':
			j++
		case '"':
			return j + 1, nil
		}
	}
	return 0, errJSONEnd
}

// isNull reports whether the value at n.i is the literal null.
func (n *nullDropper) isNull() bool {
	rest := n.src[n.i:]
	if len(rest) < 4 || string(rest[:4]) != "null" {
		return false
	}
	return len(rest) == 4 || rest[4] == ',' || rest[4] == '}' || rest[4] == ']'
}

func (n *nullDropper) object(depth int) error {
	n.out = append(n.out, '{')
	n.i++
	first := true
	for {
		if n.i >= len(n.src) {
			return errJSONEnd
		}
		switch n.src[n.i] {
		case '}':
			n.out = append(n.out, '}')
			n.i++
			return nil
		case ',':
			n.i++
			continue
		case '"':
		default:
			return n.errorf("want a member name")
		}
		keyStart := n.i
		keyEnd, err := n.stringEnd()
		if err != nil {
			return err
		}
		if keyEnd >= len(n.src) || n.src[keyEnd] != ':' {
			return n.errorf("want ':' after a member name")
		}
		n.i = keyEnd + 1
		if n.isNull() {
			n.i += 4
			continue
		}
		if !first {
			n.out = append(n.out, ',')
		}
		first = false
		n.out = append(n.out, n.src[keyStart:keyEnd+1]...)
		if err := n.value(depth + 1); err != nil {
			return err
		}
	}
}

func (n *nullDropper) array(depth int) error {
	n.out = append(n.out, '[')
	n.i++
	for {
		if n.i >= len(n.src) {
			return errJSONEnd
		}
		switch n.src[n.i] {
		case ']':
			n.out = append(n.out, ']')
			n.i++
			return nil
		case ',':
			n.out = append(n.out, ',')
			n.i++
			continue
		}
		if err := n.value(depth + 1); err != nil {
			return err
		}
	}
}
