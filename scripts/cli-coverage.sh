#!/usr/bin/env bash
# Coverage of the code the CLI tests reach through the real binary
# (go build -cover; each run writes to GOCOVERDIR). Prints the total and the
# figure per package; CI runs it and the README states the total.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
TENANTLINT_COVERDIR="$dir" go test -count=1 ./cmd/tenantlint >/dev/null
go tool covdata percent -i "$dir" | sort
go tool covdata textfmt -i "$dir" -o "$dir/profile.txt"
go tool cover -func "$dir/profile.txt" | tail -1
