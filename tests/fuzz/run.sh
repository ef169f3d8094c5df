#!/usr/bin/env bash
# Runs the libFuzzer targets of build-san/ (tools/test.sh builds them) for SECONDS each, starting
# from seeds written from the test tables (tests/fuzz/seeds.mjs) and from what earlier runs kept in
# build-san/fuzz/corpus/. One line per target: executions, seconds, corpus size, findings. A finding
# (a crash, a sanitizer report, a broken invariant, a timeout) is saved under build-san/fuzz/ and
# makes the exit status 1. Each run starts from a fixed seed (MALMOI_FUZZ_SEED, default 1), so the test
# command's short runs repeat; MALMOI_FUZZ_SEED=0 lets libFuzzer pick a random one (longer hunts).
#
#   tests/fuzz/run.sh [SECONDS] [TARGET…]     e.g. tests/fuzz/run.sh 3600 fuzz_api_validate
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
shift || true
build=build-san
targets=("$@")
if ((${#targets[@]} == 0)); then
    for binary in "$build"/fuzz_*; do [[ -x "$binary" ]] && targets+=("$(basename "$binary")"); done
fi
if ((${#targets[@]} == 0)); then
    echo "fuzz: no targets in $build/; build them first (tools/test.sh, or see README \"Fuzzing and sanitizers\")" >&2
    exit 2
fi

node tests/fuzz/seeds.mjs "$build/fuzz/seeds"
mkdir -p "$build/fuzz/artifacts" "$build/fuzz/logs"
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[[ -x "$symbolizer" && -z "${ASAN_SYMBOLIZER_PATH:-}" ]] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
total_runs=0
for target in "${targets[@]}"; do
    corpus="$build/fuzz/corpus/$target"
    log="$build/fuzz/logs/$target.log"
    mkdir -p "$corpus"
    started=$(date +%s)
    if "$build/$target" -seed="${MALMOI_FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -dict=tests/fuzz/json.dict -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$target-" \
        "$corpus" "$build/fuzz/seeds/$target" >"$log" 2>&1; then
        found=0
    else
        found=1
        status=1
    fi
    elapsed=$(($(date +%s) - started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    size=$(find "$corpus" -type f | wc -l)
    total_runs=$((total_runs + ${runs:-0}))
    printf '%-20s %10s runs  %4s s  corpus %5s  findings %s\n' "$target" "${runs:-?}" "$elapsed" "$size" "$found"
    if ((found)); then
        { grep -E 'ERROR|invariant broken|SUMMARY|Test unit written|ParseDictionary' "$log" || tail -5 "$log"; } | head -20 | sed 's/^/    /'
        echo "    full log: $log; reproduce: $build/$target <the artifact above>"
    fi
done
echo "fuzz: ${#targets[@]} targets, $total_runs runs, ${seconds} s each, $([[ $status == 0 ]] && echo 'no findings' || echo 'FINDINGS')"
exit "$status"
