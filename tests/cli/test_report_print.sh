#!/usr/bin/env bash
# report.html printed on A4 by headless Chromium: the summary fits two pages,
# the report before the appendix at most 15, every summary part is there, and
# the easy-read page reads easily (Flesch reading ease 60 or more, printed).
# A second, small model gets its own summary, with no empty section.
source "$(dirname "$0")/common.sh"
cd "$SRC"

browser="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$browser" ]] || { echo "FAIL: chromium is not installed (tools/setup.sh --tests installs it)"; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --virtual-time-budget=20000 --no-pdf-header-footer)

expect_exit 0 "gaps on the reference model" -- "$BIN" gaps models/hackney.json -r 3 -q --suppress-below 10 \
    --compare-with scenarios/move_on_56_days.json --compare-with scenarios/rns_capacity_doubled.json --out "$WORK/r"
report="$WORK/r/report.html"
for part in 'class="lead"' 'class="key-figures"' 'id="summary-findings"' 'id="summary-what-ifs"' \
            'id="summary-recommendations"' 'id="easy-read"' 'class="appendix"' "The borough's own grants"; do
    expect_in "$report" "$part" "the summary part $part"
done
findings=$(sed -n '/id="summary-findings"/,/<\/ol>/p' "$report" | grep -c '<li>')
((findings == 3)) || fail "the summary names $findings findings, not 3"

timeout 180 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d -p "$WORK")" \
    --print-to-pdf="$WORK/report.pdf" "file://$report" > /dev/null 2>&1
[[ -s "$WORK/report.pdf" ]] || { fail "Chromium printed no PDF"; finish; }
python3 tests/cli/report_print.py pages "$WORK/report.pdf" > "$WORK/pages.txt"
start() { awk -v id="$1" '$1 == "starts" && $2 == id { print $3 }' "$WORK/pages.txt"; }
total=$(awk '$1 == "pages" { print $2 }' "$WORK/pages.txt")
summary=$(start summary) easy=$(start easy-read) appendix=$(start appendix)
echo "printed: $total pages; summary from page $summary, easy read from $easy, appendix from $appendix"
[[ -n "$summary" && -n "$easy" && -n "$appendix" ]] || fail "the PDF does not name where each part starts"
((easy - summary <= 2)) || fail "the summary takes $((easy - summary)) pages, more than 2"
((appendix - 1 <= 15)) || fail "the report before the appendix takes $((appendix - 1)) pages, more than 15"

read -r _ score rest < <(python3 tests/cli/report_print.py flesch "$report")
echo "easy read: Flesch reading ease $score $rest"
python3 -c "import sys; sys.exit(0 if float('$score') >= 60 else 1)" || fail "easy read scores $score, under 60"

# Other models get their own summaries; one with no arrival streams, periods or
# costs (tests/data/gaps_model.json) still gets a report without an empty section.
for model in models/example.json tests/data/gaps_model.json; do
    out="$WORK/$(basename "$model" .json)"
    expect_exit 0 "gaps on $model" -- "$BIN" gaps "$model" -r 3 -q --out "$out"
    expect_in "$out/report.html" 'id="summary-findings"' "$model: the summary names its findings"
    python3 - "$out/report.html" <<'PY' || fail "$model: the report has an empty section"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
sys.exit(1 if re.search(r'<section id="[^"]+"[^>]*>\s*<h2[^>]*>.*?</h2>\s*</section>', text, re.S) else 0)
PY
    grep -q "Rules over time" "$out/report.html" && fail "$model: a model without regimes lists rules over time"
done
finish
