#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test and check: the doctest suite
# (natively, then again under AddressSanitizer and UndefinedBehaviorSanitizer), a short run of each
# libFuzzer target, the Node tests (CLI contract, wasm parity, shared facts, size budget, server and
# proxy), the browser tests in headless Chromium, and tools/check.sh (clang-format, ESLint, tsc).
# MALMOI_FUZZ_SECONDS sets the time per fuzz target (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh test
tools/build.sh

echo "== checks (clang-format, ESLint, tsc: tools/check.sh)"
tools/check.sh

echo "== doctest (native core)"
./build/malmoi_tests

echo "== doctest under ASan and UBSan, and the fuzz targets (clang, build-san/)"
# -O1 -g without NDEBUG: nlohmann_json's assertions stay on, so misuse aborts instead of going unseen.
clang="$(command -v clang++-14 || command -v clang++)"
cmake -S . -B build-san -DCMAKE_CXX_COMPILER="$clang" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DMALMOI_SANITIZE=ON -DMALMOI_FUZZ=ON >/dev/null
cmake --build build-san -j "$(nproc 2>/dev/null || echo 2)" --target malmoi malmoi_tests fuzzers
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[[ -x "$symbolizer" ]] && export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$symbolizer}"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ./build-san/malmoi_tests

echo "== fuzzing (tests/fuzz/run.sh)"
tests/fuzz/run.sh "${MALMOI_FUZZ_SECONDS:-10}"

echo "== Node and browser tests"
node --test --test-concurrency=1 tests/node/ tests/deck/ tests/browser/
