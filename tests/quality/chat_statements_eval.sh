#!/usr/bin/env bash
# Quality gate on tests/data/special_categories.jsonl (special-category statements, names,
# addresses and birth dates in chat messages, with hard negatives) and on
# tests/data/frame_checks.jsonl (the lexicons' frame checks): minimums a change may only raise.
# Usage: chat_statements_eval.sh SLADD_BINARY DATA_FILE
set -euo pipefail
sladd=$1
data=$2
args=()
for minimum in HEALTH_DATA=1 RELIGIOUS_BELIEF=1 POLITICAL_OPINION=1 TRADE_UNION_MEMBERSHIP=1 \
               ETHNIC_ORIGIN=1 SEX_LIFE_OR_ORIENTATION=1 BIOMETRIC_DATA=1 CRIMINAL_OFFENCE=1 \
               GENETIC_DATA=1 PERSON=1 STREET_ADDRESS=1 DATE_OF_BIRTH=1; do
  args+=(--type "${minimum%%=*}" --min-recall "$minimum")
done
for minimum in HEALTH_DATA=1 RELIGIOUS_BELIEF=1 POLITICAL_OPINION=1 TRADE_UNION_MEMBERSHIP=1 \
               ETHNIC_ORIGIN=1 SEX_LIFE_OR_ORIENTATION=1 BIOMETRIC_DATA=1 CRIMINAL_OFFENCE=1 \
               GENETIC_DATA=1 PERSON=1 STREET_ADDRESS=1 DATE_OF_BIRTH=1; do
  args+=(--min-precision "$minimum")
done
"$sladd" eval "${args[@]}" "$data"
