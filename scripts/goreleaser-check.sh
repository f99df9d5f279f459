#!/usr/bin/env bash
# Runs `goreleaser check` on .goreleaser.yaml and records what was checked in
# .ci/goreleaser-checked (the file's SHA-256 and the goreleaser version), so that CI
# can skip building goreleaser from source (about 5 minutes on a cold machine) while
# the configuration is the one last checked. CI runs the check itself whenever the
# file or the version differs from the record.
#   scripts/goreleaser-check.sh          check, and record on success
#   scripts/goreleaser-check.sh --ci     check only when the record does not match
set -euo pipefail
cd "$(dirname "$0")/.."

GORELEASER_VERSION=v2.15.1
record=.ci/goreleaser-checked
want="$(sha256sum .goreleaser.yaml | cut -d' ' -f1) goreleaser ${GORELEASER_VERSION}"

if [ "${1:-}" = --ci ] && [ -f "$record" ] && [ "$(cat "$record")" = "$want" ]; then
  echo "   .goreleaser.yaml is the one checked with goreleaser ${GORELEASER_VERSION} ($record): not rebuilding goreleaser"
  exit 0
fi

bin="$(go env GOPATH)/bin/goreleaser"
if ! "$bin" --version 2>/dev/null | grep -qE "GitVersion:\s+${GORELEASER_VERSION}$"; then
  time GOFLAGS= go install "github.com/goreleaser/goreleaser/v2@${GORELEASER_VERSION}"
fi
"$bin" check
if [ "${1:-}" != --ci ]; then
  echo "$want" >"$record"
  echo "   recorded in $record"
fi
