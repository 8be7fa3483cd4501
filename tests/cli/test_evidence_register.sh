# Every source in the bundled models and scenarios either cites the evidence
# register (models/evidence/register.json) by [id] or states an assumption; every id it
# cites is in the register; validate prints no warning about citations; and
# the register's Markdown twin is in step with it.
source "$(dirname "$0")/common.sh"

/usr/bin/python3 - "$SRC" <<'PY' || fail "a bundled source cites nothing, or cites an id the register does not hold"
import json, pathlib, re, sys
src = pathlib.Path(sys.argv[1])
register = json.loads((src / "models/evidence/register.json").read_text())["entries"]
bad = 0
def texts(value, pointer):
    if isinstance(value, list):
        for i, v in enumerate(value):
            yield from texts(v, f"{pointer}/{i}")
    elif isinstance(value, dict):
        for key, v in value.items():
            p = f"{pointer}/{key}"
            if key == "source" and isinstance(v, str):
                yield p, v
            elif key == "sources" and isinstance(v, dict):
                yield from ((f"{p}/{k}", t) for k, t in v.items())
            else:
                yield from texts(v, p)
for path in sorted(src.glob("models/*.json")) + sorted(src.glob("scenarios/*.json")):
    for pointer, text in texts(json.loads(path.read_text()), ""):
        ids = re.findall(r"\[([a-z][a-z0-9_]*)\]", text)
        if not ids and not text.startswith("assumption"):
            print(f"{path.name}: {pointer}: cites no register entry and states no assumption: {text[:80]}")
            bad += 1
        for i in ids:
            if i not in register:
                print(f"{path.name}: {pointer}: [{i}] is not in models/evidence/register.json")
                bad += 1
sys.exit(1 if bad else 0)
PY

expect_exit 0 "validate the reference model" -- "$BIN" validate "$SRC/models/hackney.json"
grep -q "evidence register" "$WORK/err" && fail "validate warns about a citation: $(grep 'evidence register' "$WORK/err" | head -3)"
for scenario in "$SRC"/scenarios/*.json; do
    expect_exit 0 "validate with $(basename "$scenario")" -- "$BIN" validate "$SRC/models/hackney.json" -s "$scenario"
    grep -q "evidence register" "$WORK/err" && fail "$(basename "$scenario"): $(grep 'evidence register' "$WORK/err" | head -3)"
done

# A citation the register does not hold is a warning, and validation still passes.
sed 's/\[hackney_ta_2024\]/[hackney_ta_2042]/' "$SRC/models/hackney.json" > "$WORK/hackney.json"
mkdir -p "$WORK/evidence"
cp "$SRC/models/evidence/register.json" "$WORK/evidence/register.json"
expect_exit 0 "validate a model citing an unknown id" -- "$BIN" validate "$WORK/hackney.json"
expect_in "$WORK/err" "cites [hackney_ta_2042], which is not in the evidence register" "the unknown id is named"

python3 "$SRC/tools/register_markdown.py" "$SRC/models/evidence/register.json" > "$WORK/register.md"
diff -q "$WORK/register.md" "$SRC/models/evidence/register.md" > /dev/null ||
    fail "models/evidence/register.md is out of step with models/evidence/register.json: run tools/register_markdown.py"
finish
