package output

import (
	"encoding/xml"
	"io"
	"strings"
)

// writeXML writes a document with the XML declaration and two-space indents.
func writeXML(w io.Writer, doc any) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
