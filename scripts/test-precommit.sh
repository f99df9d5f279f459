#!/usr/bin/env bash
# Runs the real pre-commit against this repository's .pre-commit-hooks.yaml.
#
#  1. `pre-commit try-repo <this tree> tenantlint --files ...` in a temporary git repository:
#     a changed module fails through the root that calls it, a changed .tfvars re-scans its
#     root, the good commit passes, and an untouched root with old findings is not scanned.
#  2. The README's .pre-commit-config.yaml snippet, copied as is (only repo and rev point at
#     the local tree), `pre-commit install`, then real `git commit`s: the bad one is refused
#     with the findings, the good one is recorded.
#  3. One changed file in a repository of 50 roots: one root is scanned; timings printed.
#  4. The tenantlint-system hook with a tenantlint binary on PATH.
#  5. The gate on what a commit changes, with real `git commit`s: a fix-only commit passes
#     while old findings remain (and says how many), a resource moved to another file is
#     not new, deleting the file with the public access block is refused.
#
# Needs git, go and pre-commit (apt-get install pre-commit). The Go module proxy must be
# reachable unless the module cache is warm; nothing else is downloaded.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tenantlint-precommit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "-- $*"; }

# An isolated pre-commit store and git identity; the module and build caches are shared
# with the machine's (pre-commit gives `go install` a GOPATH of its own).
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
export PRE_COMMIT_COLOR=never
export GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}"
export GOFLAGS=-mod=mod
export GIT_CONFIG_GLOBAL="$tmp/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name "tenantlint ci"
git config --global user.email "ci@tenantlint.invalid"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

# The hook repository: this tree as it is on disk (committed or not), as one commit.
hookrepo="$tmp/hook-repo"
mkdir -p "$hookrepo"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$src" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
    tar --null -T - -cf -) | tar -xf - -C "$hookrepo"
else
  cp -a "$src/." "$hookrepo/"
fi
git -C "$hookrepo" init -q
git -C "$hookrepo" add -A
git -C "$hookrepo" commit -q -m "tenantlint under test"
rev=$(git -C "$hookrepo" rev-parse HEAD)

# put FILE CONTENT: write a file, creating its folder.
put() {
  mkdir -p "$(dirname "$1")"
  printf '%s\n' "$2" >"$1"
}

volume() { # volume NAME ENCRYPTED-EXPRESSION
  printf 'resource "aws_ebs_volume" "%s" {\n  availability_zone = "eu-west-1a"\n  size              = 8\n  encrypted         = %s\n}\n' "$1" "$2"
}

# try HOOK FILE...: pre-commit try-repo in the current repository; output in $tmp/out.
try() {
  local hook=$1
  shift
  local status=0
  pre-commit try-repo "$hookrepo" "$hook" --ref "$rev" --files "$@" >"$tmp/out" 2>&1 || status=$?
  return "$status"
}
expect_fail() { # expect_fail WHAT NEEDLE... (after a command that must have failed)
  local what=$1
  shift
  for needle in "$@"; do
    grep -qF -- "$needle" "$tmp/out" || { cat "$tmp/out"; fail "$what: output lacks '$needle'"; }
  done
}

# ---------------------------------------------------------------------------------------
step "1. pre-commit try-repo on a repository with a shared module"
user="$tmp/user"
mkdir -p "$user"
cd "$user"
git init -q
put modules/volume/main.tf "$(printf 'variable "encrypted" {\n  type = bool\n}\n\n%s' "$(volume this true)")"
put live/prod/main.tf 'variable "encrypted" {
  type = bool
}

module "data" {
  source    = "../../modules/volume"
  encrypted = var.encrypted
}'
put live/prod/terraform.tfvars 'encrypted = false'
put live/legacy/main.tf "$(volume old false)"
git add -A
git commit -q --no-verify -m "before the hook: live/legacy has an old finding"

# The module now uses its input: unknown on its own, false from live/prod.
put modules/volume/main.tf "$(printf 'variable "encrypted" {\n  type = bool\n}\n\n%s' "$(volume this var.encrypted)")"
git add -A
if try tenantlint modules/volume/main.tf; then
  cat "$tmp/out"
  fail "a module change that live/prod makes insecure passed"
