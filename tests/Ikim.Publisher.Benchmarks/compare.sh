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

# Every run writes into a folder of its own, kept until the end, and the tools take turns (ours,
# Hugo, ours, Hugo…): deleting the previous run's output right before a run charged that run with
# the kernel's work on the freed inodes (ext4 scans recently deleted inodes when it allocates new
# ones: a second of system time at 10,000 pages), and drift in the machine's load hit one tool's
# runs more than the other's.
# run_once LABEL OUT COMMAND...: runs COMMAND once, appends "wall peak_kb user sys" to $work/times-LABEL.
run_once() {
  local label="$1" out="$2"; shift 2
  if ! "$timer" -f '%e %M %U %S' -o "$work/time.txt" "$@" >"$work/build.log" 2>&1; then
    echo "$label failed:" >&2; tail -20 "$work/build.log" >&2; exit 1
  fi
  [ -d "$out" ] || { echo "$label wrote no $out" >&2; exit 1; }
  tail -1 "$work/time.txt" >>"$work/times-$label"
}

# summarize LABEL: prints "LABEL median_seconds peak_kb runs median_cpu_seconds" from its runs.
summarize() {
  local times="$work/times-$1"
  awk '{ print $3 + $4 }' "$times" | sort -n >"$work/cpu"
  sort -n "$times" | awk -v label="$1" -v cpufile="$work/cpu" '
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
  rm -f "$work"/times-*
  for ((i = 1; i <= runs; i++)); do
    run_once ikim-publisher "$site/out-ours-$i" dotnet "$work/publish/ikim-publisher.dll" build -s "$site/jekyll" -d "$site/out-ours-$i"
    if command -v hugo >/dev/null; then
      run_once hugo "$site/out-hugo-$i" hugo --quiet -s "$site/hugo" -d "$site/out-hugo-$i" --cacheDir "$site/hugo-cache"
    fi
  done
  summarize ikim-publisher >>"$results"
  command -v hugo >/dev/null && summarize hugo >>"$results"
  if command -v jekyll >/dev/null && [ "$jekyll_runs" -gt 0 ]; then
    count=$jekyll_runs
    [ "$pages" -le "$jekyll_max" ] || count=1
    # Cold: no .jekyll-cache (Jekyll's first build); warm: the cache of the previous build kept.
    for ((i = 1; i <= count; i++)); do
      run_once jekyll-cold "$site/out-jekyll-cold-$i" sh -c 'rm -rf "$1/.jekyll-cache" && exec jekyll build -q -s "$1" -d "$2"' _ "$site/jekyll" "$site/out-jekyll-cold-$i"
      run_once jekyll-warm "$site/out-jekyll-warm-$i" jekyll build -q -s "$site/jekyll" -d "$site/out-jekyll-warm-$i"
    done
    summarize jekyll-cold >>"$results"
    summarize jekyll-warm >>"$results"
  fi
  echo
  echo "$pages pages ($news), medians; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-16s %10s %10s %10s %6s %14s %13s\n' tool seconds "CPU s" "peak MB" runs "time vs ours" "CPU vs ours"
  ours=$(awk '$1 == "ikim-publisher" { print $2 }' "$results")
  ours_cpu=$(awk '$1 == "ikim-publisher" { print $5 }' "$results")
  awk -v ours="$ours" -v ours_cpu="$ours_cpu" '{ printf "%-16s %10.2f %10.2f %10.0f %6d %13.2fx %12.2fx\n", $1, $2, $5, $3 / 1024, $4, $2 / ours, $5 / ours_cpu }' "$results"
  for out in out-ours-1 out-hugo-1 out-jekyll-warm-1; do
    [ -d "$site/$out" ] && echo "  $out: $(find "$site/$out" -name '*.html' | wc -l) HTML files"
  done
done
