#!/usr/bin/env bash
# The shell step of the tenantlint GitHub Action (action.yml). It gets the binary (built
# from the action's own source, or the release INPUT_VERSION downloaded and checked
# against the release's SHA-256 checksums), scans, writes SARIF, prints annotations,
# writes the job summary and sets the step outputs sarif-file and findings.
#
# Environment, as GitHub gives it: GITHUB_ACTION_PATH (this repository), GITHUB_WORKSPACE
# (the checkout to scan), GITHUB_OUTPUT (the outputs file), GITHUB_STEP_SUMMARY (the job
# summary; GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA make its links), RUNNER_TEMP (scratch space),
# and the inputs as INPUT_PATH, INPUT_ARGS, INPUT_FAIL_ON, INPUT_SARIF_FILE,
# INPUT_ANNOTATIONS, INPUT_VERSION. scripts/test-action.sh runs it the same way.
#
# Exit status: tenantlint's own (0 clean, 1 findings at or above fail-on, 2 usage error or
# nothing to scan, 3 some root had errors Terraform would reject, the findings for the rest
# still written); the outputs are written in every case, so a later upload step can still run.
#
# `action.sh key` only writes the output key=..., the cache key of the binary built from
# the action's source: OS, architecture and a hash of the Go sources.
set -euo pipefail

die() {
  echo "::error title=tenantlint action::$*"
  exit 2
}

: "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
: "${RUNNER_TEMP:?RUNNER_TEMP is not set}"
workspace=${GITHUB_WORKSPACE:-$PWD}

paths=${INPUT_PATH:-.}
args=${INPUT_ARGS:-}
fail_on=${INPUT_FAIL_ON:-}
sarif=${INPUT_SARIF_FILE:-}
annotations=${INPUT_ANNOTATIONS:-true}
version=${INPUT_VERSION:-}
new_from_rev=${INPUT_NEW_FROM_REV:-}
plan=${INPUT_PLAN:-}

case "$annotations" in
  true | True | TRUE | yes | 1) annotations=true ;;
  false | False | FALSE | no | 0 | "") annotations=false ;;
  *) die "annotations must be true or false, not '$annotations'" ;;
esac

# count_open FILE: the open findings in a compact report, one per line:
#   file:line:col: severity: message [rule-id]
count_open() {
  grep -cE '^.+:[0-9]+:[0-9]+: (critical|high|medium|low): .*\[[A-Za-z0-9_.-]+\]$' "$1" || true
}

# install_release VERSION DIR EXE: download the release archive of this OS and
# architecture and checksums.txt, verify the archive's SHA-256, and unpack the binary
# into DIR. TENANTLINT_RELEASE_URL replaces the download base (the local harness
# serves a fake release from a folder through file://).
install_release() {
  local ver=$1 dir=$2 ext=$3 os arch archive base tmp sum
  case "$ver" in
    v[0-9]*.[0-9]*.[0-9]*) ;;
    *) die "version must be a release tag such as v1.2.0, not '$ver'" ;;
  esac
  case "$ver" in *[!A-Za-z0-9.+-]*) die "version must be a release tag such as v1.2.0, not '$ver'" ;; esac
  case "${RUNNER_OS:-$(uname -s)}" in
    Linux | linux) os=linux ;;
    macOS | Darwin) os=darwin ;;
    Windows | MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) die "no release binary for this operating system (${RUNNER_OS:-$(uname -s)})" ;;
  esac
  case "${RUNNER_ARCH:-$(uname -m)}" in
    X64 | x86_64 | amd64) arch=amd64 ;;
    ARM64 | aarch64 | arm64) arch=arm64 ;;
    *) die "no release binary for this architecture (${RUNNER_ARCH:-$(uname -m)})" ;;
  esac
  archive="tenantlint_${ver#v}_${os}_${arch}.tar.gz"
  [ "$os" = windows ] && archive="${archive%.tar.gz}.zip"
  base="${TENANTLINT_RELEASE_URL:-https://github.com/tenantlint/tenantlint/releases/download}/$ver"
  tmp=$(mktemp -d "$RUNNER_TEMP/tenantlint-release.XXXXXX")
  echo "Downloading tenantlint $ver ($archive)"
  curl -fsSL --retry 3 --proto '=https,file' -o "$tmp/$archive" "$base/$archive" ||
    die "downloading $base/$archive failed"
  curl -fsSL --retry 3 --proto '=https,file' -o "$tmp/checksums.txt" "$base/checksums.txt" ||
    die "downloading $base/checksums.txt failed"
  sum=sha256sum
  command -v sha256sum >/dev/null 2>&1 || sum="shasum -a 256"
  grep -E "^[0-9a-f]{64}  $archive\$" "$tmp/checksums.txt" >"$tmp/want.txt" ||
    die "checksums.txt of $ver lists no $archive"
  (cd "$tmp" && $sum -c want.txt >/dev/null) ||
    die "checksum mismatch for $archive: refusing to run it"
  echo "Verified SHA-256 of $archive"
  if [ "$os" = windows ]; then
    unzip -q -o "$tmp/$archive" "tenantlint$ext" -d "$dir" || die "unpacking $archive failed"
  else
    tar -xzf "$tmp/$archive" -C "$dir" "tenantlint$ext" || die "unpacking $archive failed"
  fi
  chmod +x "$dir/tenantlint$ext"
  rm -rf "$tmp"
}

