#!/usr/bin/env python3
"""CTest: no function in engine/ or tools/ runs past 60 lines. A function is
found as a line at namespace level (indent 0 or 4) ending its signature with
'{', and ends where its braces balance. Usage: check_function_length.py SOURCE_DIR"""
import re
import sys
from pathlib import Path

LIMIT = 60
START = re.compile(r"^( {0,4})[^\s}#/].*\)\s*(const)?\s*(noexcept)?\s*(->[^{]*)?\{\s*$|^( {0,4})[^\s}#/].*\)\s*:\s*\S.*\{\s*$")
NOT_FUNCTIONS = ("if", "for", "while", "switch", "else", "namespace", "struct", "class", "enum", "return")


def long_functions(path: Path):
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not START.match(line) or line.strip().startswith(NOT_FUNCTIONS):
            i += 1
            continue
        depth, j = 0, i
        while j < len(lines):
            depth += lines[j].count("{") - lines[j].count("}")
            if depth <= 0:
                break
            j += 1
        if j - i + 1 > LIMIT:
            yield i + 1, j - i + 1, line.strip()
        i = j + 1


def main() -> int:
    root = Path(sys.argv[1])
    found = []
    for folder in ("engine", "tools"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".h", ".cpp") and "node_modules" not in path.parts:
                found += [(path, *f) for f in long_functions(path)]
    for path, line, length, text in found:
        print(f"FAIL: {path}:{line}: {length} lines: {text[:70]}")
    if not found:
        print(f"no function is longer than {LIMIT} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
