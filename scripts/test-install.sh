#!/usr/bin/env bash
# The install paths the README documents, as far as they work without publishing:
#   go install ./cmd/tenantlint      (the same build as `go install ...@latest`)
#   make build                       (when make is installed), stamped with git describe
# and that the installed binary runs and answers `version` and a scan.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tenantlint-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
cd "$src"

GOBIN="$tmp/gobin" go install ./cmd/tenantlint
exe="$tmp/gobin/tenantlint$(go env GOEXE)"
[ -x "$exe" ] || fail "go install did not produce $exe"
"$exe" version | grep -q '^tenantlint ' || fail "'tenantlint version' after go install"
status=0
"$exe" --quiet fixtures/examples/secure || status=$?
[ "$status" = 0 ] || fail "installed binary: exit $status on fixtures/examples/secure, want 0"
echo "   go install ./cmd/tenantlint: $("$exe" version)"

if command -v make >/dev/null 2>&1; then
  make -s build BIN="$tmp/make/tenantlint" VERSION=v9.9.9-test
  "$tmp/make/tenantlint" version | grep -qx 'tenantlint v9.9.9-test' || fail "make build did not stamp the version"
  echo "   make build: $("$tmp/make/tenantlint" version)"
else
  echo "   make is not installed; skipped make build"
fi
echo "install paths: OK"