fi
expect_fail "module change" aws-ec2-encrypt-volumes modules/volume/main.tf module.data
if grep -q "live/legacy" "$tmp/out"; then
  cat "$tmp/out"
  fail "an untouched root (live/legacy) was scanned"
fi
echo "   bad module change: refused through its caller live/prod"

put live/prod/terraform.tfvars 'encrypted = true'
git add -A
try tenantlint modules/volume/main.tf live/prod/terraform.tfvars || { cat "$tmp/out"; fail "the good commit failed"; }
git commit -q --no-verify -m "encrypted module, prod sets true"
echo "   good commit: passed (live/legacy's old finding not reported)"

put live/prod/terraform.tfvars 'encrypted = false'
git add -A
if try tenantlint live/prod/terraform.tfvars; then
  cat "$tmp/out"
  fail "a .tfvars change that turns encryption off passed"
fi
expect_fail ".tfvars change" aws-ec2-encrypt-volumes module.data
echo "   bad .tfvars change: refused"
put live/prod/terraform.tfvars 'encrypted = true'
git add -A

# ---------------------------------------------------------------------------------------
step "2. the README snippet in a new repository, with real git commits"
newrepo="$tmp/newcomer"
mkdir -p "$newrepo"
cd "$newrepo"
git init -q
awk '/^```yaml/{inblock=1; block=""; next} inblock && /^```/{inblock=0; if (block ~ /repo: https:\/\/github.com\/tenantlint\/tenantlint/) {printf "%s", block; exit}} inblock{block = block $0 "\n"}' \
  "$src/README.md" >.pre-commit-config.yaml
grep -q "id: tenantlint" .pre-commit-config.yaml || fail "no pre-commit snippet found in README.md"
sed -i -e "s#repo: https://github.com/tenantlint/tenantlint#repo: $hookrepo#" -e "s#rev: .*#rev: $rev#" .pre-commit-config.yaml
pre-commit install >/dev/null
put main.tf "$(volume data false)"
git add -A
start=$(date +%s)
if git commit -q -m "unencrypted volume" >"$tmp/out" 2>&1; then
  cat "$tmp/out"
  fail "git commit of an unencrypted volume went through the hook"
fi
echo "   first commit refused in $(($(date +%s) - start))s (including building the hook):"
expect_fail "first commit" aws-ec2-encrypt-volumes main.tf
sed 's/^/     | /' "$tmp/out"
put main.tf "$(volume data true)"
git add -A
git commit -q -m "encrypted volume" >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "the fixed commit was refused"; }
git log --oneline | grep -q "encrypted volume" || fail "the fixed commit was not recorded"
echo "   fixed commit recorded"

# ---------------------------------------------------------------------------------------
step "3. one changed file in a repository of 50 roots"
for i in $(seq -w 1 50); do
  put "stacks/s$i/main.tf" "$(printf 'module "disk" {\n  source    = "../../modules/disk"\n  encrypted = false\n}\n\n%s' "$(volume "v$i" false)")"
