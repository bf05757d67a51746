#!/usr/bin/env bash
# Seed corpus for every fuzz target from the fixture documents, their markup variants
# (`fixtures/variants/`: HTML tables) and the written probes (`fixtures/probes*/`): each cut into pieces of 40 lines (libFuzzer works best on
# inputs of a few kilobytes), plus the head of each non-UTF-8 fixture for the byte-level target.
# Writes fuzz/corpus/<target>/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
for target in process normalize segment extractors; do
    dir=fuzz/corpus/$target
    mkdir -p "$dir"
    for f in fixtures/docs/*.txt fixtures/variants/*.txt fixtures/probes*/*.txt; do
        split -l 40 -d -a 3 "$f" "$dir/$(basename "$f" .txt)-"
    done
done
for f in fixtures/encodings/*.txt; do
    head -c 4096 "$f" > "fuzz/corpus/process/$(basename "$f")"
done
echo "seeded: $(ls fuzz/corpus/process | wc -l) inputs per target"
