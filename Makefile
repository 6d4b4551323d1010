# The README's two commands are `make serve` and `make test`; both install what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test test-native test-browser test-e2e dist size bench fuzz setup setup-release setup-test

serve: setup
	@echo "Serving the app on http://127.0.0.1:8080 (Ctrl-C stops it)"
	trunk serve

test: setup-test test-native test-browser test-e2e
	@echo "All test layers passed."

test-native:
	cargo fmt --check
	cargo test --quiet

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser --test reliability

test-e2e: dist
	node --test --test-concurrency=1 e2e/

# The release build; the intro is rendered into index.html natively (src/bin/prerender.rs), so
# it needs no browser, and it runs with none on its PATH to show it (scripts/without-browser.sh).
dist: setup-release
	scripts/without-browser.sh trunk build --release

size: dist
	@node scripts/size.mjs dist

# Not part of `test`: about 10 minutes, and its timings need an otherwise idle machine.
# Writes bench/results.md (first visit against a floor and SurveyJS, answer to next question,
# the core's native benchmarks) and fails when a budget is missed.
bench: setup-test dist
	node scripts/bench.mjs

# Not part of `test`: builds fuzz/ with libFuzzer on stable Rust (sanitizer-coverage passes, for
# the host target only, so build scripts are not instrumented) and runs every target in
# fuzz/fuzz_targets for FUZZ_RUNS executions, starting from its seeds in fuzz/corpus/<target>.
# New inputs go to fuzz/target/corpus/<target>, a crashing input to fuzz/artifacts/<target>/, and
# a crash fails the run. CARGO may wrap cargo, e.g. in a lock.
FUZZ_RUNS ?= 10000000
FUZZ_TRIPLE := x86_64-unknown-linux-gnu
FUZZ_RUSTFLAGS := --cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares
CARGO ?= cargo

fuzz:
	RUSTFLAGS="$(FUZZ_RUSTFLAGS)" $(CARGO) build --release --target $(FUZZ_TRIPLE) --manifest-path fuzz/Cargo.toml
	@set -e; for file in fuzz/fuzz_targets/*.rs; do \
		target=$$(basename $$file .rs); \
		mkdir -p fuzz/corpus/$$target fuzz/target/corpus/$$target fuzz/artifacts/$$target; \
		echo "Fuzzing $$target for $(FUZZ_RUNS) runs"; \
		fuzz/target/$(FUZZ_TRIPLE)/release/$$target -runs=$(FUZZ_RUNS) -print_final_stats=1 \
			-artifact_prefix=fuzz/artifacts/$$target/ fuzz/target/corpus/$$target fuzz/corpus/$$target; \
	done

setup:
	@scripts/setup.sh build

setup-release:
	@scripts/setup.sh release

setup-test:
	@scripts/setup.sh test