done
put modules/disk/main.tf "$(printf 'variable "encrypted" {\n  type = bool\n}\n\n%s' "$(volume disk var.encrypted)")"
# s07 is fixed; the 49 others keep their findings. A pass proves only s07 was scanned.
put stacks/s07/main.tf "$(volume v07 true)"
git add -A
git commit -q --no-verify -m "50 roots"
echo "# touched" >>stacks/s07/main.tf
git add -A
pre-commit run tenantlint --files stacks/s07/main.tf >/dev/null 2>&1 || true # warm up
start=$(date +%s%N)
pre-commit run tenantlint --files stacks/s07/main.tf >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "a clean root among 49 bad ones failed: other roots were scanned"; }
elapsed_pc=$((($(date +%s%N) - start) / 1000000))
tl=$(find "$PRE_COMMIT_HOME" -type f -name tenantlint -perm -u+x | head -n 1)
[ -n "$tl" ] || fail "cannot find the tenantlint that pre-commit built"
start=$(date +%s%N)
"$tl" stacks/s07/main.tf >/dev/null
elapsed_tl=$((($(date +%s%N) - start) / 1000000))
start=$(date +%s%N)
"$tl" . >/dev/null 2>&1 || true
elapsed_all=$((($(date +%s%N) - start) / 1000000))
echo "   pre-commit run on one changed file: ${elapsed_pc}ms (tenantlint alone: ${elapsed_tl}ms; all 50 roots: ${elapsed_all}ms)"
[ "$elapsed_tl" -lt 1000 ] || fail "tenantlint on one changed file took ${elapsed_tl}ms, want well under a second"
# A comment in the shared module adds no finding: the 49 roots' old findings do not block.
echo "# touched" >>modules/disk/main.tf
git add -A
pre-commit run tenantlint >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "a comment in a shared module was refused for old findings"; }
expect_fail "comment in the shared module" "still hold"
git commit -q --no-verify -m "comment"
# A new unencrypted volume in the shared module is new in every root that calls it.
printf '\n%s' "$(volume extra false)" >>modules/disk/main.tf
git add -A
if pre-commit run tenantlint >"$tmp/out" 2>&1; then
  cat "$tmp/out"
  fail "a new insecure resource in a module called by 49 roots passed"
fi
# one finding on the module line, with its 49 callers (five shown, "and 44 more")
expect_fail "shared module change" stacks/s01 "and 44 more" module.disk.aws_ebs_volume.extra
echo "   shared module change: its callers were scanned, only the new resource fails"
git reset -q --hard

# ---------------------------------------------------------------------------------------
step "4. the tenantlint-system hook with tenantlint on PATH"
cd "$user"
mkdir -p "$tmp/bin"
cp "$tl" "$tmp/bin/tenantlint"
put live/prod/terraform.tfvars 'encrypted = false'
git add -A
if PATH="$tmp/bin:$PATH" try tenantlint-system live/prod/terraform.tfvars; then
  cat "$tmp/out"
  fail "tenantlint-system passed a bad .tfvars"
fi
expect_fail "tenantlint-system" aws-ec2-encrypt-volumes
put live/prod/terraform.tfvars 'encrypted = true'
git add -A
PATH="$tmp/bin:$PATH" try tenantlint-system live/prod/terraform.tfvars || { cat "$tmp/out"; fail "tenantlint-system failed a good tree"; }
echo "   tenantlint-system: fails on bad, passes on good"

# ---------------------------------------------------------------------------------------
step "5. the gate on what a commit changes (git commit through the installed hook)"
gate="$tmp/gate"
mkdir -p "$gate"
cd "$gate"
git init -q
cp "$newrepo/.pre-commit-config.yaml" .
pre-commit install >/dev/null
bucket='resource "aws_s3_bucket" "data" {
  bucket = "tl-data"
}'
put infra/main.tf "$(printf '%s\n\n%s\n%s' "$bucket" "$(volume old false)" "$(volume fixme false)")"
put infra/pab.tf 'resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}'
git add -A
git commit -q --no-verify -m "existing findings"
put infra/main.tf "$(printf '%s\n\n%s\n%s' "$bucket" "$(volume old false)" "$(volume fixme true)")"
git add -A
git commit -m "fix one volume" >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "a fix-only commit was refused for an old finding"; }
expect_fail "fix-only commit" "still hold"
echo "   fix-only commit: recorded, old findings counted"
put infra/main.tf "$bucket"
put infra/volumes.tf "$(printf '# moved\n\n%s\n%s' "$(volume fixme true)" "$(volume old false)")"
git add -A
git commit -m "move the volumes" >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "moving a resource to another file made it new"; }
echo "   moved resource: not new"
git rm -q infra/pab.tf
if git commit -m "drop the public access block" >"$tmp/out" 2>&1; then
  cat "$tmp/out"
  fail "deleting the file with the public access block passed the hook"
fi
expect_fail "deleted public access block" aws-s3-block-public-access aws_s3_bucket.data
echo "   deleted public access block: refused"

echo "pre-commit hook: OK"
