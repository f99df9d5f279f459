package lint

import (
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestLocalAddress(t *testing.T) {
	cases := []struct{ addr, mod, want string }{
		{"aws_s3_bucket.b", "", "aws_s3_bucket.b"},
		{"aws_s3_bucket.b[0]", "", "aws_s3_bucket.b"},
		{`module.a["x"].aws_s3_bucket.b["k[1]"]`, `module.a["x"]`, "aws_s3_bucket.b"},
		{"module.a.module.b[2].data.aws_iam_policy_document.d", "module.a.module.b[2]", "data.aws_iam_policy_document.d"},
	}
	for _, c := range cases {
		if got := LocalAddress(c.addr, c.mod); got != c.want {
			t.Errorf("LocalAddress(%q, %q) = %q, want %q", c.addr, c.mod, got, c.want)
		}
	}
}

// groupFixture: one module line (modules/disk/main.tf:2) reached from two
// root modules, one of them through a call with count = 2 and one
// instance that is fine.
func groupFixture() (fs []*Finding, idx *InstanceIndex, callA, callB hcl.Range) {
	c := &Check{ID: "aws-ec2-encrypt-volumes"}
	decl := hcl.Range{Filename: "modules/disk/main.tf", Start: hcl.Pos{Line: 1, Column: 1, Byte: 0}, End: hcl.Pos{Line: 1, Column: 30, Byte: 29}}
	at := hcl.Range{Filename: "modules/disk/main.tf", Start: hcl.Pos{Line: 2, Column: 15, Byte: 45}, End: hcl.Pos{Line: 2, Column: 20, Byte: 50}}
	callA = hcl.Range{Filename: "live/a/main.tf", Start: hcl.Pos{Line: 1, Column: 1, Byte: 0}, End: hcl.Pos{Line: 1, Column: 14, Byte: 13}}
	callB = hcl.Range{Filename: "live/b/main.tf", Start: hcl.Pos{Line: 4, Column: 1, Byte: 60}, End: hcl.Pos{Line: 4, Column: 14, Byte: 73}}
	mk := func(addr string, call hcl.Range) *Finding {
		return &Finding{Check: c, Message: "EBS volume " + addr + " is not encrypted", Range: at, Address: addr, Path: "encrypted",
			ModuleCalls: []hcl.Range{call}, Local: "aws_ebs_volume.this", Decl: decl}
	}
	fs = []*Finding{mk("module.disk[1].aws_ebs_volume.this", callB), mk("module.disk.aws_ebs_volume.this", callA), mk("module.disk[0].aws_ebs_volume.this", callB)}
	idx = NewInstanceIndex()
	idx.byDecl[keyOf(decl)] = []string{"module.disk.aws_ebs_volume.this", "module.disk[0].aws_ebs_volume.this", "module.disk[1].aws_ebs_volume.this", "module.disk[2].aws_ebs_volume.this"}
	return fs, idx, callA, callB
}

func addresses(ins []Instance) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Address)
	}
	return out
}

func TestGroupOneFindingPerPlace(t *testing.T) {
	fs, idx, _, _ := groupFixture()
	out := Group(SortFindings(fs), idx)
	if len(out) != 1 {
		t.Fatalf("%d findings, want 1", len(out))
	}
	g := out[0]
	want := []string{"module.disk.aws_ebs_volume.this", "module.disk[0].aws_ebs_volume.this", "module.disk[1].aws_ebs_volume.this"}
	if got := addresses(g.Instances); !slices.Equal(got, want) {
		t.Errorf("instances %v, want %v", got, want)
	}
	if !slices.Equal(g.NotFor, []string{"module.disk[2].aws_ebs_volume.this"}) {
		t.Errorf("not for %v", g.NotFor)
	}
	if g.Status != Open {
		t.Errorf("status %s", g.Status)
	}
}

// The fingerprint is the same whatever calls the module: adding or removing
// a caller keeps baselines and code-scanning alerts.
func TestGroupFingerprintStable(t *testing.T) {
	fs, idx, _, _ := groupFixture()
	all := Group(SortFindings(fs), idx)[0].Fingerprint("modules/disk/main.tf")
	for i := range fs {
		fs2, idx2, _, _ := groupFixture()
		one := Group(SortFindings([]*Finding{fs2[i]}), idx2)[0].Fingerprint("modules/disk/main.tf")
		if one != all {
			t.Errorf("caller %d alone: fingerprint %s, want %s", i, one, all)
		}
	}
}

// An ignore on one module call suppresses the instances reached through it;
// the finding stays open for the others and says which is which.
func TestGroupSuppressedThroughOneCall(t *testing.T) {
	fs, idx, _, callB := groupFixture()
	ig := &Ignore{Rules: []string{"aws-ec2-encrypt-volumes"}, Reason: "scratch", Comment: callB, Lines: []int{callB.Start.Line}}
	fs = SortFindings(fs)
	Suppress(fs, []*Ignore{ig}, SuppressOptions{})
	g := Group(fs, idx)
	if len(g) != 1 || g[0].Status != Open || g[0].Address != "module.disk.aws_ebs_volume.this" {
		t.Fatalf("got %d findings, first %+v; want one open finding on the unsuppressed instance", len(g), g[0])
	}
	for _, in := range g[0].Instances {
		want := Suppressed
		if in.Address == "module.disk.aws_ebs_volume.this" {
			want = Open
		}
		if in.Status != want {
			t.Errorf("%s: %s, want %s", in.Address, in.Status, want)
		}
	}
	// Every instance suppressed: the finding is.
	fs, idx, callA, _ := groupFixture()
	both := []*Ignore{ig, {Rules: []string{"*"}, Comment: callA, Lines: []int{callA.Start.Line}}}
	fs = SortFindings(fs)
	Suppress(fs, both, SuppressOptions{})
	if g := Group(fs, idx); len(g) != 1 || g[0].Status != Suppressed {
		t.Errorf("all instances suppressed: %+v", g)
	}
}

// Two findings equal but for their call chain (two roots calling the module
// the same way): the one SortFindings keeps lists both chains.
func TestSortFindingsFoldsChains(t *testing.T) {
	fs, idx, callA, callB := groupFixture()
	fs[0].Address, fs[2].Address = "module.disk.aws_ebs_volume.this", "module.disk.aws_ebs_volume.this"
	fs[0].ModuleCalls, fs[2].ModuleCalls = []hcl.Range{callB}, []hcl.Range{callB}
	fs[0].Message, fs[2].Message = fs[1].Message, fs[1].Message
	sorted := SortFindings(fs)
	if len(sorted) != 1 || len(sorted[0].Instances) != 3 {
		t.Fatalf("%d findings, want 1 holding 3 instances", len(sorted))
	}
	g := Group(sorted, idx)[0]
	if len(g.Instances) != 2 || !slices.EqualFunc(g.Instances[0].ModuleCalls, []hcl.Range{callA}, func(a, b hcl.Range) bool { return a == b }) {
		t.Errorf("instances %+v, want the chains through %v and %v", g.Instances, callA, callB)
	}
}
