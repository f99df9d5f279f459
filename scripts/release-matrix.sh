#!/usr/bin/env bash
# Builds the release matrix of .goreleaser.yaml with plain `go build` (the same targets,
# flags and linker stamps), then checks what a release promises:
#   - every target of .goreleaser.yaml is built, and no other;
#   - every binary is static (CGO_ENABLED=0 in its build info) for its GOOS/GOARCH;
#   - checksums.txt (SHA-256) verifies;
#   - the binary for this machine prints the stamped version, commit and date;
#   - the Dockerfile is FROM scratch, copies the binary alone and runs as non-root.
# Usage: scripts/release-matrix.sh [--per-os] [OUT_DIR]   (default: a temporary folder, removed)
#   --per-os builds one target per operating system (linux/amd64, darwin/arm64,
#   windows/amd64: each OS and each architecture once) instead of all six; CI uses it,
#   since every target costs a cold compile of the whole dependency tree (about 85 s
#   on a 2-core machine) and the code has no architecture-specific files.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

targets=(linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64)
if [ "${1:-}" = --per-os ]; then
  targets=(linux/amd64 darwin/arm64 windows/amd64)
  shift
  # The claim above: no file is built for one architecture only (by name or build tag).
  if git ls-files -- '*.go' '*.s' | grep -E '_(amd64|arm64|386|arm)(_test)?\.(go|s)$' ||
    git grep -lE '^//go:build.*\b(amd64|arm64|386|arm)\b' -- '*.go'; then
    fail "architecture-specific files exist: build all six targets"
  fi
fi
out=${1:-}
if [ -z "$out" ]; then
  out=$(mktemp -d "${TMPDIR:-/tmp}/tenantlint-release.XXXXXX")
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

# The matrix here is the matrix there.
cfg=.goreleaser.yaml
grep -qE '^\s+goos: \[linux, darwin, windows\]$' "$cfg" || fail "$cfg: goos is not [linux, darwin, windows]"
grep -qE '^\s+goarch: \[amd64, arm64\]$' "$cfg" || fail "$cfg: goarch is not [amd64, arm64]"
grep -qE '^\s+- CGO_ENABLED=0' "$cfg" || fail "$cfg: builds are not static (CGO_ENABLED=0)"
for v in version commit date; do
  grep -qE "^\s+- -X main\.$v=" "$cfg" || fail "$cfg: no -X main.$v stamp"
done
grep -qE '^\s+algorithm: sha256$' "$cfg" || fail "$cfg: checksums are not SHA-256"
grep -qE '^sboms:' "$cfg" || fail "$cfg: no SBOM"

# The image: the static binary alone, non-root.
grep -qx 'FROM scratch' Dockerfile || fail "Dockerfile is not FROM scratch"
[ "$(grep -c '^COPY ' Dockerfile)" = 1 ] || fail "Dockerfile copies more than the binary"
user=$(sed -n 's/^USER //p' Dockerfile)
case "$user" in "" | 0 | 0:* | root | root:*) fail "Dockerfile runs as root ('$user')" ;; esac

version=v0.0.0-ci
commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
date=$(git log -1 --format=%cI 2>/dev/null || echo unknown)
ldflags="-s -w -X main.version=$version -X main.commit=$commit -X main.date=$date"

for target in "${targets[@]}"; do
  os=${target%/*} arch=${target#*/}
  {
    ext=""
    [ "$os" = windows ] && ext=.exe
    dir="$out/tenantlint_${os}_${arch}"
    mkdir -p "$dir"
    start=$SECONDS
    CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "$ldflags" -o "$dir/tenantlint$ext" ./cmd/tenantlint
    info=$(go version -m "$dir/tenantlint$ext")
    grep -qE '^\s+build\s+CGO_ENABLED=0$' <<<"$info" || fail "$os/$arch: not built with CGO_ENABLED=0"
    grep -qE "^\s+build\s+GOOS=$os$" <<<"$info" || fail "$os/$arch: wrong GOOS"
    grep -qE "^\s+build\s+GOARCH=$arch$" <<<"$info" || fail "$os/$arch: wrong GOARCH"
    # -trimpath keeps -ldflags out of the build info: look for the stamped strings.
    for v in "$version" "$commit"; do
      grep -qaF -- "$v" "$dir/tenantlint$ext" || fail "$os/$arch: $v not stamped into the binary"
    done
    echo "   $os/$arch: $(wc -c <"$dir/tenantlint$ext") bytes in $((SECONDS - start)) s"
  }
done

(cd "$out" && find . -name 'tenantlint*' -type f | LC_ALL=C sort | xargs sha256sum >checksums.txt && sha256sum -c --quiet checksums.txt) ||
  fail "checksums.txt does not verify"
[ "$(wc -l <"$out/checksums.txt")" = ${#targets[@]} ] || fail "checksums.txt lists $(wc -l <"$out/checksums.txt") binaries, want ${#targets[@]}"

case "$(go env GOHOSTOS)/$(go env GOHOSTARCH)" in
  linux/amd64 | linux/arm64 | darwin/amd64 | darwin/arm64)
    native="$out/tenantlint_$(go env GOHOSTOS)_$(go env GOHOSTARCH)/tenantlint"
    got=$("$native" version)
    want=$(printf 'tenantlint %s\ncommit: %s\nbuilt: %s' "$version" "$commit" "$date")
    [ "$got" = "$want" ] || fail "the version stamp of $native:
$got
want
$want"
    echo "   $(go env GOHOSTOS)/$(go env GOHOSTARCH) binary: $(tr '\n' ' ' <<<"$got")"
    ;;
  *) fail "no release binary for this host to check the version stamp of" ;;
esac
echo "release matrix: OK (${#targets[@]} of the 6 targets built, static, checksums, version stamp, image)"
