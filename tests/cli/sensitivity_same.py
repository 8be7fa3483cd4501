"""Whether two sensitivity output folders hold the same results: indices.csv and
draws.csv byte for byte, sensitivity.json apart from the fields that say how
it ran. Usage: sensitivity_same.py DIR_A DIR_B"""
import json
import sys
from pathlib import Path

HOW_IT_RAN = [("wall_seconds",), ("settings", "threads"), ("settings", "processes"), ("manifest", "command")]


def without_how_it_ran(path: Path) -> dict:
    doc = json.loads(path.read_text())
    for keys in HOW_IT_RAN:
        parent = doc
        for key in keys[:-1]:
            parent = parent[key]
        del parent[keys[-1]]
    return doc


def main() -> int:
    a, b = Path(sys.argv[1]), Path(sys.argv[2])
    problems = [name for name in ("indices.csv", "draws.csv") if (a / name).read_bytes() != (b / name).read_bytes()]
    if without_how_it_ran(a / "sensitivity.json") != without_how_it_ran(b / "sensitivity.json"):
        problems.append("sensitivity.json")
    for name in problems:
        print(f"{name} differs between {a} and {b}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
