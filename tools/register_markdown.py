#!/usr/bin/env python3
"""Writes the readable twin of an evidence register (evidence/register.json) as Markdown.

Usage: tools/register_markdown.py models/evidence/register.json > models/evidence/register.md
"""
import json
import sys

CONFIDENCE = {
    "high": "high: statute, official statistics or the council's own statement",
    "medium": "medium: a reputable charity, London Councils, research or news quoting official data",
    "low": "low: a proxy from another area or a secondary summary",
}


def main(path):
    register = json.load(open(path, encoding="utf-8"))
    out = [f"# {register.get('name', 'Evidence register')}", "",
           "Generated from `register.json` by `tools/register_markdown.py`: edit the JSON, then regenerate.",
           "A source in a model or scenario cites an entry by its id in square brackets, for example",
           "`[hackney_ta_2024]`; `pathways validate` warns about an id this register does not hold.",
           "Figures are quoted as published; the wording is the project's own.",
           "`checked` is the day the entry was last compared with what the publication says: rules on",
           "the move-on period change often, so a rule is only as current as that date.", "",
           "Confidence levels:", ""]
    out += [f"- {text}" for text in CONFIDENCE.values()]
    out += ["", "| id | publisher | title | date | figures used | confidence | checked | used for |",
            "|---|---|---|---|---|---|---|---|"]
    for key, e in register["entries"].items():
        cells = [f"`{key}`", e["publisher"], e["title"] + (f" ({e['url']})" if e.get("url") else ""), e["date"],
                 e["figure"], e["confidence"], e.get("checked", ""), e.get("used_for", "")]
        out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
