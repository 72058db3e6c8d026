#!/usr/bin/env bash
# Quality gate on the labelled corpora in ../shared (not in the repository): runs `sladd eval`
# with thresholds a change may only raise (docs/QUALITY.md holds the current figures). One
# exception, on purpose: NorNE precision went from 0.92 to 0.91 when lone surnames opening a
# sentence became names (recall 0.86 -> 0.90, F1 up), the operating point the issue aims at;
# it rose back to 0.92 on 2026-12-03 (brands named like people are no names).
# Exits 77, which ctest reports as skipped, when the corpora are absent.
# Usage: shared_corpora_eval.sh SLADD_BINARY SHARED_DIR
set -euo pipefail
sladd=$1
shared=$2
norne=$shared/corpora/norne
wnut=$shared/corpora/wnut17
if [[ ! -f $norne/norne_nob_dev.jsonl || ! -f $wnut/wnut17_dev.jsonl ]]; then
  echo "skipped: labelled corpora not found under $shared/corpora (see ../shared/DATA.md)"
  exit 77
fi

echo "NorNE dev (bokmål and nynorsk), PER as PERSON"
"$sladd" eval --map PER=PERSON --type PERSON \
  --min-precision PERSON=0.92 --min-recall PERSON=0.90 \
  "$norne/norne_nob_dev.jsonl" "$norne/norne_nno_dev.jsonl"

echo "WNUT 2017 dev (English social media), person as PERSON"
"$sladd" eval --map person=PERSON --type PERSON \
  --min-precision PERSON=0.72 --min-recall PERSON=0.57 \
  "$wnut/wnut17_dev.jsonl"
