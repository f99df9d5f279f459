#!/usr/bin/env bash
# Validates tenantlint's SARIF with Microsoft's SARIF validator, including
# GitHub code scanning's ingestion rules: any error or warning fails.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=5.7.0
(cd "$work" && npm install --silent --no-audit --no-fund --prefix "$work" "@microsoft/sarif-multitool@$version" >/dev/null)
tool="$work/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
chmod u+x "$tool" # its postinstall script does this; npm may not run install scripts

go build -o "$work/tenantlint" ./cmd/tenantlint
status=0
"$work/tenantlint" --format sarif="$work/examples.sarif" fixtures/examples >/dev/null || status=$?
if [ "$status" -ne 1 ]; then
  echo "scanning the examples: exit $status, want 1 (findings)" >&2
  exit 1
fi
cp lint/output/testdata/sarif.golden "$work/golden.sarif"

fail=0
for f in "$work/examples.sarif" "$work/golden.sarif"; do
  out=$("$tool" validate --rule-kind "Sarif;Gh" "$f" 2>&1) || { echo "$out"; fail=1; }
  if grep -E ": (error|warning) " <<<"$out"; then
    fail=1
  fi
  if ! grep -q "1 files scanned" <<<"$out"; then
    echo "$out"
    echo "the validator did not scan $f" >&2
    fail=1
  fi
  echo "$(basename "$f"): no errors, no warnings"
done
exit $fail
