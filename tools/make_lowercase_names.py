#!/usr/bin/env python3
"""Writes the first names of first_names.txt that are no ordinary word in Norwegian or
English, so that the PERSON detector takes them as names in lowercase too:

- detectors/data/lowercase_first_names.txt: no word at all, a name wherever it is written in
  lowercase ("emma kommer i morgen", "wow emma is cute");
- detectors/data/lowercase_names_also_words.txt: a rare Norwegian word or a chat word as
  well ("knut", *knot*; "lene", *lean*; "june"), a name in lowercase only after a word that
  points at a person ("snakket med knut", "send it to lene").

A name qualifies when it never occurs in lowercase in the NorNE train splits (../shared; only
the counts are used) and is no lowercase entry of the SCOWL American English word list
(Debian package wamerican, /usr/share/dict/american-english): "per", "liv", "dag", "bill",
"grace" and "may" are left out. The Norwegian word lists of Debian package wnorwegian
(/usr/share/dict/bokmaal and nynorsk) only sort the rest into the two files: no word of
them is written out that is not a name of first_names.txt.

Names that are also a well-known place ("london", "georgia", "kenya", "alta") go to the
second file: in lowercase chat they are as often the place ("i live in london"), and the
detector takes no place after a verb of dwelling or travelling ("flew to georgia"), nor
after "from" where one comes from ("i'm from jordan"), while "speak to jordan" names one.
The places are the countries of ISO 3166-1 and the states, provinces and territories of
the United States, Canada and Australia (Debian package iso-codes, LGPL-2.1+,
/usr/share/iso-codes/json), the continents of the time-zone database (Debian tzdata,
public domain) and the cities in CITIES below.

Run from the repository root; the output is committed, so the build needs none of these."""

import json
import pathlib

NORNE = pathlib.Path("../shared/corpora/norne")
ENGLISH = pathlib.Path("/usr/share/dict/american-english")
NORWEGIAN = [pathlib.Path("/usr/share/dict/bokmaal"), pathlib.Path("/usr/share/dict/nynorsk")]
FIRST = pathlib.Path("detectors/data/first_names.txt")
OUT = pathlib.Path("detectors/data/lowercase_first_names.txt")
OUT_ALSO_WORDS = pathlib.Path("detectors/data/lowercase_names_also_words.txt")
ISO_COUNTRIES = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_SUBDIVISIONS = pathlib.Path("/usr/share/iso-codes/json/iso_3166-2.json")
TIME_ZONES = pathlib.Path("/usr/share/zoneinfo/zone.tab")
# Countries whose states, provinces and territories chat names as places ("moving to florida").
COUNTRIES_BY_STATE = {"US", "CA", "AU"}
STATE_TYPES = {"State", "Province", "Territory", "District"}
# Cities of over a million people, cities travellers write of ("florence was beautiful")
# and Norwegian towns whose names are first names of first_names.txt. Not Sofia, Charlotte
# or Victoria (also an Australian state): far more often women's names.
CITIES = {"london", "paris", "sydney", "milan", "roma", "houston", "dallas", "santiago",
          "brooklyn", "alexandria", "salvador", "florence", "verona", "alta", "vega"}
NAMES_BEFORE_PLACES = {"victoria"}

# Short names that are abbreviations or words the two lists lack ("med lue", "5 mio").
NOT_NAMES = {"al", "li", "ib", "wm", "lue", "sys", "mio", "geo", "uno", "oma", "tod", "neo",
             "nat", "ima", "ora", "ena", "ana", "dee"}
# English contractions as chat writes them, with no apostrophe ("make sure theres a fridge").
CHAT_CONTRACTIONS = {"theres", "heres", "wheres", "whats", "thats", "hes", "shes", "lets",
                     "ive", "youre", "theyre", "dont", "cant", "wont", "isnt", "im", "id",
                     "youll", "whos", "hows"}

# Names that are also words the word lists lack (nynorsk "dina", *your*, and "brenna",
# *burn*; months, holidays, brands, chat slang such as "asif", greetings in other
# languages): names in lowercase after a cue only.
MORE_WORDS = {"dina", "brenna", "kaja", "jan", "maj", "june", "easter", "lotta", "mercedes", "kobe", "cali", "siri", "alexa",
              "tesla", "chanel", "porsche", "jaguar", "april", "august", "december", "juni",
              "juli", "mai", "ina", "eda", "elmo", "oscar", "bingo", "jazz", "dora", "asif",
              # Vietnamese "xin chào", Chinese "ni hao", a Ming vase, "yin and ying"
              "xin", "hao", "ming", "ying",
              # Danish "tage", *take* ("kan I tage sagen?", fortieth session)
              "tage"}

