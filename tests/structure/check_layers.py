#!/usr/bin/env python3
"""CTest: the engine's folders depend on each other only downwards, as the
layers in the README say, and the lower layers use no JSON, Graphviz, files
or terminal. Usage: check_layers.py SOURCE_DIR"""
import re
import sys
from pathlib import Path

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
    "report/text": set(),
    "report/results": {"model", "tallies", "metrics", "results", "format", "sim", "run", "analysis", "report/text"},
    "report/diagram": {"model", "tallies", "metrics", "results", "report/text"},
    "report/html": {"model", "tallies", "metrics", "results", "format", "sim", "run", "analysis", "report/text",
                    "report/results", "report/diagram"},
}
# What the layers below the edge never include: JSON, Graphviz, files, the terminal.
EDGE_ONLY = re.compile(r"#include\s*[<\"](nlohmann/|graphviz/|gvc\.h|fstream|iostream|filesystem|format/)")
LOWER = {"model", "tallies", "metrics", "results", "sim", "run", "analysis"}


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


def main() -> int:
    engine = Path(sys.argv[1]) / "engine"
    problems = ["the allowed layering has a cycle"] if cycle_in(ALLOWED) else []
    for path in sorted(engine.rglob("*")):
        if path.suffix not in (".h", ".cpp") or "node_modules" in path.parts:
            continue
        here = folder_of(path, engine)
        if here not in ALLOWED:
            problems.append(f"{path}: folder '{here}' is not a known layer")
            continue
        text = path.read_text(encoding="utf-8")
        for target in re.findall(r'#include "([^"]+)/[^/"]+"', text):
            if target != here and target not in ALLOWED[here]:
                problems.append(f"{path}: includes from '{target}', which is not below '{here}'")
        if here in LOWER and (m := EDGE_ONLY.search(text)):
            problems.append(f"{path}: '{m.group(0)}' has no place below the edge")
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"layers hold: {len(ALLOWED)} folders, every include downwards")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
