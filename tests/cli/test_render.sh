#!/usr/bin/env bash
# pathways render: exit codes, output formats, and nothing written on failure.
set -u
bin="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect CODE DESCRIPTION -- COMMAND...: runs the command, checks its exit code.
expect() {
    local want="$1" what="$2"
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" -ne "$want" ]; then
        fail "$what: exit $got, wanted $want"
        sed 's/^/    /' "$work/err"
    fi
}

model="$src/models/example.json"
[ -f "$model" ] || model="$src/tests/data/render_model.json"

# Each format, chosen by extension or by --format.
expect 0 "dot by extension" -- "$bin" render "$model" -o "$work/a.dot"
grep -q '^digraph pathways {' "$work/a.dot" || fail "a.dot is not a DOT digraph"
grep -q "wrote $work/a.dot (dot)" "$work/out" || fail "no 'wrote' line for a.dot"
expect 0 "svg by extension" -- "$bin" render "$model" -o "$work/a.svg"
head -c 5 "$work/a.svg" | grep -q '<?xml' || fail "a.svg does not start with <?xml"
tail -n 1 "$work/a.svg" | grep -q '</svg>' || fail "a.svg does not end with </svg>"
expect 0 "png by extension" -- "$bin" render "$model" -o "$work/a.png"
[ "$(head -c 8 "$work/a.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "a.png lacks the PNG signature"
expect 0 "--format overrides the extension" -- "$bin" render "$model" --format svg -o "$work/b.out"
grep -q '<svg' "$work/b.out" || fail "--format svg did not write SVG"
expect 0 "unknown extension gives DOT" -- "$bin" render "$model" -o "$work/c.txt"
grep -q '^digraph' "$work/c.txt" || fail "c.txt is not DOT"
expect 0 "--help" -- "$bin" render --help
grep -q -- '--results' "$work/out" || fail "--help does not list --results"

# A set of results is read only with a manifest listing its files (as
# 'simulate --out' writes); these hand-made sets get one.
manifest() {  # manifest DIR
    python3 - "$1" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
data = open(os.path.join(d, "summary.json"), "rb").read()
files = [{"name": "summary.json", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}]
json.dump({"format": "pathways-output-set/1", "files": files, "not_in_this_set": []},
          open(os.path.join(d, "manifest.json"), "w"))
PY
}

# A results overlay, and its comparison with itself.
mkdir -p "$work/run"
cat >"$work/run/summary.json" <<'JSON'
{ "format": "pathways-results/1", "cohort": { "size": { "mean": 100 } }, "flows": [], "stages": {} }
JSON
manifest "$work/run"
expect 0 "with --results" -- "$bin" render "$model" --results "$work/run" -o "$work/r.svg"
grep -q '<svg' "$work/r.svg" || fail "--results did not write SVG"
expect 0 "with --versus" -- "$bin" render "$model" --results "$work/run" --versus "$work/run" -o "$work/v.dot"
grep -q 'no clear change' "$work/v.dot" || fail "--versus of a run with itself should show no change"

# Failures: exit 2, nothing written.
expect 2 "missing -o" -- "$bin" render "$model"
expect 2 "unknown format" -- "$bin" render "$model" --format jpeg -o "$work/bad1.jpeg"
[ -e "$work/bad1.jpeg" ] && fail "unknown format wrote a file"
printf '{ "format": "pathways/1", "stages": { "x": { "capacity": -1 } } }' >"$work/invalid.json"
expect 2 "invalid model" -- "$bin" render "$work/invalid.json" -o "$work/bad2.svg"
[ -e "$work/bad2.svg" ] && fail "an invalid model wrote a file"
expect 2 "--versus without --results" -- "$bin" render "$model" --versus "$work/run" -o "$work/bad3.svg"
[ -e "$work/bad3.svg" ] && fail "--versus without --results wrote a file"
mkdir -p "$work/broken"
printf '{ "format": "pathways-results/1", ' >"$work/broken/summary.json"
manifest "$work/broken"
expect 2 "malformed results" -- "$bin" render "$model" --results "$work/broken" -o "$work/bad4.svg"
[ -e "$work/bad4.svg" ] && fail "malformed results wrote a file"
grep -q 'broken/summary.json' "$work/err" || fail "the malformed results message does not name the file"
expect 2 "missing results" -- "$bin" render "$model" --results "$work/nowhere" -o "$work/bad5.svg"
[ -e "$work/bad5.svg" ] && fail "missing results wrote a file"
ls -A "$work" | grep -q '\.pathways-' && fail "a temporary file was left behind"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all render checks passed"