# Common Nordic names that SCOWL lists only as rare English words ("martin", a bird; "tor", a
# hill; "peter out"): names in lowercase after a cue, as the words above ("ring martin",
# round 326). Not "frank", "mark", "bill" or "grace", which chat uses as words after a cue
# too ("to be frank").
RARE_ENGLISH_WORDS = {"peter", "john", "maria", "martin", "mads", "mats", "tor", "rune",
                      "sander", "victor", "hector", "jimmy", "tony", "mike", "ester", "tilde",
                      "roger", "terry"}

# Common Norwegian first names (Statistics Norway's top lists) that the Norwegian word lists
# hold only as rare, archaic or dialect words ("geir", a spear; "svein", a journeyman; "tuva",
# a tussock; "vilde", would) or for no reason chat shows ("ola", "ida", "eva"): names in
# lowercase anywhere ("ola kommer i morgen", round 502). Not "lene" (lene seg), "knut" (a
# knot in nynorsk), "lise" (relief), "luka" (the hatch), "mina" (my, in Swedish and
# dialects), "mette" (full: "vi ble mette"), "sondre" (nynorsk southern, "Sondre
# skiløyper" in NorNE), "karl" (a fellow) or "aurora" (the northern lights).
NORWEGIAN_NAMES_NOT_WORDS = {"arild", "birk", "eira", "eli", "ella", "erling", "eva", "geir",
                             "helge", "ida", "irene", "kim", "linn", "linnea", "maren", "mari",
                             "mille", "oda", "ola", "rita", "sindre", "svein", "sverre", "tove",
                             "trine", "tuva", "vetle", "vilde"}

SOURCE = """# Source: detectors/data/first_names.txt, less every word written in lowercase in the NorNE
# train splits (github.com/ltgoslo/norne, annotations CC0; only the counts are used, no
# text) and every lowercase word of SCOWL's American English list (Debian wamerican;
# Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify, distribute and sell
# granted) but for a few rare ones that are common Nordic names ("martin", "tor", sorted to
# the names also words), a few short abbreviations and words both lack ("lue", "mio",
# "theres"). Sorted into this file and its sibling by the lowercase words of the Norwegian
# bokmål and nynorsk word lists (Debian wnorwegian, used as a filter only; not for 28 common
# Norwegian names they hold only as rare words, "ola", "geir"), a few chat
# words and well-known places ("london", "georgia", "alta": the countries, states and
# continents of Debian iso-codes, LGPL-2.1+, and tzdata, and a few large cities and
# Norwegian towns).
# Made by tools/make_lowercase_names.py; one name a line.
"""
HEADER = """# First names that are no word in Norwegian or English: the PERSON detector takes them as
# names wherever they are written in lowercase ("emma kommer i morgen").
""" + SOURCE
HEADER_ALSO_WORDS = """# First names that are also a rare Norwegian word, a chat word or a place ("knut", "lene",
# "june", "london"): written in lowercase, the PERSON detector takes them as names only after
# a word that points at a person ("snakket med knut", "send it to lene").
""" + SOURCE


def places():
    found = set(CITIES)
    for country in json.loads(ISO_COUNTRIES.read_text(encoding="utf-8"))["3166-1"]:
        found.update(country[key].casefold() for key in ("name", "common_name") if key in country)
    for division in json.loads(ISO_SUBDIVISIONS.read_text(encoding="utf-8"))["3166-2"]:
        if division["code"][:2] in COUNTRIES_BY_STATE and division["type"] in STATE_TYPES:
            found.add(division["name"].casefold())
    for line in TIME_ZONES.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            found.add(line.split("\t")[2].split("/")[0].casefold())  # "Europe/Oslo": Europe
    return found - NAMES_BEFORE_PLACES


def main():
    ordinary = set()
    for path in sorted(NORNE.glob("norne_*_train.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for word in json.loads(line)["text"].split(" "):
                if word and word == word.lower():
                    ordinary.add(word)
    for word in ENGLISH.read_text(encoding="utf-8").splitlines():
        if word and word == word.lower() and word not in RARE_ENGLISH_WORDS:
            ordinary.add(word)
    names = [line for line in FIRST.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#") and line.casefold() not in ordinary
             and line.casefold() not in NOT_NAMES | CHAT_CONTRACTIONS]
    norwegian = MORE_WORDS | RARE_ENGLISH_WORDS | places()
    for path in NORWEGIAN:  # ISO-8859-1
        for word in path.read_text(encoding="latin-1").splitlines():
            if word and word == word.lower() and word not in NORWEGIAN_NAMES_NOT_WORDS:
                norwegian.add(word)
    alone = [name for name in names if name.casefold() not in norwegian]
    also_words = [name for name in names if name.casefold() in norwegian]
    OUT.write_text(HEADER + "\n".join(alone) + "\n", encoding="utf-8")
    OUT_ALSO_WORDS.write_text(HEADER_ALSO_WORDS + "\n".join(also_words) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(alone)} names; {OUT_ALSO_WORDS}: {len(also_words)}")


if __name__ == "__main__":
    main()
