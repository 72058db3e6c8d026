#!/usr/bin/env python3
"""Writes detectors/data/special/politics_parties.txt: the parties that ran for the
Storting 2009-2025, from ../shared/lexicons/politics/norwegian_parties_storting_2009_2025.json.

A party name is political-opinion data only about a person ("jeg stemmer Høyre", "medlem av
Rødt"), so every name needs a person or a political cue nearby ("~"); names that are also
ordinary words ("høyre", "venstre", "rødt", "alliansen") need a political cue ("?"). The
abbreviations of the larger parties are added (in any case where they are no other word).
Run from the repository root; the output is committed."""

import json
import pathlib
import re

SOURCE = pathlib.Path("../shared/lexicons/politics/norwegian_parties_storting_2009_2025.json")
OUT = pathlib.Path("detectors/data/special/politics_parties.txt")

# Party names that are also ordinary words or phrases.
AMBIGUOUS = {"høyre", "venstre", "rødt", "konservativt", "alliansen", "folkemakten",
             "nordting", "redd naturen", "pasientfokus", "sykehus til alta", "demokratene"}
# Names that are only letters of an abbreviation ("AML", "ES"): too short to find safely.
SKIP = {"aml", "es", "nra", "samt", "vigrid", "npat", "sall", "tpf"}
# Usual abbreviations, nynorsk names and indefinite forms of the parties with seats.
# Abbreviations that are no other word are found in any case ("jeg stemmer ap" in chat);
# "Sp" and "SV" only as written ("sp", "sv" are short for other words).
EXTRA = ["=?ap", "=?^Sp", "=?^SP", "=?^SV", "=?krf", "=?frp", "=?mdg", "~Arbeidarpartiet", "~Framstegspartiet", "~Kristeleg Folkeparti",
         "~Miljøpartiet", "~Miljøpartiet Dei Grøne", "~De Grønne", "?raudt", "~Raudt",
         # Indefinite forms, as in local branches ("Bergen Arbeiderparti")
         "~Arbeiderparti", "~Arbeidarparti", "~Senterparti", "~Fremskrittsparti",
         "~Framstegsparti"]

HEADER = """# POLITICAL_OPINION: Norwegian parties that ran for the Storting 2009-2025, with common
# abbreviations and nynorsk names. Source: ../shared/lexicons/politics (public election
# results, valgresultat.no, Valgdirektoratet, via hersle/valgsimulator). Made by
# tools/make_politics_lexicon.py.
"""


def main():
    parties = json.loads(SOURCE.read_text())["parties"]
    lines = []
    for party in parties:
        for name in party["names"]:
            name = re.sub(r"\s*\(.*\)$", "", name)          # "Fred og Rettferdighet (FOR)"
            name = re.sub(r"^[A-ZÆØÅ]+ - ", "", name)       # "SV - Sosialistisk Venstreparti"
            folded = name.lower()
            if folded in SKIP:
                continue
            lines.append(("?" if folded in AMBIGUOUS else "~") + name)
    lines += EXTRA
    unique = list(dict.fromkeys(lines))
    OUT.write_text(HEADER + "\n".join(unique) + "\n")
    print(f"{OUT}: {len(unique)} entries")


if __name__ == "__main__":
    main()
