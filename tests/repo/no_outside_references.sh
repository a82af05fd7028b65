#!/usr/bin/env bash
# Comments and docs point only inside the repository: no ../shared or /work/shared paths, and no
# notes that live outside it (domain.md, product.md, architecture.md, contract.md, style.md,
# design.md, exercise-catalogue.md, INTAKE-V2). What the project cites is in docs/
# (clinical-sources.md for the clinical facts, api-contract.md for the fixed names).
# Usage: no_outside_references.sh [SOURCE_DIR]; a git tree is read through git ls-files (these
# two scripts, which must spell the names, excepted).
set -euo pipefail
root=${1:-$(dirname "$0")/../..}
cd "$root"
pattern='(\.\./shared|/work/shared|(^|[^A-Za-z0-9_])shared/[A-Za-z0-9_-]+\.md|(^|[^A-Za-z0-9_/.-])(domain|product|architecture|contract|style|design|exercise-catalogue)\.md|INTAKE-V2)'
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && [ "$(git rev-parse --show-toplevel)" = "$(pwd -P)" ]; then
  found=$(git ls-files -z -- . ':!web/package-lock.json' ':!tests/repo/no_outside_references.sh' ':!tests/repo/checks_catch_problems.sh' |
          xargs -0 grep -nIE "$pattern" -- 2>/dev/null || true)
else
  found=$(grep -rnIE "$pattern" . 2>/dev/null || true)
fi
if [ -n "$found" ]; then
  echo "$found" >&2
  echo "references to files outside the repository: say it in docs/ and cite that instead" >&2
  exit 1
fi
echo "no references outside the repository"
