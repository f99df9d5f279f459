package lint

import (
	"slices"
	"testing"
)

func TestProviderMajors(t *testing.T) {
	cases := []struct {
		v    ProviderVersions
		want []int
	}{
		{ProviderVersions{}, []int{3, 4}},
		{ProviderVersions{Constraints: []string{"~> 3.0"}}, []int{3}},
		{ProviderVersions{Constraints: []string{"~> 3.116"}}, []int{3}},
		{ProviderVersions{Constraints: []string{">= 3.50"}}, []int{3, 4}},
		{ProviderVersions{Constraints: []string{">= 3.50", "< 4.0"}}, []int{3}},
		{ProviderVersions{Constraints: []string{">= 3.50, < 5.0"}}, []int{3, 4}},
		{ProviderVersions{Constraints: []string{">= 4.0"}}, []int{4}},
		{ProviderVersions{Constraints: []string{"~> 4.1"}, Locked: ""}, []int{4}},
		{ProviderVersions{Constraints: []string{"= 3.117.1"}}, []int{3}},
		{ProviderVersions{Constraints: []string{">= 3.0, < 3.5"}}, []int{3}},
		{ProviderVersions{Constraints: []string{"> 3.5, != 4.0.0"}}, []int{3, 4}},
		{ProviderVersions{Constraints: []string{"< 4.0.1", "> 3.99999.99999"}}, []int{3, 4}},
		{ProviderVersions{Constraints: []string{"~> 4.0.0"}}, []int{4}},
		{ProviderVersions{Constraints: []string{"< 3.0"}}, nil},
		{ProviderVersions{Constraints: []string{"~> 3.0", ">= 4.0"}}, nil},
		{ProviderVersions{Constraints: []string{"not a constraint"}}, []int{3, 4}},
		{ProviderVersions{Constraints: []string{">= 3.0"}, Locked: "4.12.0"}, []int{4}},
		{ProviderVersions{Locked: "2.99.0"}, nil},
	}
	for _, c := range cases {
		if got := c.v.Majors(3, 4); !slices.Equal(got, c.want) {
			t.Errorf("%+v: majors %v, want %v", c.v, got, c.want)
		}
	}
	if m, ok := (ProviderVersions{Constraints: []string{"~> 4.0"}}).Major(3, 4); !ok || m != 4 {
		t.Errorf("Major: %d, %v; want 4", m, ok)
	}
	if _, ok := (ProviderVersions{}).Major(3, 4); ok {
		t.Error("Major with nothing pinned must not choose")
	}
}
