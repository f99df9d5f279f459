package plan_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/plan"
)

func find(m *lint.Module, addr string) *lint.Resource {
	for _, r := range m.All() {
		if r.Address == addr {
			return r
		}
	}
	return nil
}

// TestPlanValues: after_unknown is unknown, after_sensitive is sensitive,
// nulls and unwritten empty blocks are absent, nested blocks are blocks, and
// a companion's reference (a plan holds an unknown ID) links through the
// configuration section's references.
func TestPlanValues(t *testing.T) {
	f, err := plan.Read("../../fixtures/plan/basic/plan.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	m := f.Module(plan.Options{}).Module
	if n := len(m.All()); n != 10 {
		t.Errorf("%d instances, want 10", n)
	}
	db := find(m, "aws_db_instance.main")
	if db == nil {
		t.Fatal("no aws_db_instance.main")
	}
	if pw := db.Attr("password"); !pw.Sensitive || pw.Display() != "(sensitive)" {
		t.Errorf("password: sensitive %v, shows %q", pw.Sensitive, pw.Display())
	}
	if !db.Attr("arn").Unknown() || !db.Attr("kms_key_id").Null() || db.Attr("tags").Set {
		t.Error("arn must be unknown, kms_key_id and tags absent")
	}
	if v, ok := db.Attr("allocated_storage").IntOr(0); !ok || v != 20 {
		t.Errorf("allocated_storage %d %v", v, ok)
	}
	b := find(m, `aws_s3_bucket.data["a"]`)
	if b == nil || len(b.Blocks("versioning")) != 0 || !b.Attr("versioning").Unknown() {
		t.Error(`aws_s3_bucket.data["a"]: versioning is unknown, not a block`)
	}
	v := find(m, `aws_s3_bucket_versioning.data["a"]`)
	if v == nil || !v.Block("versioning_configuration").Attr("status").Equals("Suspended") {
		t.Fatal("versioning_configuration block with status Suspended")
	}
	if !v.Block("versioning_configuration").Attr("mfa_delete").Unknown() {
		t.Error("mfa_delete inside the block must be unknown")
	}
	if refs := v.Attr("bucket").Refs(); len(refs) != 1 || refs[0] != b {
		t.Errorf("bucket links to %v, want the bucket of the same key", refs)
	}
	inner := find(m, "module.archive[1].aws_s3_bucket_versioning.this")
	if refs := inner.Attr("bucket").Refs(); len(refs) != 1 || refs[0].Address != "module.archive[1].aws_s3_bucket.this" {
		t.Errorf("module bucket links to %v", refs)
	}
	if inner.ModuleAddress != "module.archive[1]" || inner.DefRange.Filename != f.Name {
		t.Errorf("module address %q, file %q", inner.ModuleAddress, inner.DefRange.Filename)
	}
}

func TestIsPlanFile(t *testing.T) {
	if !plan.IsPlanFile("../../fixtures/plan/basic/plan.json") {
		t.Error("the fixture plan is not detected")
	}
	for _, p := range []string{"../../fixtures/plan/basic/main.tf", "../../fixtures/plan/basic", "../../fixtures/plan/basic/absent.json"} {
		if plan.IsPlanFile(p) {
			t.Errorf("%s taken for a plan", p)
		}
	}
}

// genPlan writes the JSON of a plan of n resources, as terraform show -json
// lays it out: planned_values, resource_changes and configuration.
func genPlan(n int) []byte {
	var pv, rc []string
	for i := range n {
		addr := fmt.Sprintf(`aws_s3_bucket_versioning.v[%d]`, i)
		vals := fmt.Sprintf(`{"bucket":"bucket-%d","expected_bucket_owner":null,"mfa":null,"versioning_configuration":[{"status":"Suspended","mfa_delete":"Disabled"}],"tags":{"team":"a","env":"prod"}}`, i)
		pv = append(pv, fmt.Sprintf(`{"address":%q,"mode":"managed","type":"aws_s3_bucket_versioning","name":"v","index":%d,"provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,"values":%s,"sensitive_values":{"versioning_configuration":[{}],"tags":{}}}`, addr, i, vals))
		rc = append(rc, fmt.Sprintf(`{"address":%q,"mode":"managed","type":"aws_s3_bucket_versioning","name":"v","index":%d,"provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["create"],"before":null,"after":%s,"after_unknown":{"id":true,"versioning_configuration":[{}]},"before_sensitive":false,"after_sensitive":{"versioning_configuration":[{}],"tags":{}}}}`, addr, i, vals))
	}
	return []byte(`{"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{"resources":[` +
		strings.Join(pv, ",\n") + `]}},"resource_changes":[` + strings.Join(rc, ",\n") +
		`],"configuration":{"root_module":{"resources":[{"address":"aws_s3_bucket_versioning.v","mode":"managed","type":"aws_s3_bucket_versioning","name":"v","expressions":{"bucket":{"references":["count.index"]},"versioning_configuration":[{"status":{"constant_value":"Suspended"}}]},"count_expression":{"constant_value":10000}}]}}}`)
}

// BenchmarkLoad10k decodes a plan of 10,000 resources and makes it a module.
func BenchmarkLoad10k(b *testing.B) {
	const n = 10000
	data := genPlan(n)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		f, err := plan.Decode("plan.json", data)
		if err != nil {
			b.Fatal(err)
		}
		if got := len(f.Module(plan.Options{}).Module.All()); got != n {
			b.Fatalf("%d resources", got)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/resource")
}
