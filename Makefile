# The README's two commands are `make serve` and `make test`; both install what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test test-native test-browser test-e2e dist size bench setup setup-test

serve: setup
	@echo "Serving the app on http://127.0.0.1:8080 (Ctrl-C stops it)"
	trunk serve

test: setup-test test-native test-browser test-e2e
	@echo "All test layers passed."

test-native:
	cargo fmt --check
	cargo test --quiet

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: dist
	node --test --test-concurrency=1 e2e/

dist: setup
	trunk build --release

size: dist
	@node scripts/size.mjs dist

# Not part of `test`: about 10 minutes, and its timings need an otherwise idle machine.
# Writes bench/results.md (first visit against a floor and SurveyJS, answer to next question,
# the core's native benchmarks) and fails when a budget is missed.
bench: setup-test dist
	node scripts/bench.mjs

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test
