#!/usr/bin/env bash
# Runs the GitHub Action's shell step (scripts/action.sh) the way the runner does: the
# environment GitHub gives a composite action step (GITHUB_ACTION_PATH, GITHUB_WORKSPACE,
# GITHUB_OUTPUT, RUNNER_TEMP, INPUT_*), a workspace that is a git checkout holding bad and
# good Terraform, and a working directory that is not the workspace. Asserts the exit
# status, the outputs, the annotations, the SARIF, the job summary and the download of a
# released version (from a fake release folder, checksum checked).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tenantlint-action.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

ws="$tmp/workspace"
runner_temp="$tmp/runner-temp" # one per job on GitHub: kept across runs, as there
mkdir -p "$ws/infra/app" "$ws/infra/ok" "$runner_temp"
mkdir "$ws/.git" # a checkout: SARIF paths are relative to it
cat >"$ws/infra/app/main.tf" <<'EOF'
variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = var.encrypted
}
EOF
cat >"$ws/infra/ok/main.tf" <<'EOF'
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = true
}
EOF

# action NAME=VALUE...: run the action step with these inputs; sets $status, $out (the
# step log) and $outputs (the GITHUB_OUTPUT file).
action() {
  outputs="$tmp/github-output"
  : >"$outputs"
  status=0
  (
    cd / # GitHub starts the step in the workspace; the script must not depend on it
    env -u INPUT_PATH -u INPUT_ARGS -u INPUT_FAIL_ON -u INPUT_SARIF_FILE -u INPUT_ANNOTATIONS -u INPUT_VERSION -u INPUT_NEW_FROM_REV -u INPUT_PLAN \
      -u GITHUB_STEP_SUMMARY -u GITHUB_REPOSITORY -u GITHUB_SHA -u TENANTLINT_RELEASE_URL \
      GITHUB_ACTION_PATH="$src" GITHUB_WORKSPACE="$ws" GITHUB_OUTPUT="$outputs" RUNNER_TEMP="$runner_temp" \
      INPUT_ANNOTATIONS=true "$@" bash "$src/scripts/action.sh"
  ) >"$tmp/log" 2>&1 || status=$?
  out=$(cat "$tmp/log")
}
output() { sed -n "s/^$1=//p" "$outputs"; }
expect() { # expect STATUS FINDINGS WHAT
  if [ "$status" != "$1" ] || [ "$(output findings)" != "$2" ]; then
    echo "$out"
    echo "outputs:"
    cat "$outputs"
    fail "$3: exit $status findings $(output findings), want exit $1 findings $2"
  fi
}

echo "-- bad Terraform, default inputs"
action INPUT_PATH=infra/app
expect 1 1 "bad"
sarif=$(output sarif-file)
[ "$sarif" = "$runner_temp/tenantlint.sarif" ] || fail "sarif-file output '$sarif', want \$RUNNER_TEMP/tenantlint.sarif"
[ -s "$sarif" ] || fail "no SARIF at $sarif"
grep -q '"version": "2.1.0"' "$sarif" || fail "SARIF lacks version 2.1.0"
grep -q '"ruleId": "aws-ec2-encrypt-volumes"' "$sarif" || fail "SARIF lacks the finding"
grep -q '"uri": "infra/app/main.tf"' "$sarif" || fail "SARIF URI is not relative to the repository root"
if command -v python3 >/dev/null 2>&1; then
  python3 -m json.tool "$sarif" >/dev/null || fail "SARIF is not valid JSON"
fi
grep -Eq '^::(error|warning|notice) file=infra/app/main.tf,line=9' <<<"$out" || { echo "$out"; fail "no annotation on infra/app/main.tf line 9"; }
grep -q 'aws-ec2-encrypt-volumes' <<<"$out" || fail "the log lacks the finding"

echo "-- good Terraform"
action INPUT_PATH=infra/ok
expect 0 0 "good"
grep -q '"results": \[\]' "$(output sarif-file)" || fail "SARIF of a clean scan has results"
if grep -q '^::' <<<"$out"; then
  echo "$out"
  fail "annotations on a clean scan"
fi

echo "-- fail-on"
action INPUT_PATH=infra/app INPUT_FAIL_ON=critical
expect 0 1 "fail-on critical with a high finding"
action INPUT_PATH=infra/app INPUT_FAIL_ON=none
expect 0 1 "fail-on none"
action INPUT_PATH=infra/app INPUT_FAIL_ON=high
expect 1 1 "fail-on high"
action INPUT_PATH=infra/app INPUT_FAIL_ON=severe
expect 2 0 "fail-on with a bad severity"

echo "-- args, sarif-file, annotations, several paths"
action INPUT_PATH=infra/app "INPUT_ARGS=--var encrypted=true"
expect 0 0 "--var encrypted=true"
action INPUT_PATH=infra/app "INPUT_ARGS=--exclude aws-ec2-* --include aws-*"
expect 0 0 "--exclude"
action INPUT_PATH=infra/app INPUT_SARIF_FILE=reports/tl.sarif INPUT_ANNOTATIONS=false
expect 1 1 "custom sarif-file"
[ "$(output sarif-file)" = "$ws/reports/tl.sarif" ] && [ -s "$ws/reports/tl.sarif" ] || fail "sarif-file input not honoured: $(output sarif-file)"
if grep -q '^::' <<<"$out"; then
  echo "$out"
  fail "annotations printed with annotations: false"
