#!/usr/bin/env bash
# The PERSON tagger's trainer on a small made-up corpus: it learns names, adds a word-by-word
# English copy of each sentence with --translate, picks a name bias, writes a weights file of
# the current format, and gives the same bytes when run again.
# Usage: train_person_tagger_test.sh TRAINER SOURCE_DIR
set -euo pipefail
trainer=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 40 sentences "sa Kari til Ola" and the like; names are the spans labelled PER.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
firsts = ["Kari", "Ola", "Ingrid", "Per", "Zanele", "Arne", "Sofie", "Jonas"]
lasts = ["Nordmann", "Hansen", "Berg", "Okafor", "Lie"]
def line(i, split):
    first, last = firsts[i % len(firsts)], lasts[i % len(lasts)]
    text = f"I går sa {first} {last} til avisen at det går bra med {first} ."
    a = text.index(first)
    b = text.index(last) + len(last)
    c = text.rindex(first)
    spans = [{"start": len(text[:a].encode()), "end": len(text[:b].encode()), "label": "PER"},
             {"start": len(text[:c].encode()), "end": len(text[:c].encode()) + len(first.encode()), "label": "PER"}]
    return json.dumps({"text": text, "spans": spans}, ensure_ascii=False)
open(f"{work}/train.jsonl", "w").write("\n".join(line(i, "train") for i in range(40)) + "\n")
open(f"{work}/dev.jsonl", "w").write("\n".join(line(i, "dev") for i in range(3, 13)) + "\n")
PY
printf '# test dictionary\nsa\tsaid\ntil\tto\ni\tin\ngår\tyesterday\n' > "$work/words.txt"

run() {
  (cd "$source_dir" && "$trainer" --train "$work/train.jsonl" --dev "$work/dev.jsonl" \
    --translate "$work/words.txt" --epochs 3 --out "$@")
}
run "$work/a.bin" > "$work/log.txt"
cat "$work/log.txt"
grep -q "training sentences 80 (40 translated), dev sentences 10" "$work/log.txt"
# The names in the dev sentences are found.
grep -q "epoch 3: dev precision 1.0000 recall 1.0000" "$work/log.txt"
# No bias is needed when every name is found: the smallest bias with the best recall is kept.
grep -q "name bias 0.0)" "$work/log.txt"
# Magic "SLPT", version 4.
[[ $(head -c 8 "$work/a.bin" | od -An -tx1 | tr -d ' \n') == 534c505404000000 ]]
run "$work/b.bin" > /dev/null
cmp "$work/a.bin" "$work/b.bin"
# Another --seed trains in another order, and is as repeatable.
run "$work/s1.bin" --seed 7 > "$work/seed.txt"
grep -q "epoch 3: dev precision 1.0000 recall 1.0000" "$work/seed.txt"
run "$work/s2.bin" --seed 7 > /dev/null
cmp "$work/s1.bin" "$work/s2.bin"
# A dictionary that cannot be read is an error, not a quiet run without translations.
if (cd "$source_dir" && "$trainer" --train "$work/train.jsonl" --dev "$work/dev.jsonl" \
      --translate "$work/missing.txt" --out "$work/c.bin" 2> "$work/err.txt"); then
  echo "expected failure for a missing dictionary"; exit 1
fi
grep -q "cannot read the dictionary" "$work/err.txt"
echo "ok"
