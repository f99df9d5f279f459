#!/usr/bin/env bash
# Refreshes cmd/tenantlint/default.pgo, the CPU profile the Go toolchain uses
# for profile-guided optimisation of every build of the CLI (go build, go
# install, the release builds: -pgo=auto reads default.pgo from the main
# package's folder). The profile is the whole-scan benchmark over the shared
# corpus of real modules, with the CLI's own garbage-collector settings.
# Refresh it after large changes to the loader or the evaluator; a stale
# profile only optimises less, it never changes behaviour.
#
#   scripts/pgo-profile.sh [BENCHTIME]     (default 10x)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/corpus/real ] || { echo "no corpus at ../shared/corpus/real" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOGC=400 GOMEMLIMIT=320MiB go test ./lint/scan -run '^$' -bench ScanRealCorpus -benchtime "${1:-10x}" \
  -cpuprofile "$tmp/cpu.prof" -o "$tmp/scan.test" >/dev/null
cp "$tmp/cpu.prof" cmd/tenantlint/default.pgo
echo "wrote cmd/tenantlint/default.pgo ($(wc -c <cmd/tenantlint/default.pgo) bytes)"
