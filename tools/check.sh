#!/usr/bin/env bash
# The checks that keep the house clean (docs/design.md, "Tests and checks"):
#   clang-format   core/, wasm/, tools/cli/, tools/lib/, tools/bench/, tools/embed/ and tests/cpp/
#                  follow .clang-format
#                  (Debian 12's clang-format 14; another version may format differently)
#   eslint         web/, tools/ and tests/ pass eslint.config.js
#   tsc            web/ and tools/ type-check from their JSDoc (tsconfig.json, tools/tsconfig.json)
#
#   tools/check.sh          check; exit status 1 if any check fails
#   tools/check.sh --fix    first apply clang-format and ESLint's automatic fixes, then check
# Needs tools/setup.sh test (clang-format, the npm packages). tsc needs web/gen (tools/build.sh) for
# fflate's types.
set -euo pipefail
cd "$(dirname "$0")/.."
fix=false
case "${1:-}" in
    "") ;;
    --fix) fix=true ;;
    *) echo "usage: tools/check.sh [--fix]" >&2; exit 2 ;;
esac

mapfile -t cpp_files < <(find core wasm tools/cli tools/lib tools/bench tools/embed tests/cpp -type f \
    \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) | LC_ALL=C sort)
passed=0
failed=0
run() {
    local name="$1"
    shift
    echo "== check: $name"
    if "$@"; then
        passed=$((passed + 1))
    else
        echo "check: $name FAILED" >&2
        failed=$((failed + 1))
    fi
}

if ! command -v clang-format >/dev/null 2>&1; then
    echo "check: clang-format is missing: run tools/setup.sh test" >&2
    exit 1
fi
if [[ ! -x node_modules/.bin/eslint || ! -x node_modules/.bin/tsc ]]; then
    echo "check: ESLint or TypeScript is missing: run tools/setup.sh test (npm ci)" >&2
    exit 1
fi

if $fix; then
    clang-format -i "${cpp_files[@]}"
    node_modules/.bin/eslint --fix . || true
fi

run "clang-format ($(clang-format --version | grep -o 'version [0-9.]*'), ${#cpp_files[@]} files)" \
    clang-format --dry-run -Werror "${cpp_files[@]}"
run "eslint" node_modules/.bin/eslint --max-warnings 0 .
run "tsc (web/)" node_modules/.bin/tsc -p tsconfig.json
run "tsc (tools/)" node_modules/.bin/tsc -p tools/tsconfig.json

echo "check: $passed passed, $failed failed"
((failed == 0))
