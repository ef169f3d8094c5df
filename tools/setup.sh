#!/usr/bin/env bash
# Installs what Malmoi needs on Debian 12, only what is missing, so it is safe to run again.
#   tools/setup.sh run    the build and the server (compilers, Emscripten, nlohmann_json, doctest, Node)
#   tools/setup.sh test   that plus Chromium, its driver and Korean fonts for the tests, and clang with
#                         its sanitizer and libFuzzer runtimes (and llvm-symbolizer) for the hardening step
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-test}"
packages=(cmake make g++ emscripten nlohmann-json3-dev doctest-dev)
if [[ "$profile" == test ]]; then
    packages+=(chromium chromium-driver fonts-nanum clang-14 libclang-rt-14-dev llvm-14)
fi
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

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

# npm packages, pinned by package-lock.json; reinstalled only when the lock file changed.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund
fi
