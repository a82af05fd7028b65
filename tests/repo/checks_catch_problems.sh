#!/usr/bin/env bash
# The repository checks can fail: each is run on a small made-up tree, clean and then with one
# problem planted, and must pass on the first and fail, naming the problem, on the second.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
expect() {  # expect pass|fail WHAT CHECK DIR [TEXT the failure must mention]
  local want=$1 what=$2 check=$3 dir=$4 text=${5:-}
  local out status=0
  out=$("$here/$check" "$dir" 2>&1) || status=$?
  if [ "$want" = pass ] && [ "$status" -ne 0 ]; then
    echo "FAILED: $what: $check refused a clean tree: $out" >&2; failures=$((failures + 1))
  elif [ "$want" = fail ] && [ "$status" -eq 0 ]; then
    echo "FAILED: $what: $check passed a tree with the problem" >&2; failures=$((failures + 1))
  elif [ "$want" = fail ] && ! grep -qF -- "$text" <<<"$out"; then
    echo "FAILED: $what: the refusal does not mention $text: $out" >&2; failures=$((failures + 1))
  else
    echo "ok: $what"
  fi
}

tree=$work/readme
mkdir -p "$tree"/src/{core,api/me,api/shared,store/sqlite,store/postgres} "$tree"/docs/screenshots
touch "$tree"/docs/screenshots/a.png
cat >"$tree"/README.md <<'TEXT'
# T
<img src="docs/screenshots/a.png" alt="a">

## Where things live

```
src/core/      the core
src/store/     sqlite/ and postgres/ back ends
src/api/       me/ and shared/
```

## Next
TEXT
expect pass "a README that names every folder" readme_current.sh "$tree"
sed -i 's| and postgres/||' "$tree"/README.md
expect fail "a README without src/store/postgres" readme_current.sh "$tree" "does not name postgres/"
sed -i 's|sqlite/ back|sqlite/ and postgres/ back|' "$tree"/README.md
mkdir -p "$tree"/src/cli
expect fail "a README without a new top-level folder" readme_current.sh "$tree" "does not name src/cli/"
sed -i 's|^src/api/ |src/cli/       the binary\nsrc/api/ |' "$tree"/README.md
expect pass "the README naming the new folder" readme_current.sh "$tree"
printf '![gone](screenshots/gone.png)\n' >"$tree"/docs/notes.md
expect fail "a picture that does not exist" readme_current.sh "$tree" "screenshots/gone.png"

tree=$work/references
mkdir -p "$tree"/src "$tree"/docs
printf '// Sources: docs/clinical-sources.md §3; docs/api-contract.md; src/api/shared/access.hpp\n' >"$tree"/src/a.cpp
expect pass "citations inside the repository" no_outside_references.sh "$tree"
for planted in '../shared/domain.md' '/work/shared/notes.txt' 'shared/contract.md' 'domain.md §3' \
               '(contract.md)' 'the product.md brief' 'INTAKE-V2'; do
  printf '// see %s\n' "$planted" >"$tree"/src/b.cpp
  expect fail "a comment citing $planted" no_outside_references.sh "$tree" "$planted"
done

[ "$failures" -eq 0 ] || { echo "$failures check(s) did not behave" >&2; exit 1; }
