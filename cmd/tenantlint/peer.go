package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint/docs"
	"github.com/tenantlint/tenantlint/lint/peer"
)

// explainPeer explains the checks of ours that a tfsec, trivy or checkov ID
// maps to, or says why none does.
func explainPeer(w io.Writer, id string) error {
	e := peer.Default().Lookup(id)
	names := strings.Join(e.IDs(), ", ")
	if len(e.Ours) == 0 {
		_, err := fmt.Fprintf(w, "%s (%s) has no tenantlint counterpart: %s.\n", names, e.Tools(), e.Note)
		return err
	}
	head := fmt.Sprintf("%s (%s) is tenantlint's %s", names, e.Tools(), strings.Join(e.Ours, ", "))
	if e.Note != "" {
		head += " (" + e.Note + ")"
	}
	if _, err := fmt.Fprintf(w, "%s.\nIgnore it with: # tenantlint:ignore:%s -- reason\n", head, strings.Join(e.Ours, ",")); err != nil {
		return err
	}
	for _, our := range e.Ours {
		c := checks.ByID(our)
		if c == nil {
			continue
		}
		if _, err := io.WriteString(w, "\n"+docs.Page(c)); err != nil {
			return err
		}
	}
	return nil
}
