#!/usr/bin/env python3
"""Writes the hand-made appraisal `gaps --appraisal` is tested with:
appraisal.json (format pathways-appraisal/1) and its manifest.json, as
`pathways appraise MODEL --out DIR` would write them, for the small model
tests/data/sensitivity/model.json.

Every figure is invented: three council actions (two of them the what-ifs
beside that model, one made up), two asks of the Home Office, three budgets
and the value of evidence on the model's uncertain assumptions. Only the form
is the appraisal's. appraisal.json carries the sha256 of the model file's
bytes, so run this again after editing the model:
python3 tests/data/appraisal/make_fixture.py
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(HERE, "..", "sensitivity", "model.json")

ACTIONS = [
    {"id": "drop_in_advice", "name": "Drop-in advice sessions", "file": "drop_in_advice.json (invented)",
     "cost_per_year": 12000},
    {"id": "faster_renting", "name": "Faster private renting", "file": "tests/data/sensitivity/faster_renting.json",
     "cost_per_year": 30000},
    {"id": "more_casework", "name": "More caseworkers", "file": "tests/data/sensitivity/more_casework.json",
     "cost_per_year": 90000},
]
BUDGETS = [50000, 100000, 150000]
# Each option: its actions, households kept from sleeping rough a year (mean, low, high),
# the share of worlds in which it is best within each budget, and whether it is on the frontier.
OPTIONS = [
    ([], (0, 0, 0), [0, 0, 0], True, None),
    (["drop_in_advice"], (1.5, -0.3, 2.9), [0.10, 0, 0], False, None),
    (["faster_renting"], (4.2, 2.1, 6.3), [0.35, 0.05, 0], True, 7142.857),
    (["more_casework"], (9.6, 6.0, 13.1), [0, 0.81, 0.05], False, None),
    (["drop_in_advice", "faster_renting"], (5.1, 2.6, 7.7), [0.55, 0.14, 0], False, None),
    (["drop_in_advice", "more_casework"], (10.2, 6.4, 14.0), [0, 0, 0.03], False, None),
    (["faster_renting", "more_casework"], (12.8, 8.9, 16.8), [0, 0, 0.44], True, 10465.116),
    (["drop_in_advice", "faster_renting", "more_casework"], (13.1, 9.0, 17.3), [0, 0, 0.48], True, 40000.0),
]
ROUGH_NOW, SETTLED_NOW = 40.0, 210.0


def estimate(mean, low, high):
    return {"mean": round(mean, 3), "low": round(low, 3), "high": round(high, 3)}


def measures(kept):
    mean, low, high = kept
    return [{"id": "rough_sleeping", "value": estimate(ROUGH_NOW - mean, ROUGH_NOW - high, ROUGH_NOW - low),
             "change": estimate(-mean, -high, -low)},
            {"id": "settled", "value": estimate(SETTLED_NOW + mean, SETTLED_NOW + low, SETTLED_NOW + high),
             "change": estimate(mean, low, high)}]


def option(actions, kept, best, frontier, incremental):
    cost = sum(a["cost_per_year"] for a in ACTIONS if a["id"] in actions)
    mean, low, high = kept
    per = None
    if mean > 0:
        per = {"mean": round(cost / mean, 2), "low": round(cost / high, 2),
               "high": round(cost / low, 2) if low > 0 else None}
    return {"actions": actions, "cost_per_year": cost, "measures": measures(kept), "effect": estimate(*kept),
            "cost_per_household": per, "frontier": frontier,
            "dominance": "none" if frontier else "extendedly_dominated",
            "incremental_cost_per_household": incremental, "probability_best": best, "samples": 200}


def best_of(b):
    return max(OPTIONS, key=lambda o: o[2][b])[0]


def appraisal(model_sha256):
    evidence = [{"parameter": "patience", "label": "days people wait for casework", "evppi": 0.42,
                 "choice_changes": 0.31},
                {"parameter": "casework_places", "label": "casework places", "evppi": 0.18, "choice_changes": 0.12},
                {"parameter": "lost_after_casework", "label": "share losing contact after casework", "evppi": 0.05,
                 "choice_changes": 0.04},
                {"parameter": "move_on_stay", "label": "move-on period", "evppi": 0, "choice_changes": 0}]
    return {
        "format": "pathways-appraisal/1",
        "invented": "test data: every figure here is made up to test the report; none comes from a model run",
        "model": {"file": "tests/data/sensitivity/model.json", "name": "Small pathway with uncertain assumptions",
                  "sha256": model_sha256},
        "command": "pathways appraise tests/data/sensitivity/model.json (invented)",
        "currency": "GBP",
        "measure": {"id": "rough_sleeping", "label": "Households who end up sleeping rough", "better": "lower"},
        "measures": [{"id": "rough_sleeping", "label": "Households who end up sleeping rough", "better": "lower"},
                     {"id": "settled", "label": "Households who find a settled home", "better": "higher"}],
        "samples": {"kind": "worlds", "count": 200, "replications_per_sample": 1,
                    "worlds_file": "tests/data/sensitivity/worlds.csv",
                    "interval": "the middle 90% of plausible worlds"},
        "selection": None,
        "search": {"exhaustive": True, "packages": 7, "run": 7, "heuristic": None},
        "actions": ACTIONS,
        "asks": [{"id": "longer_support", "name": "Longer support", "decided_by": "Home Office",
                  "file": "tests/data/sensitivity/longer_support.json", "measures": measures((3.4, 1.2, 5.6)),
                  "effect": estimate(3.4, 1.2, 5.6)},
                 {"id": "earlier_notice", "name": "Earlier notice of grants", "decided_by": "Home Office",
                  "file": "earlier_notice.json (invented)", "measures": measures((0.4, -0.8, 1.6)),
                  "effect": estimate(0.4, -0.8, 1.6)}],
        "clashes": [],
        "options": [option(*o) for o in OPTIONS],
        "budgets": [{"budget": budget, "best": best_of(b), "probability_best": max(o[2][b] for o in OPTIONS),
                     "evidence": evidence if b == len(BUDGETS) - 1 else [], "evpi": 0.61 if b == len(BUDGETS) - 1
                     else None} for b, budget in enumerate(BUDGETS)],
    }


def main():
    model_sha256 = hashlib.sha256(open(MODEL, "rb").read()).hexdigest()
    text = json.dumps(appraisal(model_sha256), indent=2) + "\n"
    with open(os.path.join(HERE, "appraisal.json"), "w", encoding="utf-8") as f:
        f.write(text)
    data = text.encode("utf-8")
    manifest = {"format": "pathways-output-set/1",
                "files": [{"name": "appraisal.json", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}],
                "not_in_this_set": ["README.md", "make_fixture.py"]}
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
