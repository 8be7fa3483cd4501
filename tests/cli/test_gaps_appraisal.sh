#!/usr/bin/env bash
# gaps --appraisal DIR: report.html gains "What to do first" after the
# summary, from an invented appraisal of the small sensitivity model
# (tests/data/appraisal, made up for this test): each budget's package, what
# it costs and buys, how sure that is and the close runner-up, the frontier
# chart, each action alone, the asks of the Home Office and the evidence to
# collect, every figure agreeing with findings.json. An incomplete set, an
# appraisal of another model, a malformed file, not JSON or no folder at all
# each exit 2 with the problem named, and nothing is written.
source "$(dirname "$0")/common.sh"
cd "$SRC"
MODEL=tests/data/sensitivity/model.json
FIXTURE=tests/data/appraisal

expect_exit 0 "gaps with an appraisal" -- "$BIN" gaps "$MODEL" --compare-with tests/data/sensitivity/faster_renting.json \
    -r 3 -q --appraisal "$FIXTURE" --out "$WORK/report"
report="$WORK/report/report.html"
for said in '<section id="what-first"' '<a href="#what-first">What to do first</a>' \
    'With £50,000 a year</strong>: fund “Drop-in advice sessions” and “Faster private renting”. It costs £42,000 a year' \
    'keeps about 5.1 households a year (2.6 to 7.7): £8,240 for each household kept' \
    'It is best in 55% of plausible worlds. Close behind: “Faster private renting”' \
    'It is best in 81% of plausible worlds.</li>' 'data-chart="chart-what-first"' \
    'What to ask of the Home Office' '“Longer support”: keeps about 3.4 households a year (1.2 to 5.6).' \
    '“Earlier notice of grants”: no clear effect' 'Which evidence to collect' \
    'Days people wait for casework: worth about 0.4 households a year; could change the choice in 31% of worlds.' \
    'What to do first: with £50,000 a year, pay for “Drop-in advice sessions” and “Faster private renting”.' \
    'It helps about 5.1 households each year. It came out best about 6 times in 10.' \
    '<h3 id="summary-first">What to fund first</h3>' \
    'With £50,000 a year: “Drop-in advice sessions” and “Faster private renting” (£42,000 a year) keeps about 5.1 households a year (2.6 to 7.7)'; do
    expect_in "$report" "$said" "the report says it"
done
python3 - "$report" <<'PY' || fail "What to do first is not the first section after the summary"
import re, sys
ids = re.findall(r'<section id="([^"]+)"', open(sys.argv[1], encoding="utf-8").read())
sys.exit(0 if ids[ids.index("summary") + 1] == "what-first" else 1)
PY
# No id of the appraisal in the section's words: names only.
python3 - "$report" <<'PY' || fail "the section shows an id"
import re, sys
part = re.search(r'<section id="what-first".*?</section>', open(sys.argv[1], encoding="utf-8").read(), re.S).group(0)
ids = ["drop_in_advice", "faster_renting", "more_casework", "longer_support", "earlier_notice", "rough_sleeping",
       "casework_places", "lost_after_casework"]
shown = [i for i in ids if i in part]
print(shown) if shown else None
sys.exit(1 if shown else 0)
PY
expect_in "$WORK/report/findings.json" '"what_to_do_first"' "findings.json holds the appraisal's figures"
python3 tests/cli/report_audit.py "$report" "$WORK/report/findings.json" > "$WORK/audit" ||
    fail "the report disagrees with findings.json: $(head -c 1500 "$WORK/audit")"
grep -q "0 mismatches" "$WORK/audit" || fail "the audit did not run: $(head -c 400 "$WORK/audit")"
# Without --appraisal, no section and nothing of it in findings.json.
expect_exit 0 "gaps without an appraisal" -- "$BIN" gaps "$MODEL" -r 3 -q --out "$WORK/plain"
grep -q 'id="what-first"' "$WORK/plain/report.html" && fail "a report without an appraisal shows What to do first"
grep -q '"what_to_do_first"' "$WORK/plain/findings.json" && fail "findings.json without an appraisal holds one"

# A folder of the fixture's files, the manifest written for appraisal.json as it is then.
folder() {  # folder NAME: a copy of the fixture in $WORK/NAME, with a fresh manifest
    mkdir -p "$WORK/$1" && cp "$FIXTURE/appraisal.json" "$WORK/$1/"
}
manifest() {  # manifest NAME
    python3 - "$WORK/$1" <<'PY'
import hashlib, json, os, sys
data = open(os.path.join(sys.argv[1], "appraisal.json"), "rb").read()
files = [{"name": "appraisal.json", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}]
json.dump({"format": "pathways-output-set/1", "files": files, "not_in_this_set": []},
          open(os.path.join(sys.argv[1], "manifest.json"), "w"))
PY
}
refused() {  # refused WHAT DIR MESSAGE [MODEL]: exit 2, the problem named, no report written
    local out="$WORK/out-$RANDOM"
    expect_exit 2 "$1" -- "$BIN" gaps "${4:-$MODEL}" -r 2 -q --appraisal "$2" --out "$out"
    grep -qF -- "$3" "$WORK/err" || fail "$1: stderr does not say '$3': $(head -c 400 "$WORK/err")"
    expect_absent "$out/report.html" "$1: no report"
}

folder unlisted
refused "an incomplete set (no manifest)" "$WORK/unlisted" "manifest.json: missing or unreadable"
folder changed && manifest changed && sed -i 's/"cost_per_year": 12000/"cost_per_year": 2000/' "$WORK/changed/appraisal.json"
refused "a set changed after it was written" "$WORK/changed" "does not match"
refused "an appraisal of another model" "$FIXTURE" "is an appraisal of another model file" tests/data/gaps_model.json
folder format && sed -i 's/pathways-appraisal\/1/pathways-appraisal\/9/' "$WORK/format/appraisal.json" && manifest format
refused "another format" "$WORK/format" '/format: must be "pathways-appraisal/1"'
edited() {  # edited NAME PYTHON: a copy whose appraisal.json `j` the Python statement changes, with its manifest
    folder "$1" && python3 - "$WORK/$1/appraisal.json" "$2" <<'PY' && manifest "$1"
import json, sys
j = json.load(open(sys.argv[1]))
exec(sys.argv[2])
json.dump(j, open(sys.argv[1], "w"))
PY
}
edited unknown 'j["options"][2]["actions"] = ["faster_rentin"]'
refused "a package of an unknown action" "$WORK/unknown" '/options/2/actions/0: "faster_rentin" is not in /actions'
edited share 'j["options"][2]["probability_best"] = [0.35]'
refused "a share missing for a budget" "$WORK/share" "/options/2/probability_best: must give one share for each"
edited ask 'j["options"][1]["actions"] = ["longer_support"]'
refused "an ask in a package" "$WORK/ask" "an ask of another body, never part of a package"
folder broken && printf '{"format": "pathways-appraisal/1",' > "$WORK/broken/appraisal.json" && manifest broken
refused "not JSON" "$WORK/broken" "appraisal.json"
refused "no folder" "$WORK/nowhere" "manifest.json: missing or unreadable"
finish
