#!/usr/bin/env bash
# Installs what a debug build (`setup.sh build`), a release build (`setup.sh release`) or testing
# (`setup.sh test`, the only one that needs a browser) needs and is missing.
# Every step checks the installed version first, so a ready machine passes through in a second.
# Versions and the reasons for them: ../shared/TOOLCHAIN.md and README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
need=${1:-build}

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
  # No --locked: its lock file pins a crate version the registry mirror here does not carry.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# Splits a release build's wasm (scripts/post-build.mjs); it reads the sections that
# wasm_split_helpers (a dependency of Leptos) writes, so its 0.2 line goes with Leptos 0.8.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (wasm-opt, playwright-core, axe-core, SurveyJS for make bench)"
  npm ci --no-audit --no-fund
fi

if [ "$need" = test ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's Chromium and ChromeDriver"
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_ apt-get install -y chromium chromium-driver || { $sudo_ apt-get update && $sudo_ apt-get install -y chromium chromium-driver; }
fi
