#!/usr/bin/env bash
# Compares sladd with npm PII redaction libraries on the same generated, labelled chat
# messages: installs the libraries (package.json, pinned) into a scratch directory, runs
# them with Node message by message, and prints a Markdown table.
# Usage: bench/peers/run.sh BUILD_DIR OUT_DIR [MESSAGES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$1/bin
out=$2
messages=${3:-10000}
scratch=$out/peers
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "(Node.js and npm were not found (Debian: apt-get install nodejs npm); peers skipped.)"
  exit 0
fi
mkdir -p "$scratch"
cp "$here/package.json" "$here/compare.mjs" "$scratch/"
(cd "$scratch" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error > npm.log 2>&1) || {
  echo "(npm install failed; see $scratch/npm.log)"
  exit 0
}
"$bin/sladd-corpus" --messages "$messages" --seed 7 --format labelled > "$scratch/labelled.jsonl"
"$bin/sladd-corpus" --messages "$messages" --seed 7 --format jsonl > "$scratch/texts.jsonl"
# sladd's time: the best of three runs less the best of three start-ups (policy compiled,
# models loaded), which the libraries' in-process timing leaves out too.
best_ns() {  # output input [sladd flags...] -> fastest of three runs, in ns
  local output=$1 input=$2 best=0
  shift 2
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N)
    "$bin/sladd" redact --threads 1 --input-format jsonl --fields text "$@" "$input" > "$output"
    end=$(date +%s%N)
    (( best == 0 || end - start < best )) && best=$((end - start))
  done
  echo "$best"
}
# Timed on the texts ten times over (start-up is a tenth of a second, the texts alone a few
# tens of milliseconds), scored on one copy.
for _ in $(seq 10); do cat "$scratch/texts.jsonl"; done > "$scratch/texts10.jsonl"
seconds() {  # output [sladd flags...] -> seconds for the texts, start-up excluded
  local output=$1
  shift
  local startup run
  startup=$(best_ns /dev/null /dev/null "$@")
  run=$(best_ns /dev/null "$scratch/texts10.jsonl" "$@")
  "$bin/sladd" redact --threads 1 --input-format jsonl --fields text "$@" "$scratch/texts.jsonl" \
    > "$output"
  awk -v ns=$((run - startup)) 'BEGIN { printf "%.3f", ns / 1e9 / 10 }'
}
# The structured detectors alone (identifiers, numbers, addresses), as the libraries have
# no names model or special categories; then the default policy, everything on.
structured=$(seconds "$scratch/sladd-structured.jsonl" --config "$here/../structured_policy.json")
everything=$(seconds "$scratch/sladd-default.jsonl")
(cd "$scratch" && node compare.mjs labelled.jsonl \
  "sladd, structured detectors=sladd-structured.jsonl=$structured" \
  "sladd, default policy (+ names, special categories)=sladd-default.jsonl=$everything")
