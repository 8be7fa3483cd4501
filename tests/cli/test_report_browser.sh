#!/usr/bin/env bash
# report.html in a real browser: headless Chromium draws every chart as SVG
# with no console error and no breach of the page's Content-Security-Policy
# (which allows no eval: Vega draws with its interpreter), and the page is not blank.
source "$(dirname "$0")/common.sh"
cd "$SRC"

browser="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$browser" ]] || { echo "FAIL: chromium is not installed (tools/setup.sh --tests installs it)"; exit 1; }

"$BIN" gaps models/example.json -r 3 -q --out "$WORK/r" > /dev/null || { echo "FAIL: pathways gaps failed"; exit 1; }
page="file://$WORK/r/report.html"
grep -o '<meta http-equiv="Content-Security-Policy"[^>]*>' "$WORK/r/report.html" | grep -q "script-src" ||
    fail "the report has no script policy"
grep -o '<meta http-equiv="Content-Security-Policy"[^>]*>' "$WORK/r/report.html" | grep -q "unsafe-eval" &&
    fail "the report's policy allows eval"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --virtual-time-budget=10000)

timeout 120 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d -p "$WORK")" --enable-logging=stderr --v=0 \
    --dump-dom "$page" > "$WORK/dom.html" 2> "$WORK/console.txt"
if grep -E 'CONSOLE.*(Uncaught|Error|error|WARN)|Refused to|Content.Security.Policy' "$WORK/console.txt" \
    > "$WORK/errors.txt"; then
    fail "console errors: $(head -c 600 "$WORK/errors.txt")"
fi
charts=$(grep -o 'data-chart="[^"]*"' "$WORK/r/report.html" | wc -l)
drawn=$(grep -o 'data-drawn="yes"' "$WORK/dom.html" | wc -l)
((charts > 0)) || fail "the report has no charts"
[[ "$charts" == "$drawn" ]] || fail "$drawn of $charts charts were drawn as SVG"

timeout 120 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d -p "$WORK")" --hide-scrollbars \
    --screenshot="$WORK/report.png" --window-size=1280,2400 "$page" > /dev/null 2>&1
[[ -s "$WORK/report.png" ]] || fail "no screenshot"
# A blank page compresses to a few kilobytes; a drawn report is far larger.
size=$(stat -c %s "$WORK/report.png" 2>/dev/null || echo 0)
((size > 60000)) || fail "the screenshot looks blank ($size bytes)"
finish
