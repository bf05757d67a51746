# plancorpus — the commands a newcomer runs (see README.md).
CARGO ?= cargo

.PHONY: test corpus bench lint fmt build

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

bench:
	@echo "benchmarks: see the performance issue (not yet written)"

fmt:
	$(CARGO) fmt --all
