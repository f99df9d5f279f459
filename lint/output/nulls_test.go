package output

import "testing"

func TestDropNullMembers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"a":null}`, `{}`},
		{`{"a":null,"b":1}`, `{"b":1}`},
		{`{"a":1,"b":null}`, `{"a":1}`},
		{`{"a":1,"b":null,"c":true}`, `{"a":1,"c":true}`},
		{`[null,1,null]`, `[null,1,null]`},
		{`{"null":"null","n":nullx}`, `{"null":"null","n":nullx}`},
		{`{"s":"quote \" and null,\\","t":null}`, `{"s":"quote \" and null,\\"}`},
		{`{"deep":{"x":[{"y":null,"z":{"w":null}}]},"e":[]}`, `{"deep":{"x":[{"z":{}}]},"e":[]}`},
		{`{"k":"<&>","n":-1.5e3}`, `{"k":"<&>","n":-1.5e3}`},
		{`"plain"`, `"plain"`},
		{`null`, `null`},
	} {
		got, err := dropNullMembers([]byte(tc.in))
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if string(got) != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, bad := range []string{`{"a":1`, `{"a"`, `["x`, `{1:2}`, `{"a" 1}`, `[1]]`, ``} {
		if got, err := dropNullMembers([]byte(bad)); err == nil {
			t.Errorf("%q: no error, got %s", bad, got)
		}
	}
}
