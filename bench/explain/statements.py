#!/usr/bin/env python3
"""Every named SQL statement in src/store (and the API's own), for EXPLAIN on a generated database.

Prints one JSON object per line: {"file", "name", "sql", "postgresql"} with the C++ string
literals joined. Statements built at run time from pieces (care_queue_signals.cpp) are listed by
hand in bench/explain/explain-all.
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
literal = re.compile(r'"((?:[^"\\]|\\.)*)"')
start = re.compile(r'\bStatement(?:\s+\w+)?\s*\{')

for path in sorted(list((root / "src").rglob("*.cpp"))):
    text = path.read_text()
    # Column lists kept in a macro of string literals (appointment_repository.cpp).
    macros = {}
    for define in re.finditer(r"#define (\w+)((?:[^\n]*\\\n)*[^\n]*)", text):
        macros[define.group(1)] = "".join(
            m.group(1).encode().decode("unicode_escape") for m in literal.finditer(define.group(2)))
    for match in start.finditer(text):
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        body = text[match.end():i - 1]
        # Split on top-level commas between literal groups.
        parts, current, pos = [], [], 0
        for token in re.finditer(r'"(?:[^"\\]|\\.)*"|,|\b[A-Z_]{4,}\b', body):
            if token.group(0) == ",":
                parts.append(current)
                current = []
            elif token.group(0) in macros:
                current.append(macros[token.group(0)])
            elif token.group(0).startswith('"'):
                current.append(token.group(0)[1:-1].encode().decode("unicode_escape"))
        parts.append(current)
        parts = ["".join(p) for p in parts if p]
        if len(parts) < 2 or not re.match(r"\s*(SELECT|UPDATE|DELETE|INSERT|WITH)", parts[1], re.I):
            continue
        print(json.dumps({"file": str(path.relative_to(root)), "name": parts[0], "sql": parts[1],
                          "postgresql": parts[2] if len(parts) > 2 else ""}))
