#!/usr/bin/env bash
# End-to-end benchmark (issue 8): throughput and peak memory of a whole corpus build, next to the
# tokenizer's limit (jieba-rs `cut` alone over the same documents on the same threads) and the
# tokenizer call the pipeline makes (`tag`: words and parts of speech).
#
#   scripts/bench-e2e.sh [SIZE_MB ...]        default: 100 200
#   REPEAT=3 THREADS="1 2" scripts/bench-e2e.sh 100
#
# For each size it generates bench-data/corpus-<MB>/ once (copies of fixtures/docs with their own
# names and small perturbations; git-ignored, never committed), then, for each thread count, runs
#   - `plancorpus build` (or, where the `build` subcommand is absent, the library pipeline through
#     `examples/e2e.rs process`), and
#   - `examples/e2e.rs cut` (decode + jieba-rs cut, HMM on, nothing else),
#   - `examples/e2e.rs tag` (decode + jieba-rs tag, HMM on, nothing else),
# each REPEAT times under /usr/bin/time -v (interleaved, so a slow spell of the machine hits all
# three), and prints the median MB/s, documents/s, the peak RSS (max over the runs) and the
# ratios pipeline / cut (the issue's bar) and pipeline / tag.
#
# Needs (installs nothing): cargo, GNU time at /usr/bin/time (Debian/Ubuntu: `apt-get install
# time`), awk, sort; disk: about 3 × the largest size (corpus + output).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100 200)
REPEAT=${REPEAT:-3}
THREADS=${THREADS:-"1 2"}
DATA=bench-data

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "bench-e2e: needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)" >&2
    exit 2
fi

cargo build --release --quiet --bin plancorpus --example e2e
BIN=target/release/plancorpus
E2E=target/release/examples/e2e
if "$BIN" build --help >/dev/null 2>&1; then
    MODE=build
else
    MODE=library
    echo "bench-e2e: \`plancorpus build\` not available; timing the library pipeline (examples/e2e.rs process)" >&2
fi

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
max() { sort -g | tail -1; }

# run LOG CMD...: time CMD under /usr/bin/time -v; prints "seconds peak_rss_kb".
run() {
    local log=$1
    shift
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>"$log.err" || {
        echo "bench-e2e: command failed (exit $?): $*" >&2
        tail -5 "$log.err" >&2
    }
    t1=$(date +%s.%N)
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")
    awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN {printf "%.3f %s\n", b - a, r}'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1e6}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-4s %-8s %9s %9s %10s %9s %9s %5s %9s %9s\n' size threads mode "MB/s" "docs/s" "peak RSS" "cut MB/s" "tag MB/s" runs "ratio/cut" "ratio/tag"

for mb in "${SIZES[@]}"; do
    corpus=$DATA/corpus-$mb
    if [ ! -f "$corpus/.complete" ]; then
        rm -rf "$corpus"
        "$E2E" gen "$corpus" "$mb" fixtures/docs >/dev/null
        touch "$corpus/.complete"
    fi
    bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
    docs=$(find "$corpus" -name '*.txt' | wc -l)
    for t in $THREADS; do
        p_secs=() p_rss=() c_secs=() t_secs=()
        for ((i = 0; i < REPEAT; i++)); do
            out=$DATA/out-$mb-$t
            rm -rf "$out"
            if [ "$MODE" = build ]; then
                read -r s r < <(run "$DATA/log-build-$mb-$t" env RAYON_NUM_THREADS="$t" "$BIN" build "$corpus" --out "$out")
            else
                read -r s r < <(run "$DATA/log-build-$mb-$t" env RAYON_NUM_THREADS="$t" "$E2E" process "$corpus" "$out")
            fi
            p_secs+=("$s") p_rss+=("$r")
            read -r s r < <(run "$DATA/log-cut-$mb-$t" env RAYON_NUM_THREADS="$t" "$E2E" cut "$corpus")
            c_secs+=("$s")
            read -r s r < <(run "$DATA/log-tag-$mb-$t" env RAYON_NUM_THREADS="$t" "$E2E" tag "$corpus")
            t_secs+=("$s")
        done
        rm -rf "$DATA/out-$mb-$t"
        ps=$(printf '%s\n' "${p_secs[@]}" | median)
        cs=$(printf '%s\n' "${c_secs[@]}" | median)
        pr=$(printf '%s\n' "${p_rss[@]}" | max)
        ts=$(printf '%s\n' "${t_secs[@]}" | median)
        awk -v mb="$mb" -v t="$t" -v m="$MODE" -v b="$bytes" -v d="$docs" -v ps="$ps" -v cs="$cs" \
            -v ts="$ts" -v pr="$pr" -v n="$REPEAT" 'BEGIN {
            p = b / 1e6 / ps; c = b / 1e6 / cs; g = b / 1e6 / ts
            printf "%-7s %-4s %-8s %9.2f %9.1f %7.0f MB %9.2f %9.2f %5s %9.2f %9.2f\n",
                mb "MB", t, m, p, d / ps, pr / 1024, c, g, n "x", p / c, p / g
        }'
        echo "  ($docs docs, $bytes bytes; seconds per run: pipeline ${p_secs[*]}; cut ${c_secs[*]}; tag ${t_secs[*]})"
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
