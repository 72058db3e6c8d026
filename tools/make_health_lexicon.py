#!/usr/bin/env python3
"""Writes detectors/data/special/health_icd10.txt: diagnosis head terms mined from the
Norwegian ICD-10 texts in ../shared/lexicons/health/navikt_ICD10.json.

ICD-10 texts are formal ("Ondartet svulst i hovedbronkie"); chat says "har lymfom" or
"fikk artrose". So the texts are split into words and the words that name a disease by
their ending (-itt, -ose, -emi, -sykdom, -syndrom, -lidelse, ...) are kept, at least six
letters long; a word that the hand-written health.txt lists is left to it, since its
markers decide ("~betennelse" needs a person, "%hjerteinfarkt" is also hyperbole). Run
from the repository root; the output is committed, so the build never needs ../shared."""

import json
import pathlib
import re

SOURCE = pathlib.Path("../shared/lexicons/health/navikt_ICD10.json")
OUT = pathlib.Path("detectors/data/special/health_icd10.txt")
HAND_WRITTEN = pathlib.Path("detectors/data/special/health.txt")
MARKERS = "=*~?+^%"

DISEASE_ENDINGS = (
    "itt", "ose", "om", "emi", "sykdom", "sykdommer", "syndrom", "lidelse", "lidelser",
    "forstyrrelse", "forstyrrelser", "feber", "svulst", "kreft", "betennelse", "infeksjon",
    "allergi", "astma", "epilepsi", "fobi", "plegi", "algi", "pati", "insuffisiens",
    "sklerose", "svikt", "angst", "depresjon", "diabetes", "demens", "psykose", "infarkt",
    "anemi", "emboli", "trombose", "cyste", "lammelse",
)
# Words with a disease ending that are not diseases, or are too general in chat.
NOT_DISEASES = {
    "autonom", "mellom", "smittsom", "langsom", "gjennom", "utenom", "fattigdom", "kromosom",
    "autosom", "kjønnskromosom", "x-kromosom", "kragebensbruddsom", "halvmåne-glom",
    "hermafroditt", "cellulitt", "forstyrrelse", "forstyrrelser", "lidelse", "lidelser",
    "systemsvikt", "funksjonssvikt", "sykdom", "sykdommer", "syndrom", "infeksjon",
    "angitt", "mareritt", "glukose", "e-syndrom",
}
WORD = re.compile(r"[a-zæøåéü]+(?:-[a-zæøåéü]+)*")

HEADER = """# HEALTH_DATA: diagnosis head terms mined from the Norwegian ICD-10 code texts.
# Source: github.com/navikt/diagnosekoder (MIT licence, Copyright (c) 2023 NAV IT), texts from
# the Norwegian Directorate of e-health's published ICD-10 code list, via
# ../shared/lexicons/health/navikt_ICD10.json. Words ending as disease names do (-itt, -ose,
# -emi, -sykdom, -syndrom, ...), six letters or more. Made by tools/make_health_lexicon.py.
"""


def hand_written_terms():
    """The terms of health.txt, lowercase, without their markers."""
    terms = set()
    for line in HAND_WRITTEN.read_text().splitlines():
        if line and line[0] not in "#!@&":
            terms.add(line.lstrip(MARKERS).lower())
    return terms


def main():
    entries = json.loads(SOURCE.read_text())
    terms = set()
    hand_written = hand_written_terms()
    for entry in entries:
        if not re.fullmatch(r"[A-Z]\d\d\d?", entry["code"]):  # skip external-cause codes
            continue
        for word in WORD.findall(entry["text"].lower()):
            if (len(word) >= 6 and word.endswith(DISEASE_ENDINGS) and word not in NOT_DISEASES
                    and word not in hand_written):
                terms.add(word)
    OUT.write_text(HEADER + "\n".join(sorted(terms)) + "\n")
    print(f"{OUT}: {len(terms)} terms")


if __name__ == "__main__":
    main()
