package lint

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/go-version"
)

// ProviderVersions is what the configuration says about the version of the
// provider a resource belongs to: the version constraints of
// required_providers in its own module and in every module that calls it
// (Terraform picks one version that satisfies them all), and the version
// .terraform.lock.hcl of the root module selected, when there is one.
// Checks whose provider default changed between majors ask it which majors
// are possible, and stay silent when more than one is.
type ProviderVersions struct {
	Constraints []string
	Locked      string
}

// Majors returns the candidate major versions that the lock file or the
// constraints allow, in the order given. With no constraint and no lock,
// every candidate is possible. A constraint that does not parse rules
// nothing out.
func (v ProviderVersions) Majors(candidates ...int) []int {
	if v.Locked != "" {
		if lv, err := version.NewVersion(v.Locked); err == nil {
			if major := lv.Segments()[0]; slices.Contains(candidates, major) {
				return []int{major}
			}
			return nil
		}
	}
	var cs []version.Constraints
	var points []*version.Version
	for _, s := range v.Constraints {
		c, err := version.NewConstraint(s)
		if err != nil {
			continue
		}
		cs = append(cs, c)
		for _, one := range c {
			if p, err := version.NewVersion(strings.TrimLeft(one.String(), "=!<>~ v")); err == nil {
				points = append(points, p)
			}
		}
	}
	var out []int
	for _, m := range candidates {
		if majorAllowed(m, cs, points) {
			out = append(out, m)
		}
	}
	return out
}

// Major returns the one major version among the candidates the
// configuration allows; ok is false when it allows none or several.
func (v ProviderVersions) Major(candidates ...int) (major int, ok bool) {
	ms := v.Majors(candidates...)
	if len(ms) != 1 {
		return 0, false
	}
	return ms[0], true
}

// majorAllowed says whether some version of major m satisfies every
// constraint. Constraints are unions of intervals whose ends are the versions
// they name, so trying m.0.0, just below m+1, and each named version of
// major m and its neighbours finds one if there is one.
func majorAllowed(m int, cs []version.Constraints, points []*version.Version) bool {
	tries := []string{strconv.Itoa(m) + ".0.0", strconv.Itoa(m) + ".99999.99999"}
	for _, p := range points {
		seg := p.Segments()
		if seg[0] != m {
			continue
		}
		tries = append(tries, p.Core().String(),
			strconv.Itoa(seg[0])+"."+strconv.Itoa(seg[1])+"."+strconv.Itoa(seg[2]+1),
			strconv.Itoa(seg[0])+"."+strconv.Itoa(seg[1]+1)+".0")
		if seg[2] > 0 {
			tries = append(tries, strconv.Itoa(seg[0])+"."+strconv.Itoa(seg[1])+"."+strconv.Itoa(seg[2]-1))
		} else if seg[1] > 0 {
			tries = append(tries, strconv.Itoa(seg[0])+"."+strconv.Itoa(seg[1]-1)+".99999")
		}
	}
	for _, t := range tries {
		tv, err := version.NewVersion(t)
		if err != nil {
			continue
		}
		all := true
		for _, c := range cs {
			if !c.Check(tv) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}
