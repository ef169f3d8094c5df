#!/usr/bin/env bash
# Builds Malmoi. Incremental; safe to run again.
#   tools/build.sh          everything: the native core, CLI and doctest suite (build/), the facts the
#                           web shares with the core (web/gen/facts.json, web/gen/pos-colours.css), the
#                           wasm module (build-wasm/ → web/gen/) and the front end's npm assets
#                           (web/gen/vendor/)
#   tools/build.sh native   only build/: for work on the core, with no Emscripten and no Node
#                           (setup: tools/setup.sh native; then ./build/malmoi_tests)
# Compiler warnings are errors on every target (CMakeLists.txt); MALMOI_WERROR=OFF relaxes that for
# a compiler newer than Debian 12's while you fix what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
case "$what" in
    all | native) ;;
    *) echo "usage: tools/build.sh [native]" >&2; exit 2 ;;
esac
jobs="$(nproc 2>/dev/null || echo 2)"
options=(-DCMAKE_BUILD_TYPE=Release)
[[ -n "${MALMOI_WERROR:-}" ]] && options+=("-DMALMOI_WERROR=${MALMOI_WERROR}")

cmake -S . -B build "${options[@]}" >/dev/null
cmake --build build -j "$jobs"
[[ "$what" == native ]] && exit 0

node tools/facts.mjs

# Emscripten's optimizer needs Debian's Node modules (acorn) on NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
emcmake cmake -S . -B build-wasm "${options[@]}" >/dev/null
cmake --build build-wasm -j "$jobs"

node tools/vendor.mjs
