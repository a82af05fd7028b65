#!/usr/bin/env bash
# The README stays current: its "Where things live" section names every top-level folder under
# src/ (as src/NAME/) and every folder inside src/store/ and src/api/ (as NAME/ in that entry),
# and every picture the README or docs/*.md shows exists. Usage: readme_current.sh [SOURCE_DIR]
set -euo pipefail
root=${1:-$(dirname "$0")/../..}
cd "$root"
problems=0
fail() { echo "README check: $*" >&2; problems=$((problems + 1)); }

[ -f README.md ] || { echo "README check: README.md is missing" >&2; exit 1; }
# The layout section: from its heading to the next "## " heading.
layout=$(awk '/^## Where things live/{on=1; next} on && /^## /{exit} on' README.md)
[ -n "$layout" ] || fail 'no "## Where things live" section'

# The lines of one entry: the line that starts with the folder and its indented continuation.
entry() {
  awk -v name="$1" 'index($0, name) == 1 {on=1; print; next} on && /^ / {print; next} {on=0}' <<<"$layout"
}

for dir in src/*/; do
  name=${dir%/}
  entry "$name/" | grep -q . || fail "the layout section does not name $name/"
done
for parent in src/store src/api; do
  text=$(entry "$parent/")
  for sub in "$parent"/*/; do
    sub=$(basename "$sub")
    grep -qE "(^|[^A-Za-z0-9_])$sub/" <<<"$text" || fail "the $parent/ entry does not name $sub/"
  done
done

# Pictures: <img src="..."> and ![...](...) in the README and docs/*.md, relative to each file.
for doc in README.md docs/*.md; do
  [ -f "$doc" ] || continue
  base=$(dirname "$doc")
  while IFS= read -r picture; do
    [ -n "$picture" ] || continue
    case "$picture" in http://* | https://* | data:*) continue ;; esac
    [ -f "$base/$picture" ] || fail "$doc shows $picture, which does not exist"
  done < <(grep -oE '<img [^>]*src="[^"]+"|!\[[^]]*\]\([^)]+\)' "$doc" |
           sed -E 's/.*src="([^"]+)".*/\1/; s/^!\[[^]]*\]\(([^) ]+).*\)$/\1/')
done

if [ "$problems" -gt 0 ]; then
  echo "README check: $problems problem(s)" >&2
  exit 1
fi
echo "README check: the layout names every folder and every picture exists"
