# plancorpus — the commands a newcomer runs (see README.md).
CARGO ?= cargo

.PHONY: test test-big corpus bench fuzz lint fmt build

build:
	$(CARGO) build --release

# The whole suite: formatting, lints, unit and integration tests.
test:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) test

# The main job on the embedded default: every fixture document into corpus/ (git-ignored).
corpus: build
	./target/release/plancorpus build fixtures/docs --out corpus

# Per-stage throughput (criterion, MB/s on fixtures/docs), then the end-to-end run: a generated
# corpus (bench-data/, git-ignored) built with 1 and 2 threads next to jieba-rs `cut` alone.
# BENCH_SIZES="100 200 1000" REPEAT=3 make bench; needs GNU time (/usr/bin/time).
BENCH_SIZES ?= 100 200
bench:
	$(CARGO) bench --bench stages
	./scripts/bench-e2e.sh $(BENCH_SIZES)

# Seed and run every cargo-fuzz target for FUZZ_SECONDS each (stable toolchain: RUSTC_BOOTSTRAP).
FUZZ_SECONDS ?= 600
fuzz:
	./fuzz/seed.sh
	for t in process normalize segment extractors; do \
		RUSTC_BOOTSTRAP=1 cargo fuzz run -s none $$t fuzz/corpus/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) -max_len=8192 -rss_limit_mb=4096 || exit 1; \
	done

fmt:
	$(CARGO) fmt --all

# The bad-input matrix at full size (50 MB single line, 100,000 headings) in release mode.
test-big:
	$(CARGO) test --release --test bad_input
