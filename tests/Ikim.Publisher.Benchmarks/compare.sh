#!/usr/bin/env bash
# Builds one generated institute site with ikim-publisher, Hugo and Jekyll (those installed:
# `apt-get install -y hugo jekyll`) in the same run, each in a fresh process per run, and prints
# the median wall time, CPU time (user + system: steadier than wall time on a shared machine)
# and peak RSS of each, with the ratio of its wall time to ours.
#
#   tests/Ikim.Publisher.Benchmarks/compare.sh [PAGES ...]        (default: 1000)
#
# Environment: RUNS (5) runs of ours and Hugo; JEKYLL_RUNS (3; 0 leaves Jekyll out) and JEKYLL_MAX_PAGES (1000):
# Jekyll is slow (minutes at 10,000 pages), so above that size it runs once, cold and warm;
# NEWS=pages|posts (pages): news items as pages under news/, or as Jekyll posts in _posts/ once
# our builder reads posts; WORK (a temp folder) keeps the generated trees and outputs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
jekyll_runs="${JEKYLL_RUNS:-3}"
jekyll_max="${JEKYLL_MAX_PAGES:-1000}"
news="${NEWS:-pages}"
work="${WORK:-$(mktemp -d /tmp/ikim-compare.XXXXXX)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
[ "$#" -gt 0 ] || set -- 1000
export SOURCE_DATE_EPOCH=1767268800 TZ=UTC DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Ours with the young-generation cap every deploy recipe sets (README "Memory").
export DOTNET_GCgen0size=1000000

dotnet build "$here" -c Release -nologo -v quiet >/dev/null
bin="$here/bin/Release/net10.0"
# Ours as production runs it: `dotnet publish` compiles ReadyToRun (Dockerfile, Deploying step 1).
dotnet publish "$root/src/Ikim.Publisher" -c Release -nologo -v quiet -o "$work/publish" >/dev/null
timer=/usr/bin/time
[ -x "$timer" ] || { echo "compare.sh needs GNU time (apt-get install -y time)" >&2; exit 2; }

# measure LABEL RUNS OUT COMMAND...: runs COMMAND RUNS times with OUT removed before each run;
# prints "LABEL median_seconds peak_kb runs median_cpu_seconds".
measure() {
  local label="$1" count="$2" out="$3"; shift 3
  local times="$work/times" i
  : >"$times"
  for ((i = 0; i < count; i++)); do
    rm -rf "$out"
    if ! "$timer" -f '%e %M %U %S' -o "$work/time.txt" "$@" >"$work/build.log" 2>&1; then
      echo "$label failed:" >&2; tail -20 "$work/build.log" >&2; exit 1
    fi
    tail -1 "$work/time.txt" >>"$times"
  done
  awk '{ print $1, $2, $3 + $4 }' "$times" | sort -n -k3 | awk '{ print $3 }' >"$work/cpu"
  sort -n "$times" | awk -v label="$label" -v cpufile="$work/cpu" '
    function median(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    BEGIN { while ((getline line < cpufile) > 0) c[++nc] = line }
    { t[NR] = $1; if ($2 > kb) kb = $2 }
    END { printf "%s %.3f %d %d %.3f\n", label, median(t, NR), kb, NR, median(c, nc) }'
}

echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tools: ikim-publisher ($(git -C "$root" rev-parse --short HEAD)), $(command -v hugo >/dev/null && hugo version | cut -d' ' -f1-2 || echo 'no hugo'), $(command -v jekyll >/dev/null && jekyll --version || echo 'no jekyll')"
for pages in "$@"; do
  site="$work/$pages"
  rm -rf "$site"
  dotnet "$bin/ikim-bench.dll" generate --pages "$pages" --news "$news" --out "$site/jekyll" --hugo "$site/hugo"
  results="$site/results"
  : >"$results"
  measure ikim-publisher "$runs" "$site/out-ours" dotnet "$work/publish/ikim-publisher.dll" build -s "$site/jekyll" -d "$site/out-ours" >>"$results"
  if command -v hugo >/dev/null; then
    measure hugo "$runs" "$site/out-hugo" hugo --quiet -s "$site/hugo" -d "$site/out-hugo" --cacheDir "$site/hugo-cache" >>"$results"
  fi
  if command -v jekyll >/dev/null && [ "$jekyll_runs" -gt 0 ]; then
    count=$jekyll_runs
    [ "$pages" -le "$jekyll_max" ] || count=1
    # Cold: no .jekyll-cache (Jekyll's first build); warm: the cache of the previous build kept.
    measure jekyll-cold "$count" "$site/out-jekyll" sh -c 'rm -rf "$1/.jekyll-cache" && exec jekyll build -q -s "$1" -d "$2"' _ "$site/jekyll" "$site/out-jekyll" >>"$results"
    measure jekyll-warm "$count" "$site/out-jekyll" jekyll build -q -s "$site/jekyll" -d "$site/out-jekyll" >>"$results"
  fi
  echo
  echo "$pages pages ($news), medians; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-16s %10s %10s %10s %6s %14s\n' tool seconds "CPU s" "peak MB" runs "time vs ours"
  ours=$(awk '$1 == "ikim-publisher" { print $2 }' "$results")
  awk -v ours="$ours" '{ printf "%-16s %10.2f %10.2f %10.0f %6d %13.2fx\n", $1, $2, $5, $3 / 1024, $4, $2 / ours }' "$results"
  for out in out-ours out-hugo out-jekyll; do
    [ -d "$site/$out" ] && echo "  $out: $(find "$site/$out" -name '*.html' | wc -l) HTML files"
  done
done
