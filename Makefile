# The README's two commands are `make serve` and `make test`; both install what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test test-native test-browser test-e2e dist size setup setup-test

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

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test
