package main

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint/scan"
)

// TestOffline runs the binary with no network at all (a fresh network namespace from
// unshare -n, where only a downed loopback exists) and with every proxy variable pointing
// at a closed port, and expects the same bytes as a normal run: tenantlint reads files
// and nothing else.
func TestOffline(t *testing.T) {
	args := []string{"--no-color", "--format", "sarif", "fixtures/examples"}
	root := filepath.Join("..", "..")
	want := runBin(t, root, nil, args...)
	if want.code != scan.ExitFindings || !strings.Contains(want.stdout, `"ruleId"`) {
		t.Fatalf("normal run: exit %d, want 1 with findings\n%s%s", want.code, want.stdout, want.stderr)
	}

	dead := "http://127.0.0.1:9"
	proxies := []string{
		"HTTP_PROXY=" + dead, "HTTPS_PROXY=" + dead, "ALL_PROXY=" + dead, "NO_PROXY=",
		"http_proxy=" + dead, "https_proxy=" + dead, "all_proxy=" + dead, "no_proxy=",
	}
	got := runBin(t, root, proxies, args...)
	if got.code != want.code || got.stdout != want.stdout || got.stderr != want.stderr {
		t.Errorf("with proxies pointing nowhere the output differs: exit %d\n%s%s", got.code, got.stdout, got.stderr)
	}

	prefix, why := netnsPrefix()
	if prefix == nil {
		t.Skipf("cannot run without a network here (%s); the proxy run above passed", why)
	}
	argv := append(append(prefix, bin), args...)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = root
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	if code != want.code || out.String() != want.stdout || errb.String() != want.stderr {
		t.Errorf("under %s the output differs: exit %d\n%s%s", strings.Join(prefix, " "), code, out.String(), errb.String())
	}
}

// netnsPrefix returns the command prefix that runs a program in a new, empty network
// namespace, or nil and the reason when this machine does not allow it.
func netnsPrefix() ([]string, string) {
	if runtime.GOOS != "linux" {
		return nil, "network namespaces are Linux only"
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		return nil, "no unshare command"
	}
	var last string
	// As root a plain new network namespace; otherwise map the user to root in a new
	// user namespace first, where unprivileged user namespaces are enabled.
	for _, p := range [][]string{{unshare, "--net"}, {unshare, "--map-root-user", "--net"}} {
		out, err := exec.Command(p[0], append(p[1:], "true")...).CombinedOutput()
		if err == nil {
			return p, ""
		}
		last = strings.TrimSpace(string(out))
		if last == "" {
			last = err.Error()
		}
	}
	return nil, "unshare: " + last
}

// TestNoNetworkCode keeps the promise checkable: nothing the binary links can speak
// HTTP or TLS, or start another program.
func TestNoNetworkCode(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	forbidden := map[string]string{
		"net/http":   "an HTTP client",
		"crypto/tls": "TLS connections",
		"net/rpc":    "RPC",
		"net/smtp":   "mail",
		"os/exec":    "running other programs (terraform, git, a downloader)",
	}
	for _, pkg := range strings.Fields(string(out)) {
		if why, ok := forbidden[pkg]; ok && pkg != "os/exec" {
			t.Errorf("tenantlint links %s, which would allow %s: the tool must stay offline", pkg, why)
		}
	}
	// os/exec is linked for one package alone: lint/gitrev runs git's
	// plumbing (rev-parse, ls-tree, ls-files, cat-file) for --new-from-rev
	// and --staged, reading local objects with lazy fetching off. No other
	// package may start a program.
	imports, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.SplitSeq(string(imports), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "github.com/tenantlint/tenantlint/lint/gitrev" {
			continue
		}
		for _, imp := range f[1:] {
			if imp == "os/exec" {
				t.Errorf("%s imports os/exec, which would allow %s: only lint/gitrev may run a program (git)", f[0], forbidden["os/exec"])
			}
		}
	}
}
