#!/usr/bin/env bash
# Produces the expected HTML of the Markdown cases with real kramdown, the way Jekyll runs it:
#  - input/NAME.md -> expected/NAME.html: every case becomes a page (empty front matter, no
#    layout, Liquid off) of one throw-away Jekyll site with Jekyll's default kramdown options;
#  - options/input/NAME.md with options/input/NAME.yml (a _config.yml holding a kramdown:
#    section) -> options/expected/NAME.html: one site per case, built with those options.
# Debian's jekyll 4.3.1 (kramdown 2.4, kramdown-parser-gfm 1.1, rouge 3.30). A page without a
# layout is written exactly as kramdown converted it, so each expected file is kramdown's HTML
# for its input, byte for byte.
# Usage: tests/Conformance/markdown/generate.sh [name-filter]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
filter="${1:-}"
command -v jekyll >/dev/null || { echo "jekyll not found: apt-get install -y jekyll" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# page SITE INPUT: adds INPUT as a Liquid-free page of SITE.
page() {
  { printf -- '---\nrender_with_liquid: false\n---\n'; cat "$2"; } > "$1/$(basename "$2")"
}

build() {
  ( cd "$1" && TZ=UTC jekyll build --safe --quiet --source "$1" --destination "$1/_site" )
}

count=0
site="$work/defaults"
mkdir -p "$site"
printf 'title: Markdown cases\n' > "$site/_config.yml"
for input in "$here"/input/*.md; do
  name="$(basename "$input" .md)"
  case "$name" in *"$filter"*) ;; *) continue ;; esac
  page "$site" "$input"
  count=$((count + 1))
done
if ls "$site"/*.md >/dev/null 2>&1; then
  build "$site"
  mkdir -p "$here/expected"
  for input in "$site"/*.md; do
    name="$(basename "$input" .md)"
    cp "$site/_site/$name.html" "$here/expected/$name.html"
  done
fi

mkdir -p "$here/options/expected"
for input in "$here"/options/input/*.md; do
  name="$(basename "$input" .md)"
  case "$name" in *"$filter"*) ;; *) continue ;; esac
  site="$work/options-$name"
  mkdir -p "$site"
  { printf 'title: Markdown option case\n'; cat "$here/options/input/$name.yml"; } > "$site/_config.yml"
  page "$site" "$input"
  build "$site"
  cp "$site/_site/$name.html" "$here/options/expected/$name.html"
  count=$((count + 1))
done
echo "generated $count expected outputs"
