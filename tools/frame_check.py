#!/usr/bin/env python3
"""Frame check: fills one statement pattern with every word of a list, runs sladd over the
sentences and prints those where sladd finds nothing of the expected type.

    python3 tools/frame_check.py --type HEALTH_DATA \\
        --pattern "Jeg har {} og må flytte timen." --words conditions.txt

A list's gaps show at once this way, where rounds of hand-written messages find one at a
time. With --labelled, the sentences found are printed labelled as sladd finds them
([text|TYPE], the format of tests/data/frame_checks.txt) and the misses go to stderr.
Words come one a line; '#' starts a comment. Run from the repository root after a build.
"""

import argparse
import json
import subprocess
import sys


def read_words(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def analyze(sladd, sentences):
    result = subprocess.run([sladd, "analyze", "--include-values", "--threads", "1"],
                            input="".join(s + "\n" for s in sentences), capture_output=True,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"{sladd} analyze failed: {result.stderr.strip()}")
    return [json.loads(line)["findings"] for line in result.stdout.splitlines()]


def labelled(sentence, findings):
    text = sentence.encode()
    out, pos = b"", 0
    for f in sorted(findings, key=lambda f: f["start"]):
        if f["start"] < pos:
            continue
        out += text[pos:f["start"]] + b"[" + text[f["start"]:f["end"]] + b"|"
        out += f["type"].encode() + b"]"
        pos = f["end"]
    return (out + text[pos:]).decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--type", required=True, action="append",
                        help="a type that counts as found (repeatable)")
    parser.add_argument("--pattern", required=True, help="a sentence with {} for the word")
    parser.add_argument("--words", required=True, help="a file of words, one a line")
    parser.add_argument("--sladd", default="build/bin/sladd")
    parser.add_argument("--labelled", action="store_true",
                        help="print the sentences found, labelled; misses to stderr")
    args = parser.parse_args()
    sentences = [args.pattern.replace("{}", word) for word in read_words(args.words)]
    misses = 0
    for sentence, findings in zip(sentences, analyze(args.sladd, sentences)):
        found = any(f["type"] in args.type for f in findings)
        if found and args.labelled:
            print(labelled(sentence, findings))
        elif not found:
            misses += 1
            print("MISS", sentence, file=sys.stderr if args.labelled else sys.stdout)
    print(f"{misses} of {len(sentences)} missed", file=sys.stderr)


if __name__ == "__main__":
    main()
