#!/usr/bin/env python3
"""Writes two lists for the special_category detector's reading of misspelt terms
(detectors/misspellings.h):

- detectors/data/special/near_term_words.txt: the real English words one edit from a word
  of the special-category lexicons ("humours" from "tumours", "singers" from "swingers"),
  never taken for a misspelt term;
- detectors/data/special/english_terms.txt: the words of the lexicons that are English
  words and no Norwegian medical ones ("speeding", not "diabetes" or "alzheimer"), whose
  misspellings are not read in a Norwegian message: there a word near one is as likely a
  Norwegian word no list holds ("speiding").

The words of the lexicons are every run of ASCII letters of seven or more in the lexicon
files, markers, cues and word classes included: more than the terms the detector misspells,
so the list guards at least those. The real words are those of Debian's wamerican and
wbritish (SCOWL, /usr/share/dict/american-english and british-english) of seven to 25 ASCII
letters; only the ones one edit from a lexicon word are written out. The words of the
Norwegian ICD-10 texts (../shared/lexicons/health/navikt_ICD10.json: "alzheimer",
"diabetes", "bipolar") are Norwegian too and left out of english_terms.txt. (Debian's
Norwegian word lists would leave out too much: they hold loans such as "speeding".)

Run from the repository root after changing a lexicon (apt-get install wamerican wbritish);
the output is committed, so the build needs none of these. With --check, writes
nothing and fails if the committed file differs (exit 77, "skipped", without the lists)."""

import json
import pathlib
import re
import sys

LEXICONS = pathlib.Path("detectors/data/special")
OUT = LEXICONS / "near_term_words.txt"
OUT_ENGLISH = LEXICONS / "english_terms.txt"
DICTIONARIES = [pathlib.Path("/usr/share/dict/american-english"),
                pathlib.Path("/usr/share/dict/british-english")]
ICD10 = pathlib.Path("../shared/lexicons/health/navikt_ICD10.json")
MIN_LENGTH, MAX_LENGTH = 7, 25
HEADER = """# Real English words one edit from a word of the special-category lexicons: never a
# misspelt term ("humours" is not "tumours"). Written by tools/make_near_term_words.py from
# the word lists of Debian's wamerican and wbritish (SCOWL; Copyright 2000-2011 Kevin
# Atkinson, permission to use, copy, modify, distribute and sell granted provided this notice
# appears); only the words near a lexicon word are kept. Do not edit: rerun the tool after
# changing a lexicon.
"""


def deletes(word):
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_edit_apart(a, b):
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if i == len(a):
        return False
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


def lexicon_words():
    words = set()
    for path in sorted(LEXICONS.glob("*.txt")):
        if path in (OUT, OUT_ENGLISH):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            words.update(w for w in re.findall(r"[a-z]+", line.lower())
                         if MIN_LENGTH <= len(w) <= MAX_LENGTH - 1)
    return words


ENGLISH_HEADER = """# Words of the special-category lexicons that are English words and no Norwegian ones: in a
# Norwegian message a word one edit from one is not read as its misspelling ("speiding" is
# scouting, not "speeding"). Written by tools/make_near_term_words.py from the lexicons, the
# word lists of Debian's wamerican and wbritish (SCOWL; Copyright 2000-2011 Kevin Atkinson,
# permission to use, copy, modify, distribute and sell granted provided this notice
# appears), less the words of the Norwegian ICD-10 texts (github.com/navikt/diagnosekoder,
# MIT; used only to leave words out). Do not edit: rerun the tool after changing a lexicon.
"""


def dictionary_words():
    words = set()
    for path in DICTIONARIES:
        for word in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words.add(word.strip().lower())
    return words


def icd10_words():
    words = set()
    for entry in json.loads(ICD10.read_text(encoding="utf-8")):
        words.update(re.findall(r"[a-z]+", entry["text"].lower()))
    return words


def near_words(terms, words):
    keys = {}
    for term in terms:
        for key in deletes(term) | {term}:
            keys.setdefault(key, []).append(term)
    found = set()
    for word in words:
        if not (MIN_LENGTH <= len(word) <= MAX_LENGTH) or not re.fullmatch(r"[a-z]+", word):
            continue
        for key in deletes(word) | {word}:
            if any(one_edit_apart(word, term) for term in keys.get(key, ())):
                found.add(word)
                break
    return found


def main():
    check = "--check" in sys.argv[1:]
    if not all(path.exists() for path in DICTIONARIES + [ICD10]):
        print("make_near_term_words: skipped, the word lists are not installed "
              "(apt-get install wamerican wbritish) or ../shared is absent")
        return 77 if check else 1
    terms = lexicon_words()
    words = dictionary_words()
    outputs = {
        OUT: HEADER + "".join(word + "\n" for word in sorted(near_words(terms, words))),
        OUT_ENGLISH: ENGLISH_HEADER + "".join(
            word + "\n" for word in sorted((terms & words) - icd10_words())),
    }
    for path, text in outputs.items():
        if not check:
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"make_near_term_words: {path} is out of date: run tools/make_near_term_words.py")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
