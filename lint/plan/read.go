// Package plan reads the JSON form of a Terraform plan (terraform show
// -json) into the same lint.Module the checks read when they run over
// source: the plan's addresses, its exact values where the source leaves
// them unknown, after_unknown as unknown, after_sensitive as sensitive. When
// the configuration's source is at hand, each planned resource is placed on
// the source block it comes from, so that findings point at .tf lines.
package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"

	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// MaxFileBytes is the largest plan file read: 64 MiB. A plan of 10,000
// resources written by terraform show -json is some 20-40 MB; decoding one
// takes several times its size in memory, so a larger file would not fit the
// scan's memory limit. A larger file is an error that says so.
const MaxFileBytes = 64 << 20

// File is a decoded plan and the name it was read from.
type File struct {
	Name string
	Plan *tfjson.Plan
	// lines are the 1-based lines, in the file, of the first mention of
	// each resource address: where a finding points without source.
	lines map[string]place
}

// place is a line and byte offset in the plan file.
type place struct{ line, byte int }

// Read decodes a plan file through the boundary (nil: anywhere). Every
// error names the file and says what is wrong: too large, not JSON, cut
// short, not a plan, a format version this reader does not know.
func Read(name string, b *confine.Boundary) (*File, error) {
	data, err := b.ReadFile(name, MaxFileBytes)
	if err != nil {
		if errors.Is(err, confine.ErrTooLarge) {
			return nil, fmt.Errorf("plan %s: the file is larger than %d MiB, the most a plan file may be", name, MaxFileBytes>>20)
		}
		return nil, fmt.Errorf("plan %s: %w", name, err)
	}
	return Decode(name, data)
}

// Decode decodes plan JSON read from name.
func Decode(name string, data []byte) (*File, error) {
	if err := sniff(data); err != nil {
		return nil, fmt.Errorf("plan %s: %w", name, err)
	}
	p := &tfjson.Plan{}
	p.UseJSONNumber(true)
	if err := p.UnmarshalJSON(data); err != nil {
		return nil, fmt.Errorf("plan %s: %s", name, describe(err, data))
	}
	if p.FormatVersion == "" || !strings.HasPrefix(p.FormatVersion, "1.") && !strings.HasPrefix(p.FormatVersion, "0.") {
		return nil, fmt.Errorf("plan %s: format_version %q is not one this reader knows (1.x)", name, p.FormatVersion)
	}
	return &File{Name: name, Plan: p, lines: addressLines(data)}, nil
}

// sniff rejects what is not a JSON object before the decoder sees it.
func sniff(data []byte) error {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) == 0 {
		return errors.New("the file is empty, not plan JSON (write one with terraform show -json tf.plan)")
	}
	if trimmed[0] != '{' {
		return errors.New("not plan JSON: it does not start with '{' (terraform plan -out writes a binary plan; convert it with terraform show -json tf.plan)")
	}
	return nil
}

// describe turns a decoding error into a sentence.
func describe(err error, data []byte) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || (errors.As(err, &se) && se.Offset >= int64(len(data))):
		return "the JSON ends before it is complete (a truncated file?)"
	case errors.As(err, &se):
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Sprintf("not valid JSON at line %d: %s", line, se.Error())
	case errors.As(err, &te):
		return fmt.Sprintf("not plan JSON: %s holds a %s where the plan format wants %s", te.Field, te.Value, te.Type)
	case strings.Contains(err.Error(), "format version is missing"):
		return "not plan JSON: it has no format_version (write one with terraform show -json tf.plan)"
	}
	return err.Error()
}

// IsPlanFile says whether a file given as a path to scan is plan JSON, by its
// content: a JSON object whose first 4 KiB hold the keys format_version and
// terraform_version or planned_values, which Terraform writes first.
// Terraform configuration in JSON (.tf.json) has neither.
func IsPlanFile(name string) bool {
	if strings.HasSuffix(name, ".tf.json") || strings.HasSuffix(name, ".tfvars.json") {
		return false
	}
	info, err := os.Stat(name)
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer func() { _ = f.Close() }()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return looksLikePlan(head[:n])
}

func looksLikePlan(head []byte) bool {
	trimmed := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return false
	}
	return bytes.Contains(trimmed, []byte(`"format_version"`)) &&
		(bytes.Contains(trimmed, []byte(`"terraform_version"`)) || bytes.Contains(trimmed, []byte(`"planned_values"`)))
}

// addressLines finds, in one pass, the line of the first "address": "..."
// key of each address. A key can only be matched outside a string: inside
// one its quotes would be escaped.
func addressLines(data []byte) map[string]place {
	out := map[string]place{}
	key := []byte(`"address"`)
	line, last := 1, 0
	for i := 0; ; {
		j := bytes.Index(data[i:], key)
		if j < 0 {
			return out
		}
		at := i + j
		line += bytes.Count(data[last:at], []byte("\n"))
		last = at
		k := at + len(key)
		for k < len(data) && (data[k] == ' ' || data[k] == '\t' || data[k] == '\n' || data[k] == '\r') {
			k++
		}
		i = k
		if k >= len(data) || data[k] != ':' {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(data[k+1:]))
		var s string
		if dec.Decode(&s) != nil {
			continue
		}
		if _, seen := out[s]; !seen {
			out[s] = place{line, at}
		}
		i = k + 1 + int(dec.InputOffset())
	}
}
