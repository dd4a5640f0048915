#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation catalogue is incomplete.

For each .ts file: no message may be marked unfinished, vanished or obsolete, and none may have
an empty translation. Every qsTr()/qsTranslate() source string in the QML tree, and with --cpp-dir
every tr()/X::tr()/QT_TRANSLATE_NOOP()/QCoreApplication::translate() string of the C++ sources,
must be present in every catalogue under the right context (the QML file's base name for qsTr;
for C++ the class: "barntid::X" for a Q_OBJECT class, X for Q_DECLARE_TR_FUNCTIONS(X)).
"""
import argparse
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

BAD_TYPES = {"unfinished", "vanished", "obsolete"}
# qsTr("…") or qsTr('…'), optionally followed by a disambiguation or count; plain literals only.
STRING = r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\''
QSTR = re.compile(r"\bqsTr\(\s*(?:" + STRING + r")")
QSTRANSLATE = re.compile(r"\bqsTranslate\(\s*(?:" + STRING + r")\s*,\s*(?:" + STRING + r")")


def unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def qml_strings(qml_dir):
    found = set()
    for path in sorted(qml_dir.rglob("*.qml")):
        source = path.read_text(encoding="utf-8")
        for m in QSTR.finditer(source):
            found.add((path.stem, unescape(m.group(1) if m.group(1) is not None else m.group(2)), path))
        for m in QSTRANSLATE.finditer(source):
            context = m.group(1) if m.group(1) is not None else m.group(2)
            text = m.group(3) if m.group(3) is not None else m.group(4)
            found.add((unescape(context), unescape(text), path))
    return found


# C++: adjacent literals ("a " "b") are one string; plain literals only (no raw strings).
CPP_LITERALS = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'
CPP_TR = re.compile(r"(?<![\w.>])(?:(\w+)::)?tr\(\s*" + CPP_LITERALS)
CPP_TRANSLATE = re.compile(r"\b(?:QT_TRANSLATE_NOOP|QCoreApplication::translate)\(\s*"
                           r'"((?:[^"\\]|\\.)*)"\s*,\s*' + CPP_LITERALS)
CPP_DEFINITION = re.compile(r"^[\w:<>&*, ]*?\b(\w+)::~?\w+\([^;]*$", re.M)


def cpp_literal(text):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', text)
    return unescape("".join(parts))


def cpp_contexts(cpp_dir):
    """Class name → translation context, from the headers."""
    contexts = {}
    for path in cpp_dir.rglob("*.h"):
        source = path.read_text(encoding="utf-8")
        for name in re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", source):
            contexts[name] = name
        for m in re.finditer(r"^class (?:\w+ )?(\w+)\b[^;]*?\{\s*Q_OBJECT", source, re.M | re.S):
            contexts.setdefault(m.group(1), "barntid::" + m.group(1))
    return contexts


def cpp_strings(cpp_dir):
    found = set()
    contexts = cpp_contexts(cpp_dir)
    for path in sorted(cpp_dir.rglob("*.cpp")):
        source = path.read_text(encoding="utf-8")
        definitions = [(m.start(), m.group(1)) for m in CPP_DEFINITION.finditer(source)]
        for m in CPP_TR.finditer(source):
            owner = m.group(1)
            if owner is None:  # a bare tr(): the class of the function it is in
                before = [name for start, name in definitions if start < m.start()]
                owner = before[-1] if before else None
            if owner not in contexts:
                continue  # not a translating class (an unrelated function named tr)
            found.add((contexts[owner], cpp_literal(m.group(2)), path))
        for m in CPP_TRANSLATE.finditer(source):
            found.add((unescape(m.group(1)), cpp_literal(m.group(2)), path))
    return found


def check_catalogue(ts_path, strings):
    problems = []
    root = ET.parse(ts_path).getroot()
    present = set()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            present.add((name, source))
            translation = message.find("translation")
            where = f"{ts_path.name}: {name}: {source!r}"
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in BAD_TYPES:
                problems.append(f"{where}: marked {kind}")
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if any(not t.strip() for t in texts):
                problems.append(f"{where}: empty translation")
    for context, source, path in sorted(strings):
        if (context, source) not in present:
            problems.append(f"{ts_path.name}: missing {context}: {source!r} (from {path})")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--qml-dir", required=True, type=pathlib.Path)
    parser.add_argument("--cpp-dir", type=pathlib.Path, help="C++ sources (app/) to check too")
    parser.add_argument("--ts", required=True, action="append", type=pathlib.Path)
    args = parser.parse_args()

    strings = qml_strings(args.qml_dir)
    if not strings:
        print(f"no qsTr strings found under {args.qml_dir}: wrong directory?", file=sys.stderr)
        return 1
    if args.cpp_dir:
        cpp = cpp_strings(args.cpp_dir)
        if not cpp:
            print(f"no tr strings found under {args.cpp_dir}: wrong directory?", file=sys.stderr)
            return 1
        strings |= cpp
    problems = []
    for ts in args.ts:
        problems += check_catalogue(ts, strings)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("run the update_translations target, then translate the entries above",
              file=sys.stderr)
        return 1
    print(f"{len(strings)} source strings, {len(args.ts)} catalogues complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
