#!/usr/bin/env python3
"""CTest: the engine's folders depend on each other only downwards, as the
layers in the README say, and the layers below the edge touch no JSON,
Graphviz, files, environment or terminal: neither through their headers nor
through calls such as getenv, printf or std::cout. Code is read as clang's
lexer reads it, so comments and strings never count. Usage: check_layers.py SOURCE_DIR"""
import re
import sys
from itertools import takewhile
from pathlib import Path

from cpp_source import lex, source_files

# Each folder and the folders it may include from (besides itself).
ALLOWED = {
    "model": set(),
    "tallies": {"model"},
    "metrics": {"model", "tallies"},
    "results": {"model", "tallies", "metrics"},
    "format": {"model", "tallies", "metrics", "results"},
    "sim": {"model", "tallies"},
    "run": {"model", "tallies", "metrics", "results", "sim"},
    "analysis": {"model", "tallies", "metrics", "results", "sim", "run"},
    "findings": {"model", "tallies", "metrics", "results", "sim", "run", "analysis"},
    "report/text": set(),
    "report/results": {"model", "tallies", "metrics", "results", "format", "sim", "run", "analysis", "findings",
                       "report/text"},
    "report/diagram": {"model", "tallies", "metrics", "results", "report/text"},
    "report/html": {"model", "tallies", "metrics", "results", "format", "sim", "run", "analysis", "findings",
                    "report/text", "report/results", "report/diagram"},
}
LOWER = {"model", "tallies", "metrics", "results", "sim", "run", "analysis", "findings"}
# What the layers below the edge never include: JSON, Graphviz, files, the
# terminal, the operating system.
EDGE_HEADERS = re.compile(r"(nlohmann/|graphviz/|gvc\.h$|format/|fstream$|iostream$|filesystem$|cstdio$|stdio\.h$"
                          r"|unistd\.h$|fcntl\.h$|sys/|dirent\.h$|termios\.h$)")
# ... nor call, whichever header brought them in.
EDGE_CALLS = {"getenv", "secure_getenv", "system", "popen", "printf", "fprintf", "vprintf", "vfprintf", "puts",
              "fputs", "putchar", "perror", "fopen", "freopen"}
EDGE_STREAMS = {"cout", "cerr", "clog", "cin"}


def folder_of(path: Path, engine: Path) -> str:
    return "/".join(path.relative_to(engine).parts[:-1])


def cycle_in(allowed: dict) -> bool:
    """True when the allowed graph itself has a cycle (depth-first search)."""
    state = {}

    def visit(node: str) -> bool:
        state[node] = "open"
        for nxt in allowed.get(node, ()):
            if state.get(nxt) == "open" or (nxt not in state and visit(nxt)):
                return True
        state[node] = "done"
        return False

    return any(node not in state and visit(node) for node in allowed)


def includes(code: list) -> list[tuple[int, str]]:
    """(line, header) of each #include, the header with its <> or quotes."""
    found = []
    for i, (_, token, line) in enumerate(code):
        starts_line = i == 0 or code[i - 1][2] != line
        if token == "#" and starts_line and i + 1 < len(code) and code[i + 1][1] == "include":
            found.append((line, "".join(t for _, t, _ in takewhile(lambda c: c[2] == line, code[i + 2:]))))
    return found


def edge_uses(code: list) -> list[tuple[int, str]]:
    """(line, name) of each call to an edge function and each use of a standard stream."""
    found = []
    for i, (kind, token, line) in enumerate(code):
        if kind != "IDENTIFIER" or (i > 0 and code[i - 1][1] in (".", "->")):
            continue
        called = i + 1 < len(code) and code[i + 1][1] == "("
        if token in EDGE_STREAMS or (token in EDGE_CALLS and called):
            found.append((line, token))
    return found


def main() -> int:
    engine = Path(sys.argv[1]) / "engine"
    problems = ["the allowed layering has a cycle"] if cycle_in(ALLOWED) else []
    for path in source_files(engine.parent, ("engine",)):
        here = folder_of(path, engine)
        if here not in ALLOWED:
            problems.append(f"{path}: folder '{here}' is not a known layer")
            continue
        code = lex(path, path.read_text(encoding="utf-8"))
        for line, header in includes(code):
            target = header[1:-1].rpartition("/")[0]
            if header.startswith('"') and target and target != here and target not in ALLOWED[here]:
                problems.append(f"{path}:{line}: includes from '{target}', which is not below '{here}'")
            elif here in LOWER and EDGE_HEADERS.match(header[1:-1]):
                problems.append(f"{path}:{line}: #include {header} has no place below the edge")
        if here in LOWER:
            problems += [f"{path}:{line}: '{name}' has no place below the edge" for line, name in edge_uses(code)]
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"layers hold: {len(ALLOWED)} folders, every include downwards, nothing of the edge below it")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
