#!/usr/bin/env python3
"""Writes detectors/data/lowercase_first_names.txt: the first names of first_names.txt that
are no ordinary word in Norwegian or English, so that written in lowercase after a word
that points at a person ("snakket med kari", "send it to emma") they are still names.

A name qualifies when it never occurs in lowercase in the NorNE train splits (../shared; only
the counts are used) and is no lowercase entry of the SCOWL American English word list
(Debian package wamerican, /usr/share/dict/american-english): "per", "liv", "dag", "bill",
"grace" and "may" are left out. Run from the repository root; the output is committed, so
the build needs neither."""

import json
import pathlib

NORNE = pathlib.Path("../shared/corpora/norne")
ENGLISH = pathlib.Path("/usr/share/dict/american-english")
FIRST = pathlib.Path("detectors/data/first_names.txt")
OUT = pathlib.Path("detectors/data/lowercase_first_names.txt")

# Short names that are abbreviations or words the two lists lack ("med lue", "5 mio").
NOT_NAMES = {"al", "li", "ib", "wm", "lue", "sys", "mio", "geo", "uno", "oma", "tod", "neo",
             "nat", "ima", "ora", "ena", "ana", "dee"}

HEADER = """# First names that are no ordinary word: written in lowercase after a word that points at a
# person ("snakket med kari", "send it to emma"), the PERSON detector takes them as names.
# Source: detectors/data/first_names.txt, less every word written in lowercase in the NorNE
# train splits (github.com/ltgoslo/norne, annotations CC0; only the counts are used, no
# text) and every lowercase word of SCOWL's American English list (Debian wamerican;
# Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify, distribute and sell
# granted), and a few short abbreviations and words both lack ("lue", "mio").
# Made by tools/make_lowercase_names.py; one name a line.
"""


def main():
    ordinary = set()
    for path in sorted(NORNE.glob("norne_*_train.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for word in json.loads(line)["text"].split(" "):
                if word and word == word.lower():
                    ordinary.add(word)
    for word in ENGLISH.read_text(encoding="utf-8").splitlines():
        if word and word == word.lower():
            ordinary.add(word)
    names = [line for line in FIRST.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#") and line.casefold() not in ordinary
             and line.casefold() not in NOT_NAMES]
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
