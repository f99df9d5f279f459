package lint_test

import "testing"

const fieldTF = `
variable "v" {
  default = "b"
}

resource "x_thing" "t" {
  obj = {
    a = {
      "b" = var.v
    }
    list = [{ c = 1 }]
  }
  doc = jsonencode({
    Statement = {
      Effect = "Allow"
    }
  })
  text = "{\"k\": 1}"
}
`

// TestFieldRanges: Field points at the item a literal object (or the argument
// of jsonencode) writes; Get keeps the argument's range.
func TestFieldRanges(t *testing.T) {
	m := loadModule(t, fieldTF)
	r := byAddress(m, "x_thing.t")
	obj := r.Attr("obj")
	if b := obj.Field("a").Field("b"); !b.Equals("b") || b.Range.Start.Line != 9 {
		t.Errorf("obj.a.b: %s at line %d, want line 9", b.Display(), b.Range.Start.Line)
	}
	if b := obj.Get("a").Get("b"); b.Range.Start.Line != 7 {
		t.Errorf("Get moved the range to line %d", b.Range.Start.Line)
	}
	if b := obj.Get("a").Field("b"); b.Range.Start.Line != 7 {
		t.Errorf("Field after Get must not guess a range: line %d", b.Range.Start.Line)
	}
	if c := obj.Field("list").Elements()[0].Field("c"); c.Range.Start.Line != 11 {
		t.Errorf("inside a list the range is the list's: line %d", c.Range.Start.Line)
	}
	if missing := obj.Field("a").Field("zz"); !missing.Null() || missing.Range.Start.Line != 8 {
		t.Errorf("absent key: line %d, want its object's (8)", missing.Range.Start.Line)
	}
	doc, ok := r.Attr("doc").JSON()
	if !ok {
		t.Fatal("doc is no JSON")
	}
	if e := doc.Field("Statement").Field("Effect"); !e.Equals("Allow") || e.Range.Start.Line != 15 {
		t.Errorf("jsonencode item: %s at line %d, want 15", e.Display(), e.Range.Start.Line)
	}
	text, ok := r.Attr("text").JSON()
	if !ok {
		t.Fatal("text is no JSON")
	}
	if k := text.Field("k"); !k.Equals(1) || k.Range.Start.Line != 18 {
		t.Errorf("decoded string: line %d, want the argument's (18)", k.Range.Start.Line)
	}
}
