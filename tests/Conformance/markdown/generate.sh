#!/usr/bin/env bash
# Produces tests/Conformance/markdown/expected/*.html with real kramdown, the way Jekyll runs it:
# every input/*.md case becomes a page (empty front matter, no layout, Liquid off) of one
# throw-away Jekyll site built with Debian's jekyll 4.3.1 (kramdown 2.4, GFM input, rouge 3.30).
# A page without a layout is written exactly as kramdown converted it, so expected/NAME.html
# is kramdown's HTML for input/NAME.md, byte for byte.
# Usage: tests/Conformance/markdown/generate.sh [name-filter]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
filter="${1:-}"
command -v jekyll >/dev/null || { echo "jekyll not found: apt-get install -y jekyll" >&2; exit 1; }
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
printf 'title: Markdown cases\n' > "$site/_config.yml"
count=0
for input in "$here"/input/*.md; do
  name="$(basename "$input" .md)"
  case "$name" in *"$filter"*) ;; *) continue ;; esac
  { printf -- '---\nrender_with_liquid: false\n---\n'; cat "$input"; } > "$site/$name.md"
  count=$((count + 1))
done
( cd "$site" && TZ=UTC jekyll build --safe --quiet --source "$site" --destination "$site/_site" )
mkdir -p "$here/expected"
for page in "$site"/*.md; do
  name="$(basename "$page" .md)"
  cp "$site/_site/$name.html" "$here/expected/$name.html"
done
echo "generated $count expected outputs"
