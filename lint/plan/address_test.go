package plan

import (
	"slices"
	"testing"
)

func TestAddressParts(t *testing.T) {
	for _, c := range []struct {
		addr, decl, key string
		mods            []string
	}{
		{"aws_s3_bucket.b", "aws_s3_bucket.b", "", nil},
		{"aws_s3_bucket.b[0]", "aws_s3_bucket.b", "[0]", nil},
		{`module.a["x.y]"].module.b.aws_s3_bucket.c["k"]`, "module.a.module.b.aws_s3_bucket.c", `["k"]`, []string{"a", "b"}},
		{`module.a[1].data.aws_iam_policy_document.d`, "module.a.data.aws_iam_policy_document.d", "", []string{"a"}},
	} {
		if got := declOf(c.addr); got != c.decl {
			t.Errorf("declOf(%s) = %s, want %s", c.addr, got, c.decl)
		}
		if got := instanceKey(c.addr); got != c.key {
			t.Errorf("instanceKey(%s) = %s, want %s", c.addr, got, c.key)
		}
		if got := moduleNames(c.addr); !slices.Equal(got, c.mods) {
			t.Errorf("moduleNames(%s) = %v, want %v", c.addr, got, c.mods)
		}
	}
}
