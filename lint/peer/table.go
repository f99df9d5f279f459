// Package peer is the migration path from tfsec, trivy and checkov: a table
// from their check IDs to ours (kept as data: trivy.tsv and checkov.tsv),
// their inline ignore comments read as the tenantlint ignores they stand
// for, and the rewrite of those comments into tenantlint's own.
package peer

import (
	"bufio"
	"bytes"
	_ "embed" // the mapping tables
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Tools whose comments and IDs are understood.
const (
	Tfsec   = "tfsec"
	Trivy   = "trivy"
	Checkov = "checkov"
)

// Entry is one peer check.
type Entry struct {
	// AVD is the Aqua vulnerability database ID (AVD-AWS-0088) of a tfsec
	// and trivy check; "" for a checkov entry or when only Long is known.
	AVD string
	// Long is the tfsec long ID (aws-s3-enable-bucket-encryption).
	Long string
	// Checkov is a checkov ID (CKV_AWS_19).
	Checkov string
	// Ours are the tenantlint checks that implement its requirement; none
	// when Note says why there is no counterpart.
	Ours []string
	Note string
}

// IDs are the entry's peer IDs, in the forms the tools print.
func (e *Entry) IDs() []string {
	var out []string
	for _, id := range []string{e.AVD, e.Long, e.Checkov} {
		if id != "" {
			out = append(out, id)
		}
	}
	return out
}

// Tools names the tools that use the entry's IDs.
func (e *Entry) Tools() string {
	if e.Checkov != "" {
		return Checkov
	}
	return "tfsec and trivy"
}

//go:embed trivy.tsv
var trivyTSV []byte

//go:embed checkov.tsv
var checkovTSV []byte

var (
	avdRE     = regexp.MustCompile(`^(?:AVD-)?([A-Z0-9]+)-([0-9]{4})$`)
	longRE    = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)+$`)
	checkovRE = regexp.MustCompile(`^CKV2?_[A-Z0-9]+_[0-9]+$`)
)

// Table is the parsed mapping.
type Table struct {
	Entries []*Entry
	avd     map[string]*Entry
	long    map[string]*Entry
	checkov map[string]*Entry
	byOurs  map[string][]string
}

var loadTable = sync.OnceValues(func() (*Table, error) { return ParseTables(trivyTSV, checkovTSV) })

// Default is the embedded table. A table that does not parse (a test guards
// against it) is empty rather than a panic.
func Default() *Table {
	t, err := loadTable()
	if err != nil {
		t, _ = ParseTables(nil, nil)
	}
	return t
}

// LoadError is the embedded table's parse error, for the tests.
func LoadError() error {
	_, err := loadTable()
	return err
}

// ParseTables reads the trivy (tfsec) and checkov tables.
func ParseTables(trivy, checkov []byte) (*Table, error) {
	t := &Table{avd: map[string]*Entry{}, long: map[string]*Entry{}, checkov: map[string]*Entry{}, byOurs: map[string][]string{}}
	if err := t.read(trivy, 4, func(f []string) (*Entry, error) {
		e := &Entry{Note: f[3]}
		if f[0] != "-" {
			if !strings.HasPrefix(f[0], "AVD-") || !avdRE.MatchString(f[0]) {
				return nil, fmt.Errorf("AVD ID %q is not AVD-XXX-NNNN", f[0])
			}
			e.AVD = f[0]
		}
		if !longRE.MatchString(f[1]) {
			return nil, fmt.Errorf("long ID %q is not lower-case words joined by -", f[1])
		}
		e.Long = f[1]
		e.Ours = ours(f[2])
		return e, nil
	}); err != nil {
		return nil, fmt.Errorf("trivy.tsv: %w", err)
	}
	if err := t.read(checkov, 3, func(f []string) (*Entry, error) {
		if !checkovRE.MatchString(f[0]) {
			return nil, fmt.Errorf("checkov ID %q is not CKV_XXX_N or CKV2_XXX_N", f[0])
		}
		return &Entry{Checkov: f[0], Ours: ours(f[1]), Note: f[2]}, nil
	}); err != nil {
		return nil, fmt.Errorf("checkov.tsv: %w", err)
	}
	for k := range t.byOurs {
		slices.Sort(t.byOurs[k])
		t.byOurs[k] = slices.Compact(t.byOurs[k])
	}
	return t, nil
}

func ours(field string) []string {
	if field == "-" {
		return nil
	}
	return strings.Split(field, ",")
}

func (t *Table) read(data []byte, cols int, entry func([]string) (*Entry, error)) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("line %d: %d fields, want %d", n, len(f), cols)
		}
		e, err := entry(f)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if len(e.Ours) == 0 && strings.TrimSpace(e.Note) == "" {
			return fmt.Errorf("line %d: an unmapped ID needs a note saying why", n)
		}
		for _, slot := range []struct {
			m  map[string]*Entry
			id string
		}{{t.avd, e.AVD}, {t.long, e.Long}, {t.checkov, e.Checkov}} {
			if slot.id == "" {
				continue
			}
			if _, dup := slot.m[slot.id]; dup {
				return fmt.Errorf("line %d: %s is listed twice", n, slot.id)
			}
			slot.m[slot.id] = e
		}
		for _, o := range e.Ours {
			t.byOurs[o] = append(t.byOurs[o], e.IDs()...)
		}
		t.Entries = append(t.Entries, e)
	}
	return sc.Err()
}

// Lookup finds a peer ID in any form: AVD-AWS-0088, AWS-0088 (either case),
// a tfsec long ID, or a checkov ID.
func (t *Table) Lookup(id string) *Entry {
	id = strings.TrimSpace(id)
	up := strings.ToUpper(id)
	if checkovRE.MatchString(up) {
		return t.checkov[up]
	}
	if m := avdRE.FindStringSubmatch(up); m != nil {
		return t.avd["AVD-"+m[1]+"-"+m[2]]
	}
	return t.long[strings.ToLower(id)]
}

// LookupFor finds an ID the way tool reads it in its comments: tfsec and
// trivy take AVD and long IDs, checkov its own.
func (t *Table) LookupFor(tool, id string) *Entry {
	e := t.Lookup(id)
	if e == nil || (tool == Checkov) != (e.Checkov != "") {
		return nil
	}
	return e
}

// PeerIDs are the peer IDs that map to one of our checks, sorted.
func (t *Table) PeerIDs(ourID string) []string { return t.byOurs[ourID] }
