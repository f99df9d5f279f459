package workdir

import (
	"path/filepath"
	"testing"
)

func TestAbsAgreesWithFilepathAbs(t *testing.T) {
	t.Chdir(t.TempDir())
	d := Capture()
	for _, p := range []string{"a", "a/../b", ".", "./x/y/", "/abs/./c", "/abs/../d"} {
		want, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := d.Abs(p); got != want {
			t.Errorf("Abs(%q) = %q, filepath.Abs says %q", p, got, want)
		}
		if got, _ := (Dir{}).Abs(p); got != want {
			t.Errorf("zero Dir: Abs(%q) = %q, filepath.Abs says %q", p, got, want)
		}
	}
}

func TestCapturedFolderStaysAfterChdir(t *testing.T) {
	first := t.TempDir()
	t.Chdir(first)
	d := Capture()
	t.Chdir(t.TempDir())
	got, _ := d.Abs("f.tf")
	if want := filepath.Join(first, "f.tf"); got != want {
		t.Errorf("Abs after a chdir = %q, want %q (the folder captured)", got, want)
	}
}
