#!/usr/bin/env bash
# Runs every libFuzzer harness of a `fuzz` build for SECONDS each, one after the other, seeded
# from resources/ and tests/data (and tests/fuzz/seeds), with the dictionaries here.
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS] [libFuzzer options...]
# BUILD_DIR defaults to build/fuzz, SECONDS to 30. The corpus each run grows is kept in
# BUILD_DIR/fuzz-corpus/<harness> (and reused by the next run); a crashing input is written to
# BUILD_DIR/fuzz-artifacts/ and the script exits 1 naming it.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$source_dir/build/fuzz}"
seconds="${2:-30}"
shift $(( $# > 2 ? 2 : $# ))
fuzz="$source_dir/tests/fuzz"

# harness, longest input, dictionary, seed folders. Longer inputs run slower and rarely reach
# code that shorter ones do not; the shipped rule packs are longer than 16 KiB and seed the pack
# harness in pieces (seeds/rule-pack holds each shipped rule as a pack of its own).
harnesses=(
    "fuzz_model_json 65536 json.dict $fuzz/seeds/model-json"
    "fuzz_rule_pack 16384 json.dict $fuzz/seeds/rule-pack $source_dir/resources/rules"
    "fuzz_condition 4096 condition.dict $fuzz/seeds/condition"
    "fuzz_junit_xml 65536 xml.dict $source_dir/tests/data/junit $source_dir/tests/data/junit/handmade"
)

mkdir -p "$build/fuzz-artifacts"
# Graphviz's own leaks (auto-layout of models without one) are not findings of ours.
export LSAN_OPTIONS="suppressions=$source_dir/tests/lsan-suppressions.txt:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for entry in "${harnesses[@]}"; do
    read -r name max_len dict seeds <<<"$entry"
    corpus="$build/fuzz-corpus/$name"
    mkdir -p "$corpus"
    log="$build/fuzz-artifacts/$name.log"
    echo "fuzz: $name for ${seconds} s"
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: one that takes 2 GB a leak or
    # an unbounded allocation. Both are findings, as are crashes and sanitizer reports.
    # shellcheck disable=SC2086
    if "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -print_final_stats=1 -dict="$fuzz/$dict" \
        -artifact_prefix="$build/fuzz-artifacts/$name-" "$@" "$corpus" $seeds >"$log" 2>&1; then
        grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" "$log" \
            | sed "s/^/fuzz: $name: /" || true
    else
        status=1
        echo "fuzz: $name FAILED; the end of its log ($log):" >&2
        tail -n 60 "$log" >&2
    fi
done
exit $status
