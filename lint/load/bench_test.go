package load

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// genCorpus writes modules root modules of files .tf files each, using
// variables, locals, for_each, count, dynamic blocks and a shared module.
func genCorpus(b *testing.B, modules, files int) (string, int) {
	b.Helper()
	dir := b.TempDir()
	shared := `variable "name" { type = string }
variable "rules" {
  type    = list(object({ port = number, cidr = string }))
  default = []
}
resource "aws_security_group" "this" {
  name = var.name
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }
}
output "id" { value = aws_security_group.this.id }
`
	count := 0
	write := func(p, s string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			b.Fatal(err)
		}
		count++
	}
	write(filepath.Join(dir, "modules", "sg", "main.tf"), shared)
	for m := range modules {
		root := filepath.Join(dir, fmt.Sprintf("stack%03d", m))
		write(filepath.Join(root, "variables.tf"), `variable "env" {
  type    = string
  default = "dev"
}
variable "sizes" {
  type    = map(number)
  default = { a = 8, b = 16, c = 32 }
}
`)
		write(filepath.Join(root, "locals.tf"), `locals {
  prefix  = "${var.env}-stack"
  encrypt = var.env == "prod"
  rules   = [for p in [22, 443, 5432] : { port = p, cidr = "10.0.0.0/8" }]
}
`)
		write(filepath.Join(root, "sg.tf"), `module "sg" {
  source = "../modules/sg"
  name   = local.prefix
  rules  = local.rules
}
`)
		for f := 3; f < files; f++ {
			write(filepath.Join(root, fmt.Sprintf("res%02d.tf", f)), fmt.Sprintf(`resource "aws_ebs_volume" "v%[1]d" {
  for_each          = var.sizes
  availability_zone = "eu-west-1a"
  size              = each.value
  encrypted         = local.encrypt
  tags              = merge({ Name = "${local.prefix}-%[1]d-${each.key}" }, { sg = module.sg.id })
}
resource "aws_s3_bucket" "b%[1]d" {
  count  = 2
  bucket = "${local.prefix}-%[1]d-${count.index}"
}
`, f))
		}
	}
	return dir, count
}

// BenchmarkLoadGenerated loads about 2,000 files across 200 root modules.
func BenchmarkLoadGenerated(b *testing.B) {
	dir, files := genCorpus(b, 200, 10)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res := Load([]string{dir}, Options{})
		if len(res.Modules) != 200 {
			b.Fatalf("modules = %d", len(res.Modules))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(files), "ns/file")
}

// BenchmarkLoadRealCorpus loads the shared corpus of real public modules when
// it is there (a clone of the project alone has none).
func BenchmarkLoadRealCorpus(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "real")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no shared corpus at " + dir)
	}
	files := 0
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, _ error) error {
		if d != nil && !d.IsDir() && strings.HasSuffix(p, ".tf") {
			files++
		}
		return nil
	})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Load([]string{dir}, Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(files), "ns/file")
}
