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
  # A site's themes/NAME/ folders (each with NAME.gemspec) are installed as gems in a temporary gem
  # path, so Jekyll loads `theme: NAME` as the gem-based theme our builder reads from that folder.
  gem_path="$(ruby -e 'print Gem.path.join(":")')"
  gems=""
  if [ -d "$(dirname "$input")/themes" ]; then
    gems="$(mktemp -d)"
    mkdir -p "$gems/specifications" "$gems/gems"
    for spec in "$(dirname "$input")"/themes/*/*.gemspec; do
      ruby -e 'spec = Gem::Specification.load(ARGV[0]) or abort "cannot load #{ARGV[0]}"
               File.write(File.join(ARGV[1], "specifications", "#{spec.full_name}.gemspec"), spec.to_ruby)
               File.symlink(File.dirname(File.expand_path(ARGV[0])), File.join(ARGV[1], "gems", spec.full_name))' "$spec" "$gems"
    done
    gem_path="$gems:$gem_path"
  fi
  ( cd "$input" && GEM_PATH="$gem_path" TZ=UTC FAKETIME="2026-01-01 12:00:00" LD_PRELOAD="$faketime_lib" \
      jekyll build --safe --quiet --source "$input" --destination "$expected" )
  [ -z "$gems" ] || rm -rf "$gems"
  rm -rf "$input/.jekyll-cache"
done
