package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the loader as a main.tf: it must never
// panic or hang, whatever the input.
func FuzzLoad(f *testing.F) {
	seeds := []string{
		"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n",
		"locals {\n  a = local.b\n  b = local.a\n}\n",
		"variable \"v\" {\n  type = map(object({ a = optional(string, \"x\") }))\n  default = { k = {} }\n}\nresource \"x\" \"y\" {\n  for_each = var.v\n  a = each.value.a\n}\n",
		"resource \"x\" \"y\" {\n  count = 1e12\n  dynamic \"b\" {\n    for_each = range(3)\n    content { v = b.value }\n  }\n}\n",
		"module \"m\" {\n  source = \"./\"\n}\n",
		"resource \"x\" \"y\" { a = [for i in [1,2,3] : i * 2 if i > 1][0] }",
		"resource \"x\" \"y\" { a = \"${\"",
		"locals {\n  a = [for x in range(1000) : [for y in range(1000) : [for z in range(1000) : z]]]\n}\n",
		"locals {\n  a = " + strings.Repeat("[", 2000) + "\n}\n",
		"locals {\n  a = <<EOT\n%{ for x in [1] }${x}%{ endfor }\nEOT\n}\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "main.tf"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		Load([]string{dir}, Options{MaxCount: 50, MaxInstances: 500})
	})
}
