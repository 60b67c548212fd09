#!/usr/bin/env python3
"""Completes a Qt .ts catalogue after lupdate.

    fill-translations.py vigie_en.ts                 # source language: translation = source text
    fill-translations.py vigie_fr.ts table.py         # copies translations from a {source: text} table

Messages already translated are left alone; the script prints the sources still unfinished.
"""
import ast
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path = sys.argv[1]
    table = None
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as handle:
            table = ast.literal_eval(handle.read().split("=", 1)[1])
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished", None) or (translation.text and translation.get("type") is None):
            continue
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("unfinished:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
