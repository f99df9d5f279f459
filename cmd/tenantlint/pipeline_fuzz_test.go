package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/output"
)

var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	return jsonschema.NewCompiler().Compile(filepath.Join("..", "..", "lint", "output", "testdata", "sarif-schema-2.1.0.json"))
})

// FuzzPipeline runs the whole scan on arbitrary input, a main.tf and a
// terraform.tfvars: load, evaluate, every check, every writer. Whatever the
// input, nothing panics, and every report parses (JSON, the SARIF 2.1.0
// schema, XML), holds no control character and no line that the Actions
// runner would execute. The committed seeds are in testdata/fuzz.
func FuzzPipeline(f *testing.F) {
	f.Add([]byte(plainVolume), []byte(""))
	f.Add([]byte("resource \"aws_ebs_volume\" \"x\" {\n  encrypted = var.e\n  tags = { n = \"\\u001b[2J\" }\n}\nvariable \"e\" {}\n"), []byte("e = false\n"))
	f.Fuzz(func(t *testing.T, tf, tfvars []byte) {
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "main.tf"), tf, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "terraform.tfvars"), tfvars, 0o644); err != nil {
			t.Fatal(err)
		}
		res := load.Load([]string{dir}, load.Options{MaxCount: 50, MaxInstances: 500})
		findings, diags := lint.Run(res.Modules, checks.All)
		report := &output.Report{
			Tool:        output.Tool{Name: "tenantlint", Version: "fuzz", InformationURI: "https://github.com/tenantlint/tenantlint"},
			Checks:      checks.All,
			Findings:    findings,
			Diagnostics: lint.SortDiagnostics(append(res.Diagnostics, diags...)),
			Modules:     res.Modules,
			Sources:     res.Sources,
			RepoRoot:    dir,
		}
		outs := map[string]string{}
		for _, name := range output.Formats() {
			w, _ := output.Lookup(name)
			var b bytes.Buffer
			if err := w(&b, report); err != nil {
				t.Fatalf("%s writer: %v", name, err)
			}
			outs[name] = b.String()
		}
		assertClean(t, outs)
		schema, err := sarifSchema()
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(outs["sarif"])))
		if err != nil {
			t.Fatalf("SARIF does not parse: %v", err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Fatalf("SARIF does not match the 2.1.0 schema: %v", err)
		}
	})
}
