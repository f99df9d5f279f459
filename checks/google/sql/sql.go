// Package sql holds the checks for Cloud SQL instances: their network
// exposure, transport security, backups, encryption and the database flags
// the CIS Google Cloud benchmark asks for per engine.
package sql

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// instanceType is the resource every check reads.
const instanceType = "google_sql_database_instance"

// Engines, read from the prefix of database_version ("MYSQL_8_0",
// "POSTGRES_16", "SQLSERVER_2022_STANDARD").
const (
	mysql     = "MYSQL"
	postgres  = "POSTGRES"
	sqlserver = "SQLSERVER"
)

// engine returns the engine of an instance; ok is false when
// database_version is unknown, absent (the provider requires it) or names
// no engine this package knows.
func engine(r *lint.Resource) (string, bool) {
	v, ok := r.Attr("database_version").StringOr("")
	if !ok {
		return "", false
	}
	for _, e := range []string{mysql, postgres, sqlserver} {
		if strings.HasPrefix(strings.ToUpper(v), e+"_") {
			return e, true
		}
	}
	return "", false
}

// engineName is the engine as messages name it.
func engineName(e string) string {
	switch e {
	case mysql:
		return "MySQL"
	case postgres:
		return "PostgreSQL"
	}
	return "SQL Server"
}

// instancesOf returns the instances of the pass known to run engine e.
func instancesOf(p *lint.Pass, e string) []*lint.Resource {
	var out []*lint.Resource
	for _, r := range p.Resources() {
		if got, ok := engine(r); ok && got == e {
			out = append(out, r)
		}
	}
	return out
}

// replica says whether the instance may be a read replica (or its kind is
// unknown): master_instance_name set, or instance_type other than
// CLOUD_SQL_INSTANCE. A replica takes its backups and recovery from its
// primary.
func replica(r *lint.Resource) bool {
	master := r.Attr("master_instance_name")
	if !master.Null() {
		return true
	}
	kind, ok := r.Attr("instance_type").StringOr("CLOUD_SQL_INSTANCE")
	return !ok || kind != "CLOUD_SQL_INSTANCE"
}

// flag is what an instance's settings say about one database flag.
type flag struct {
	// Set is the database_flags block that names the flag, nil when none
	// does.
	Set *lint.Block
	// Value is the value argument of that block.
	Value lint.Attr
	// Known is false when it cannot be told: a block's name is unknown, so
	// it may be the flag.
	Known bool
}

// lookup finds the database flag name (case-insensitive, as Cloud SQL reads
// flag names) in the settings of r. The last block naming it wins, as the
// API keeps one value per flag.
func lookup(r *lint.Resource, name string) flag {
	out := flag{Known: true}
	for _, s := range r.Blocks("settings") {
		for _, f := range s.Blocks("database_flags") {
			n, ok := f.Attr("name").StringOr("")
			if !ok {
				out.Known = false
				continue
			}
			if strings.EqualFold(strings.TrimSpace(n), name) {
				out.Set, out.Value = f, f.Attr("value")
			}
		}
	}
	if out.Set != nil {
		out.Known = true
	}
	return out
}

// flagRule describes one database flag requirement.
type flagRule struct {
	engine string
	name   string
	// def is the value Cloud SQL uses when the flag is not set.
	def string
	// good says whether a value (lower-cased, trimmed) meets the
	// requirement.
	good func(v string) bool
	// want says the requirement for messages ("on", "off", "-1").
	want string
}

// run returns the Run of a flag check: for every instance of the engine,
// the flag's value (its default when no block sets it) must be good. An
// unknown name or value is not a finding.
func (fr flagRule) run() func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, r := range instancesOf(p, fr.engine) {
			f := lookup(r, fr.name)
			if !f.Known {
				continue
			}
			if f.Set == nil {
				if !fr.good(fr.def) {
					p.Reportf(r, "%s instance %s does not set the %q database flag: it defaults to %q (should be %s)",
						engineName(fr.engine), r.Address, fr.name, fr.def, fr.want)
				}
				continue
			}
			v, ok := f.Value.StringOr(fr.def)
			if !ok {
				continue
			}
			if !fr.good(strings.ToLower(strings.TrimSpace(v))) {
				at := lint.Subject(f.Value)
				if f.Value.Null() {
					at = f.Set
				}
				p.Reportf(at, "%s instance %s sets the %q database flag to %q (should be %s)",
					engineName(fr.engine), r.Address, fr.name, v, fr.want)
			}
		}
	}
}

// is returns a test that accepts exactly the values given.
func is(values ...string) func(string) bool {
	return func(v string) bool {
		for _, w := range values {
			if v == w {
				return true
			}
		}
		return false
	}
}