fi
action "INPUT_PATH=infra/ok infra/app"
expect 1 1 "two paths"
action
expect 1 1 "default path (the workspace)"

echo "-- a syntax error is exit 3, with the outputs still set"
mkdir -p "$ws/infra/broken"
printf 'resource "aws_ebs_volume" "v" {\n  encrypted = \n}\n' >"$ws/infra/broken/main.tf"
action INPUT_PATH=infra/broken
expect 3 0 "syntax error"
grep -q 'main.tf:2' <<<"$out" || { echo "$out"; fail "the syntax error is not located"; }
grep -q '^sarif-file=' "$outputs" || fail "no sarif-file output after a load error"
rm -rf "$ws/infra/broken"

echo "-- the cache key step, and a second run that reuses the binary"
: >"$tmp/key-output"
GITHUB_ACTION_PATH="$src" GITHUB_OUTPUT="$tmp/key-output" RUNNER_TEMP="$runner_temp" RUNNER_OS=Linux RUNNER_ARCH=X64 \
  bash "$src/scripts/action.sh" key
grep -Eq '^key=tenantlint-Linux-X64-[0-9a-f]{16}$' "$tmp/key-output" || fail "bad cache key: $(cat "$tmp/key-output")"
action INPUT_PATH=infra/ok
if grep -q '^Building tenantlint' <<<"$out"; then
  echo "$out"
  fail "the binary was built again although the sources did not change"
fi

echo "-- new-from-rev: only the findings a pull request adds, from a shallow checkout"
origin="$tmp/origin"
mkdir -p "$origin/infra"
git -C "$origin" init -q
cp "$ws/infra/app/main.tf" "$origin/infra/old.tf"
git -C "$origin" add -A
git -C "$origin" -c user.name=ci -c user.email=ci@tenantlint.invalid commit -q -m base
base=$(git -C "$origin" rev-parse HEAD)
sed 's/"data"/"added"/' "$ws/infra/app/main.tf" | sed 's/variable "encrypted"/variable "encrypted2"/; s/var.encrypted/var.encrypted2/' >"$origin/infra/new.tf"
git -C "$origin" add -A
git -C "$origin" -c user.name=ci -c user.email=ci@tenantlint.invalid commit -q -m "pull request"
saved_ws=$ws
ws="$tmp/pr-checkout"
git clone -q --depth 1 "file://$origin" "$ws"
printf 'new_from_rev = "HEAD"\n' >"$ws/.tenantlint.hcl"
action INPUT_PATH=infra "INPUT_NEW_FROM_REV=$base"
expect 1 1 "new-from-rev: the added volume only"
grep -q 'aws_ebs_volume.added' <<<"$out" || { echo "$out"; fail "new-from-rev: the new finding is not reported"; }
grep -q 'git fetch' <<<"$out" || { echo "$out"; fail "new-from-rev: the base commit of a shallow checkout was not fetched"; }
action INPUT_PATH=infra
expect 1 2 "without new-from-rev every finding, whatever new_from_rev the scanned config says"
action INPUT_PATH=infra "INPUT_NEW_FROM_REV=--upload-pack=touch"
expect 2 0 "new-from-rev that is an option"
ws=$saved_ws
echo "-- plan: the plan's values, the findings on the source line"
printf '%s\n' '{"format_version": "1.2", "terraform_version": "1.9.8",' \
  ' "resource_changes": [{"address": "aws_ebs_volume.data", "mode": "managed", "type": "aws_ebs_volume", "name": "data",' \
  '   "provider_name": "registry.terraform.io/hashicorp/aws",' \
  '   "change": {"actions": ["create"], "before": null,' \
  '     "after": {"availability_zone": "eu-west-1a", "size": 8, "encrypted": false},' \
  '     "after_unknown": {"id": true, "arn": true}, "after_sensitive": {}}}]}' >"$ws/plan.json"
action INPUT_PATH=infra/app INPUT_PLAN=plan.json
expect 1 1 "plan: hybrid"
grep -Eq '^::(error|warning|notice) file=infra/app/main.tf,line=9' <<<"$out" || { echo "$out"; fail "plan: the finding is not on infra/app/main.tf line 9"; }
grep -q -- '--plan plan.json' <<<"$out" || { echo "$out"; fail "plan: --plan not passed"; }
action INPUT_PATH=infra/app INPUT_PLAN=absent.json
expect 2 0 "plan: a missing plan file"
rm "$ws/plan.json"

echo "-- the job summary (GITHUB_STEP_SUMMARY): counts, linked findings, annotation limits"
summary="$tmp/step-summary.md"
echo "earlier step's summary" >"$summary"
action INPUT_PATH=infra/app GITHUB_STEP_SUMMARY="$summary" GITHUB_SERVER_URL=https://github.example \
  GITHUB_REPOSITORY=acme/infra GITHUB_SHA=0123abc
