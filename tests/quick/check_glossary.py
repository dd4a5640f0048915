#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on a forbidden term (i18n/glossary.json) in the Swedish catalogue or in a translatable
string of the C++ sources, and on a BBIC label that is not the framework's own.

Each term has a pattern (case-insensitive regular expression), a scope ("everywhere", or "phone":
every context not listed as tablet-only), the preferred term, and optionally the contexts where
it is right after all (allowedIn). The BBIC labels must be exactly those of the glossary."""
import argparse
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from check_i18n import cpp_strings  # noqa: E402  (same folder)


def translations(ts_path):
    """(context, source, translation) for every message, each plural form on its own."""
    rows = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            for text in [f.text or "" for f in forms] if forms else [translation.text or ""]:
                rows.append((name, source, text))
    return rows


def applies(term, context, tablet_only):
    if context in term.get("allowedIn", {}):
        return False
    return term["scope"] == "everywhere" or context not in tablet_only


def forbidden_terms(glossary, rows, where):
    problems = []
    tablet_only = set(glossary.get("tabletOnlyContexts", []))
    for term in glossary["terms"]:
        pattern = re.compile(term["pattern"], re.IGNORECASE)
        for context, source, text in rows:
            if applies(term, context, tablet_only) and pattern.search(text):
                problems.append(f"{where}: {context}: {text!r} uses {term['pattern']!r}; "
                                f"say {term['preferred']} ({term['reason']})")
    return problems


def bbic_labels(glossary, rows):
    expected = glossary["bbic"]
    context = glossary["bbicContext"]
    actual = {source: text for name, source, text in rows if name == context}
    problems = []
    for source, label in expected.items():
        if actual.get(source) != label:
            problems.append(f"BBIC: {source!r} is {actual.get(source)!r}, the framework says {label!r}")
    for source in actual.keys() - expected.keys():
        problems.append(f"BBIC: {source!r} is not in the glossary's BBIC list")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--glossary", required=True, type=pathlib.Path)
    parser.add_argument("--ts", required=True, type=pathlib.Path, help="the Swedish catalogue")
    parser.add_argument("--cpp-dir", required=True, type=pathlib.Path)
    args = parser.parse_args()

    glossary = json.loads(args.glossary.read_text(encoding="utf-8"))
    rows = translations(args.ts)
    cpp = [(context, source, source) for context, source, _ in cpp_strings(args.cpp_dir)]
    if not rows or not cpp or not glossary["terms"]:
        print("nothing to check: wrong paths?", file=sys.stderr)
        return 1
    problems = forbidden_terms(glossary, rows, args.ts.name)
    problems += forbidden_terms(glossary, cpp, str(args.cpp_dir))
    problems += bbic_labels(glossary, rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"{len(rows)} translations and {len(cpp)} C++ strings free of "
          f"{len(glossary['terms'])} forbidden terms; {len(glossary['bbic'])} BBIC labels exact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
