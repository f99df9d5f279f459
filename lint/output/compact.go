package output

import (
	"fmt"
	"io"
	"strings"
)

// writeCompact writes one line per open finding and per diagnostic,
// file:line:col: severity: message [rule-id], the shape of Vim's and
// Neovim's default errorformat (and of most editors' problem matchers).
func writeCompact(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, f := range r.open() {
		fmt.Fprintf(&b, "%s: %s: %s [%s]\n", r.position(f.Range), f.Severity, clean(oneLine(f.Message)), f.Check.ID)
	}
	for _, d := range r.diagnostics() {
		if d.Subject != nil {
			fmt.Fprintf(&b, "%s: %s: %s\n", r.position(*d.Subject), d.Severity, clean(oneLine(diagLine(d))))
		} else {
			fmt.Fprintf(&b, "%s: %s: %s\n", r.Tool.Name, d.Severity, clean(oneLine(diagLine(d))))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine folds line breaks (and runs of blanks) into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\r", "")), " ")
}
