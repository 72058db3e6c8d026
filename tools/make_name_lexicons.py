#!/usr/bin/env python3
"""Writes detectors/data/first_names.txt and last_names.txt from ../shared/lexicons/names.

One name a line, as written (capitalised). Run from the repository root; the output is
committed, so the build never needs ../shared."""

import json
import pathlib

SHARED = pathlib.Path("../shared/lexicons/names")
OUT = pathlib.Path("detectors/data")

HEADER = """# {what} for the PERSON detector's "in the name list" features.
# Source: ../shared/lexicons/names (norwegian_names_union.json, names_by_source.json):
# top lists for Norway, Sweden, Denmark, Finland, Britain and the US from Python Faker (MIT),
# faker-js (MIT) and full-name-generator, drawing on Statistics Norway (NLOD 2.0), SCB, DST
# and DVV (CC BY 4.0), ONS (OGL v3) and the US SSA (public domain).{extra}
# Made by tools/make_name_lexicons.py; one name a line.
"""


# Surnames the top lists lack that Norwegian chat and forms write most: "Nordmann" is the
# surname of the placeholder names (Ola and Kari Nordmann, as John Doe in English).
EXTRA_LAST_NAMES = ["Nordmann"]

# North Sami first names in their Sami spelling, which the top lists lack (they hold the
# Norwegian forms: Anders, Aslak, Margit, Nils): "Takk for hjelpen, Ánde!", "Niillas har
# mistet bankkortet". Written for sladd from general knowledge of the names in use; not
# "Elle", also a magazine NorNE names often ("redaktør for Elle").
EXTRA_FIRST_NAMES = [
    "Ánde", "Ánne", "Ánte", "Áslat", "Biret", "Gáddjá", "Heaika", "Issát", "Iŋgá",
    "Jovnna", "Jovsset", "Lemet", "Máhtte", "Máijá", "Máret", "Mihkkal", "Niillas", "Ovllá",
    "Piera", "Ráhkel", "Risten", "Sárá", "Sunná"]


def main():
    union = json.loads((SHARED / "norwegian_names_union.json").read_text())
    by_source = json.loads((SHARED / "names_by_source.json").read_text())
    first = {entry["name"] for entry in union["first_names"]}
    last = {entry["name"] for entry in union["last_names"]}
    for lists in by_source.values():
        for key, names in lists.items():
            if not isinstance(names, list) or key.endswith("weights"):
                continue
            target = last if key.startswith("last") else first if key.startswith("first") else None
            if target is not None:
                target.update(n.strip() for n in names if isinstance(n, str) and n.strip())
    last.update(EXTRA_LAST_NAMES)
    first.update(EXTRA_FIRST_NAMES)
    placeholder = "\n# Also the placeholder surname Nordmann (Ola and Kari Nordmann)."
    sami = "\n# Also North Sami first names in Sami spelling (Ánte, Máret, Niillas), written for sladd."
    for name, names, what, extra in (("first_names.txt", first, "First names", sami),
                                     ("last_names.txt", last, "Last names", placeholder)):
        text = HEADER.format(what=what, extra=extra) + "\n".join(sorted(names)) + "\n"
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(names))


if __name__ == "__main__":
    main()
