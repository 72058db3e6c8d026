#!/usr/bin/env python3
"""Turns a marked text file ("Jeg har [diabetes|HEALTH_DATA]") into labelled JSON lines
{"id","text","spans":[{"start","end","label"}]} with UTF-8 byte offsets, for `sladd eval`.
One message a line; a message of several lines (a form) writes each line break as \\n, and
a backslash of the text as \\\\ (a log's escaped break, a backslash then "n", is \\\\n). A
line may open with the turn the message answers in double braces, "{{Har du noen
allergier?}} [ja, nøtter|HEALTH_DATA]": it becomes the record's "previous_turn".

    tools/make_labelled_jsonl.py tests/data/special_categories.txt > tests/data/special_categories.jsonl
"""

import json
import re
import sys

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z_]+)\]")
ESCAPE = re.compile(r"\\([\\n])")
PREVIOUS_TURN = re.compile(r"^\{\{(.+?)\}\} ", re.DOTALL)


def main(path):
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = ESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else "\\", line.rstrip("\n"))
        if not line or line.startswith("#"):
            continue
        record = {"id": f"line-{number}"}
        turn = PREVIOUS_TURN.match(line)
        if turn:
            record["previous_turn"] = turn.group(1)
            line = line[turn.end():]
        text, spans, last = "", [], 0
        for match in MARK.finditer(line):
            text += line[last:match.start()]
            start = len(text.encode())
            text += match.group(1)
            spans.append({"start": start, "end": len(text.encode()), "label": match.group(2)})
            last = match.end()
        text += line[last:]
        record.update({"text": text, "spans": spans})
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
