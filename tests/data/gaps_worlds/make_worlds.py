#!/usr/bin/env python3
"""Writes the hand-made calibration outputs `gaps --worlds` is tested with:
kept/worlds.csv and kept/calibration.json (40 plausible worlds), and
none/worlds.csv and none/calibration.json (a calibration that kept none).

The worlds and figures are invented; only their form is `pathways
calibrate`'s. worlds.csv carries the fingerprint of model.json's `uncertainty`
section as engine/format/uncertainty_hash.cpp computes it, so run this again
after editing that section: python3 tests/data/gaps_worlds/make_worlds.py
"""
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SPREADS = {"uniform": 0, "triangular": 1, "loguniform": 2}


def fingerprint(uncertainty):
    # nlohmann::json: object keys sorted, no spaces, doubles in shortest round-trip form.
    meaning = []
    for pid, u in uncertainty.items():
        dist = u.get("dist", "uniform")
        meaning.append({"id": pid, "paths": u["paths"] if "paths" in u else [u["path"]],
                        "scale": bool(u.get("scale", False)), "low": float(u["low"]), "high": float(u["high"]),
                        "mode": float(u["mode"]) if dist == "triangular" else 0.0, "spread": SPREADS[dist]})
    return hashlib.sha256(json.dumps(meaning, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


# The kept region of each parameter: the figures narrow the first two only.
REGIONS = {"casework_places": (5, 8), "lost_after_casework": (0.18, 0.3), "patience": (2.1, 9.8),
           "move_on_stay": (7.2, 13.6), "casework_time": (0.62, 1.57)}
TARGETS = ["rough_share", "settled_share", "lost_share", "backtest_2023:rough_share"]


def worlds_csv(uncertainty, sha, rows):
    lines = [",".join(["world", "uncertainty_sha256"] + list(uncertainty) + TARGETS)]
    rng = random.Random(7)
    for w in range(rows):
        values = []
        for pid, u in uncertainty.items():
            lo, hi = REGIONS[pid]
            v = rng.randint(lo, hi) if pid == "casework_places" else round(rng.uniform(lo, hi), 4)
            values.append(str(v))
        simulated = [round(rng.uniform(0.08, 0.3), 4), round(rng.uniform(0.55, 0.8), 4),
                     round(rng.uniform(0.1, 0.25), 4), round(rng.uniform(0.1, 0.3), 4)]
        lines.append(",".join([str(w + 1), sha] + values + [str(x) for x in simulated]))
    return "\n".join(lines) + "\n"


def target(label, role, low, high, source, met, scenario=None):
    return {"label": label, "role": role, "fitted": role == "calibration", "scenario": scenario, "low": low,
            "high": high, "source": source, "met_share": met}


def calibration(model, sha, kept):
    u = model["uncertainty"]
    t = model["targets"]
    kept_any = kept > 0
    return {
        "format": "pathways-calibration/1",
        "model": {"name": model["name"], "file": "tests/data/gaps_worlds/model.json", "sha256": "0" * 64,
                  "uncertainty_sha256": sha},
        "settings": {"waves": 3, "draws": 200, "replications": 10, "cutoff": 3, "discrepancy": 0, "seed": 5,
                     "scenarios": [], "with_targets": ["backtest_2023.json"],
                     "fit": ["rough_share", "settled_share"]},
        "parameters": {pid: {"label": e["label"], "prior": [e["low"], e["high"]],
                             "region": list(REGIONS[pid]) if kept_any else None,
                             "narrowed": pid in ("casework_places", "lost_after_casework")}
                       for pid, e in u.items()},
        "waves": [{"wave": 1, "tried": 200, "kept": 61 if kept_any else 0,
                   "narrowed": ["lost_after_casework"] if kept_any else []},
                  {"wave": 2, "tried": 200, "kept": 48, "narrowed": ["casework_places"]},
                  {"wave": 3, "tried": 200, "kept": kept, "narrowed": []}][: 3 if kept_any else 1],
        "targets": {
            "rough_share": target(t["rough_share"]["label"], "calibration", 0.1, 0.35, t["rough_share"]["source"],
                                  0.95 if kept_any else None),
            "settled_share": target(t["settled_share"]["label"], "calibration", 0.5, 0.8,
                                    t["settled_share"]["source"], 1.0 if kept_any else None),
            "lost_share": target(t["lost_share"]["label"], "validation", 0.05, 0.2, t["lost_share"]["source"],
                                 0.64 if kept_any else None),
            "backtest_2023:rough_share": target("Share sleeping rough in 2023", "validation", 0.2, 0.4,
                                                "outreach counts for 2023 (invented for this test)",
                                                0.125 if kept_any else None, "backtest_2023"),
        },
        "worlds_kept": kept,
        "stopped": "the 3 waves asked for were run" if kept_any else "wave 1 kept no world",
        **({} if kept_any else {"cannot_meet": {"targets": [], "pairs": [["rough_share", "settled_share"]]}}),
    }


def write(folder, name, text):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, name), "w") as f:
        f.write(text)


def main():
    with open(os.path.join(HERE, "model.json")) as f:
        model = json.load(f)
    sha = fingerprint(model["uncertainty"])
    for folder, kept in (("kept", 40), ("none", 0)):
        write(folder, "worlds.csv", worlds_csv(model["uncertainty"], sha, kept))
        write(folder, "calibration.json", json.dumps(calibration(model, sha, kept), indent=2) + "\n")


if __name__ == "__main__":
    main()
