#!/usr/bin/env bash
# Scale benchmark (issue 12), with the CLI's defaults (text report): scans the shared corpus of real modules once,
# then 5 and 20 hard-linked copies of it (cp -al: no extra disk), and prints
# wall time, CPU time (user+sys) and peak RSS of each, with the ratios to 1x.
# Linear time means 20x/1x near 20; flat memory means 20x/1x near 1.
#
#   scripts/scale-bench.sh [CORPUS] [RUNS]
#
# CORPUS defaults to ../shared/corpus/real; RUNS (default 1) repeats each
# size and keeps the run with the least CPU. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/real}
runs=${2:-1}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/tenantlint" ./cmd/tenantlint
for n in 5 20; do
  mkdir -p "$work/x$n"
  for i in $(seq -w 1 "$n"); do cp -al "$corpus" "$work/x$n/copy$i"; done
done
ln -s "$(cd "$corpus" && pwd)" "$work/x1"

files() { find "$1/" -name '*.tf' | wc -l; }
measure() { # prints "wall cpu rss_kb" of the run with the least CPU
  local best=""
  for _ in $(seq "$runs"); do
    # exit 1/2 are findings and the corpus's own load errors: a result, not a failure
    /usr/bin/time -o "$work/t" -f '%e %U %S %M' "$work/tenantlint" "$1/" >/dev/null 2>&1 || true
    read -r wall user sys rss < <(tail -1 "$work/t")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
    if [ -z "$best" ] || awk -v a="$cpu" -v b="${best#* }" 'BEGIN{exit !(a<b+0)}'; then best="$wall $cpu $rss"; fi
  done
  echo "$best"
}

printf '%-5s %8s %9s %9s %9s %12s %10s %9s\n' size files wall_s cpu_s rss_MB "cpu/file_ms" cpu_ratio rss_ratio
for n in 1 5 20; do
  read -r wall cpu rss < <(measure "$work/x$n")
  f=$(files "$work/x$n")
  if [ "$n" = 1 ]; then base_cpu=$cpu base_rss=$rss base_wall=$wall; fi
  awk -v n="$n" -v f="$f" -v w="$wall" -v c="$cpu" -v r="$rss" -v bc="$base_cpu" -v br="$base_rss" -v bw="$base_wall" 'BEGIN{
    printf "%-5s %8d %9.2f %9.2f %9.0f %12.3f %10.2f %9.2f   (wall %.2fx)\n", n "x", f, w, c, r/1024, 1000*c/f, c/bc, r/br, w/bw }'
done
