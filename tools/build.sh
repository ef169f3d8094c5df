#!/usr/bin/env bash
# Builds the native core, CLI and tests (build/) and the wasm module into web/gen/ (build-wasm/),
# then copies the front end's npm assets into web/gen/vendor/. Incremental; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc 2>/dev/null || echo 2)"

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs"

# Emscripten's optimizer needs Debian's Node modules (acorn) on NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-wasm -j "$jobs"

node tools/vendor.mjs
