package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestVersionStamp(t *testing.T) {
	oldV, oldC, oldD := version, commit, date
	t.Cleanup(func() { version, commit, date = oldV, oldC, oldD })

	version, commit, date = "v1.2.3", "0123456789abcdef", "2026-12-02T01:02:03Z"
	var out bytes.Buffer
	if err := newVersionCmd(&out).Execute(); err != nil {
		t.Fatal(err)
	}
	want := "tenantlint v1.2.3\ncommit: 0123456789abcdef\nbuilt: 2026-12-02T01:02:03Z\n"
	if out.String() != want {
		t.Errorf("version with linker flags:\n%q\nwant\n%q", out.String(), want)
	}

	// Without flags: the build info's version (a test binary has none, so
	// "dev"), and the VCS settings or "unknown"; never an empty field.
	version, commit, date = "", "", ""
	out.Reset()
	if err := newVersionCmd(&out).Execute(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 3 || lines[0] != "tenantlint dev" || !strings.HasPrefix(lines[1], "commit: ") || !strings.HasPrefix(lines[2], "built: ") {
		t.Fatalf("version without flags: %q", out.String())
	}
	for _, l := range lines {
		if strings.HasSuffix(l, ": ") {
			t.Errorf("empty field in %q", l)
		}
	}

	// A stamped value is printed cleaned: no control character reaches the terminal.
	commit = "abc\x1b[31m"
	out.Reset()
	if err := newVersionCmd(&out).Execute(); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out.String(), 0x1b) {
		t.Errorf("control character printed: %q", out.String())
	}
}
