#!/usr/bin/env bash
# Produces the expected highlighting of tests/Conformance/rouge/input/<language>.txt with real
# Rouge (Debian's ruby-rouge 3.30, the version Jekyll 4.3.1 uses there) into expected/<language>.html.
# Usage: tests/Conformance/rouge/generate-expected.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v ruby >/dev/null || { echo "ruby not found: apt-get install -y jekyll" >&2; exit 1; }
rm -rf "$here/expected" && mkdir -p "$here/expected"
for input in "$here"/input/*.txt; do
  language="$(basename "$input" .txt)"
  ruby -rrouge -e 'lang, file = ARGV; code = File.read(file)
    lexer = Rouge::Lexer.find_fancy(lang, code) || Rouge::Lexers::PlainText
    print Rouge::Formatters::HTML.new.format(lexer.lex(code))' "$language" "$input" > "$here/expected/$language.html"
done
ruby -rrouge -e 'puts "rouge #{Rouge.version}"'