expect 1 1 "bad Terraform with a job summary"
grep -qx "earlier step's summary" "$summary" || fail "the job summary replaced what earlier steps wrote"
grep -qx '## tenantlint' "$summary" || { cat "$summary"; fail "no job summary heading"; }
grep -qF '**1 open finding.**' "$summary" || { cat "$summary"; fail "job summary: no count of open findings"; }
grep -qx '| high | 1 |' "$summary" || { cat "$summary"; fail "job summary: no count by severity"; }
grep -qx '| data | 1 |' "$summary" || { cat "$summary"; fail "job summary: no count by domain"; }
grep -qF '(https://github.example/acme/infra/blob/0123abc/infra/app/main.tf#L9)' "$summary" ||
  { cat "$summary"; fail "job summary: the finding does not link to its line at the commit"; }
if grep -q 'NOTE' "$summary"; then
  cat "$summary"
  fail "job summary: an annotation-limit note for one finding"
fi
mkdir -p "$ws/infra/many"
# twelve resource blocks: twelve findings (count = 12 would be one finding
# with twelve instances: one per rule and place)
for i in $(seq 1 12); do
  printf '%s\n' "resource \"aws_ebs_volume\" \"data$i\" {" '  availability_zone = "eu-west-1a"' '  size              = 8' '}'
done >"$ws/infra/many/main.tf"
: >"$summary"
action INPUT_PATH=infra/many GITHUB_STEP_SUMMARY="$summary"
expect 1 12 "twelve high findings"
grep -qF '2 of 12 error annotations are not shown on the diff' "$summary" ||
  { cat "$summary"; fail "job summary: no note that GitHub hides 2 of 12 error annotations"; }
rm -rf "$ws/infra/many"

echo "-- action.yml passes every input to the script"
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$src/action.yml" <<'PY'
import sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
inputs = set(action["inputs"])
assert inputs == {"path", "args", "fail-on", "sarif-file", "annotations", "version", "new-from-rev", "plan"}, inputs
scan = [s for s in action["runs"]["steps"] if s.get("id") == "scan"][0]
for name in inputs:
    env = "INPUT_" + name.upper().replace("-", "_")
    assert scan["env"].get(env) == "${{ inputs.%s }}" % name, env
for name in ("sarif-file", "findings"):
    assert action["outputs"][name]["value"] == "${{ steps.scan.outputs.%s }}" % name, name
PY
fi

echo "-- version: a release archive is downloaded and its SHA-256 checked"
case "$(uname -m)" in x86_64 | amd64) arch=amd64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
rel="$tmp/releases"
mkdir -p "$rel/v9.9.9" "$rel/v9.9.8" "$tmp/pack"
cp "$runner_temp/tenantlint-action/tenantlint" "$tmp/pack/tenantlint"
archive="tenantlint_9.9.9_linux_${arch}.tar.gz"
tar -czf "$rel/v9.9.9/$archive" -C "$tmp/pack" tenantlint
(cd "$rel/v9.9.9" && sha256sum "$archive" >checksums.txt && echo "$(printf '0%.0s' $(seq 64))  other.tar.gz" >>checksums.txt)
action INPUT_PATH=infra/app INPUT_VERSION=v9.9.9 TENANTLINT_RELEASE_URL="file://$rel" RUNNER_OS=Linux
expect 1 1 "a released version"
grep -qF "Verified SHA-256 of $archive" <<<"$out" || { echo "$out"; fail "the release archive was not verified"; }
if grep -q '^Building tenantlint' <<<"$out"; then
  echo "$out"
  fail "built from source although a version was asked"
fi
# A tampered archive (its checksum no longer matches) is refused, and nothing runs.
tampered="tenantlint_9.9.8_linux_${arch}.tar.gz"
tar -czf "$rel/v9.9.8/$tampered" -C "$tmp/pack" tenantlint
(cd "$rel/v9.9.8" && echo "$(printf 'f%.0s' $(seq 64))  $tampered" >checksums.txt)
action INPUT_PATH=infra/app INPUT_VERSION=v9.9.8 TENANTLINT_RELEASE_URL="file://$rel" RUNNER_OS=Linux
[ "$status" = 2 ] && grep -q 'checksum mismatch' <<<"$out" || { echo "$out"; fail "a tampered archive was not refused (exit $status)"; }
if grep -q '^+ tenantlint' <<<"$out"; then
  echo "$out"
  fail "tenantlint ran from a tampered archive"
fi
# A version that is not a release tag is refused before any download.
action INPUT_PATH=infra/app INPUT_VERSION='v1.0.0;rm' TENANTLINT_RELEASE_URL="file://$rel"
[ "$status" = 2 ] && grep -q 'must be a release tag' <<<"$out" || { echo "$out"; fail "a bad version was accepted (exit $status)"; }

echo "-- missing runner environment"
status=0
env -u GITHUB_OUTPUT GITHUB_ACTION_PATH="$src" RUNNER_TEMP="$runner_temp" bash "$src/scripts/action.sh" >/dev/null 2>&1 || status=$?
[ "$status" != 0 ] || fail "the script ran without GITHUB_OUTPUT"

echo "action script: OK"