# source_key: what the built binary depends on, for the cache key.
source_key() {
  local sum=sha256sum
  command -v sha256sum >/dev/null 2>&1 || sum="shasum -a 256"
  (
    cd "$GITHUB_ACTION_PATH"
    find . -path '*/.*' -prune -o -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) ! -name '*_test.go' -print |
      LC_ALL=C sort | while IFS= read -r f; do
      printf '%s\n' "$f"
      cat "$f"
    done
  ) | $sum | cut -c1-16
}

if [ "${1:-}" = key ]; then
  echo "key=tenantlint-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-$(source_key)" >>"$GITHUB_OUTPUT"
  exit 0
fi

# The binary, kept in RUNNER_TEMP (restored by actions/cache in action.yml): built again
# only when the sources or the asked version differ from the stamp.
bindir="$RUNNER_TEMP/tenantlint-action"
mkdir -p "$bindir"
exe=""
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) exe=.exe ;; esac
bin="$bindir/tenantlint$exe"
if [ -n "$version" ]; then
  want="version=$version"
else
  want="source=$(source_key)"
fi
if [ ! -x "$bin" ] || [ "$(cat "$bindir/stamp" 2>/dev/null)" != "$want" ]; then
  rm -f "$bindir/stamp"
  if [ -n "$version" ]; then
    install_release "$version" "$bindir" "$exe"
  else
    echo "Building tenantlint from $GITHUB_ACTION_PATH"
    ldflags=""
    if [ -n "${TENANTLINT_ACTION_REF:-}" ]; then
      ldflags="-X main.version=${TENANTLINT_ACTION_REF}"
    fi
    (cd "$GITHUB_ACTION_PATH" && go build -buildvcs=false -ldflags "$ldflags" -o "$bin" ./cmd/tenantlint) ||
      die "building tenantlint from $GITHUB_ACTION_PATH failed"
  fi
  echo "$want" >"$bindir/stamp"
fi
"$bin" version

cd "$workspace"

if [ -z "$sarif" ]; then
  sarif="$RUNNER_TEMP/tenantlint.sarif"
fi
case "$sarif" in
  /* | [A-Za-z]:[\\/]*) ;;
  *) sarif="$workspace/$sarif" ;;
esac
mkdir -p "$(dirname "$sarif")"

scratch=$(mktemp -d "$RUNNER_TEMP/tenantlint.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Inputs split on whitespace; a value with spaces belongs in a --var-file.
read -r -a path_list <<<"$paths"
read -r -a extra <<<"$args"

cmd=("$bin" --no-color --format text --format "sarif=$sarif" --format "compact=$scratch/findings.txt" --format "json=$scratch/report.json")
if [ "$annotations" = true ]; then
  cmd+=(--format "github=$scratch/annotations.txt")
fi
case "$fail_on" in
  "") ;;
  none | never | off) cmd+=(--soft-fail) ;;
  *) cmd+=(--fail-on "$fail_on") ;;
esac
# On pull requests: only the findings the pull request adds. The base commit must be in
# the checkout; a shallow one gets just that commit from origin. Without the input every
# finding is reported, whatever new_from_rev the scanned .tenantlint.hcl sets.
if [ -n "$new_from_rev" ]; then
  case "$new_from_rev" in
    -* | *[!A-Za-z0-9._/~^@{}-]*)
      echo "::error::new-from-rev: not a revision: $new_from_rev" >&2
      printf 'sarif-file=\nfindings=0\n' >>"$GITHUB_OUTPUT"
      exit 2
      ;;
  esac
  if ! git -C "$workspace" cat-file -e "$new_from_rev^{commit}" 2>/dev/null; then
    echo "+ git fetch --no-tags --depth=1 origin $new_from_rev"
    git -C "$workspace" fetch --no-tags --depth=1 origin "$new_from_rev" ||
      {
        echo "::error::new-from-rev: $new_from_rev is not in the checkout and could not be fetched; use actions/checkout with fetch-depth: 0" >&2
        printf 'sarif-file=\nfindings=0\n' >>"$GITHUB_OUTPUT"
        exit 2
      }
  fi
  cmd+=(--new-from-rev "$new_from_rev")
else
  cmd+=(--all)
fi
if [ -n "$plan" ]; then
  cmd+=(--plan "$plan")
fi
cmd+=(${extra[@]+"${extra[@]}"} -- "${path_list[@]}")

echo "+ tenantlint ${cmd[*]:1}"
status=0
"${cmd[@]}" || status=$?

findings=0
if [ -f "$scratch/findings.txt" ]; then
  findings=$(count_open "$scratch/findings.txt")
fi
if [ -f "$scratch/annotations.txt" ]; then
  cat "$scratch/annotations.txt"
fi

# The job summary: counts, the top findings linked to their lines at this commit, and a
# note when GitHub's annotation limits hide some.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$scratch/report.json" ]; then
  blob=""
  if [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${GITHUB_SHA:-}" ]; then
    blob="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY/blob/$GITHUB_SHA"
  fi
  "$bin" job-summary --blob-url "$blob" "$scratch/report.json" >>"$GITHUB_STEP_SUMMARY" ||
    echo "::warning title=tenantlint action::could not write the job summary"
fi

{
  if [ -f "$sarif" ]; then
    echo "sarif-file=$sarif"
  else
    echo "sarif-file="
  fi
  echo "findings=$findings"
} >>"$GITHUB_OUTPUT"

echo "tenantlint: $findings open finding(s), exit status $status; SARIF: $sarif"
exit "$status"
