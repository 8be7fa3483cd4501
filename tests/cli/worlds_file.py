"""Writes a worlds.csv as a calibration writes it, for the tests and examples of
--worlds: the header, then one row per world with the fingerprint of the
model's uncertain parameters and the world's values (no target columns: these
worlds were written by hand, not kept by matching targets).

The fingerprint is computed as engine/format/uncertainty_hash.cpp computes it:
the SHA-256 of nlohmann::json's dump of [{high, id, low, mode, paths, scale,
spread}] (keys sorted, numbers as doubles). If the two ever part, every test
using this file fails on its first world, which says so.

Usage: worlds_file.py MODEL OUT 'v1,v2,...;v1,v2,...'  (one world per ';')"""
import hashlib
import json
import sys

SPREADS = {"uniform": 0, "triangular": 1, "loguniform": 2}


def fingerprint(uncertainty: dict) -> str:
    meaning = []
    for uid, u in uncertainty.items():
        meaning.append({
            "id": uid,
            "paths": u["paths"] if "paths" in u else [u["path"]],
            "scale": bool(u.get("scale", False)),
            "low": float(u["low"]),
            "high": float(u["high"]),
            "mode": float(u.get("mode", 0)),
            "spread": SPREADS[u.get("dist", "uniform")],
        })
    text = json.dumps(meaning, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main() -> int:
    model_path, out_path, worlds = sys.argv[1:4]
    uncertainty = json.load(open(model_path))["uncertainty"]
    sha = fingerprint(uncertainty)
    lines = [",".join(["world", "uncertainty_sha256", *uncertainty])]
    for w, values in enumerate(worlds.split(";"), start=1):
        lines.append(",".join([str(w), sha, values]))
    with open(out_path, "w") as out:
        out.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
