#!/usr/bin/env bash
# Installs what Malmoi needs on Debian 12, only what is missing, so it is safe to run again.
#   tools/setup.sh native   the native core, CLI and doctest suite (compiler, CMake, nlohmann_json, doctest)
#   tools/setup.sh run      that plus Emscripten and Node.js: the wasm build and the server
#   tools/setup.sh test     that plus Chromium, Korean fonts and clang-format: every test and check, and
#                           clang with its sanitizer and libFuzzer runtimes (and llvm-symbolizer) for the
#                           hardening step
# Node.js is Debian's own (18 on Debian 12) unless a newer one is already installed; every npm
# package in package-lock.json runs on Node 18.18 and newer (README.md, "Why this Node and Playwright").
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-test}"
case "$profile" in
    native | run | test) ;;
    *) echo "usage: tools/setup.sh [native|run|test]" >&2; exit 2 ;;
esac

packages=(cmake make g++ nlohmann-json3-dev doctest-dev)
if [[ "$profile" != native ]]; then
    packages+=(emscripten)
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if [[ "$profile" == test ]]; then
    # Playwright drives Debian's Chromium directly (no driver binary, no downloaded browser).
    packages+=(chromium fonts-nanum clang-format clang-14 libclang-rt-14-dev llvm-14)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

[[ "$profile" == native ]] && exit 0

# The oldest Node the pinned npm packages support (package.json "engines").
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 18) ? 0 : 1)'; then
    echo "setup: Node.js $(node --version) is too old: Malmoi needs 18.18 or newer (Debian 12 ships 18.20)" >&2
    exit 1
fi

# npm packages, pinned by package-lock.json; reinstalled only when the lock file changed.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund
fi
