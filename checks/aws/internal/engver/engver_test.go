package engver

import "testing"

func TestParse(t *testing.T) {
	for s, want := range map[string]Version{
		"6.2":   {6, 2, -1},
		"5.0.6": {5, 0, 6},
		"6.x":   {6, -1, -1},
		"7":     {7, -1, -1},
		"3.13":  {3, 13, -1},
	} {
		got, ok := Parse(s)
		if !ok || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "x", "6..2", "a.b", "1.2.3.4", "-1.0", "+1.0", "6.2-beta"} {
		if _, ok := Parse(s); ok {
			t.Errorf("Parse(%q) is ok, want not", s)
		}
	}
}

func TestAtLeast(t *testing.T) {
	for _, c := range []struct {
		v            string
		major, minor int
		want         bool
	}{
		{"6.2", 6, 2, true},
		{"6.0", 6, 2, false},
		{"6.x", 6, 2, true},
		{"5.0.6", 6, 0, false},
		{"7.0", 6, 2, true},
		{"6", 6, 2, true},
	} {
		v, _ := Parse(c.v)
		if got := v.AtLeast(c.major, c.minor); got != c.want {
			t.Errorf("%s.AtLeast(%d, %d) = %v, want %v", c.v, c.major, c.minor, got, c.want)
		}
	}
}
