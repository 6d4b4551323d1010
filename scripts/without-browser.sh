#!/usr/bin/env bash
# Runs a command with no web browser on its PATH. `make dist` builds through it, so every release
# build, CI's included, shows that building needs no browser (only `make test` installs one).
# Each PATH folder that holds a browser is replaced by a folder of links to its other programs.
set -euo pipefail
browsers='^(chromium|chromium-browser|chrome|google-chrome.*|chromedriver|firefox|msedge)$'
shadow=$(mktemp -d)
trap 'rm -rf "$shadow"' EXIT
path=""
n=0
IFS=: read -ra folders <<<"$PATH"
for folder in "${folders[@]}"; do
  if [ -d "$folder" ] && ls -1 "$folder" | grep -E "$browsers" >/dev/null; then
    n=$((n + 1))
    mkdir "$shadow/$n"
    ln -s "$folder"/* "$shadow/$n/"
    ls -1 "$shadow/$n" | grep -E "$browsers" | while read -r name; do rm "$shadow/$n/$name"; done
    folder="$shadow/$n"
  fi
  path="${path:+$path:}$folder"
done
PATH="$path" "$@"
