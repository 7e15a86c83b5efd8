#!/usr/bin/env bash
# Produces the expected outputs of the conformance suites by running real Jekyll
# (Debian's jekyll 4.3.1) over every fixture site: tests/Conformance/**/input -> sibling expected/.
# The clock is frozen with libfaketime and TZ=UTC so site.time and feeds are repeatable.
# Usage: tests/Conformance/generate-expected.sh [path-filter]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
filter="${1:-}"
faketime_lib="$(find /usr/lib -name 'libfaketime.so.1' | head -n 1)"
[ -n "$faketime_lib" ] || { echo "libfaketime not found: apt-get install -y faketime" >&2; exit 1; }
command -v jekyll >/dev/null || { echo "jekyll not found: apt-get install -y jekyll" >&2; exit 1; }
jekyll --version
find "$here" -type d -name input -prune | sort | while read -r input; do
  [ -f "$input/_config.yml" ] || continue
  case "$input" in *"$filter"*) ;; *) continue ;; esac
  expected="$(dirname "$input")/expected"
  rm -rf "$expected"
  echo "== $input"
  ( cd "$input" && TZ=UTC FAKETIME="2026-01-01 12:00:00" LD_PRELOAD="$faketime_lib" \
      jekyll build --safe --quiet --source "$input" --destination "$expected" )
  rm -rf "$input/.jekyll-cache"
done
