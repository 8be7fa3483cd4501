# Every bundled model and scenario passes both the JSON Schema and the validator.
source "$(dirname "$0")/common.sh"

/usr/bin/python3 - "$SRC" <<'PY' || fail "a bundled file does not match its JSON Schema"
import json, pathlib, sys
from jsonschema import Draft202012Validator
src = pathlib.Path(sys.argv[1])
model_schema = json.loads((src / "schema/pathways-1.schema.json").read_text())
scenario_schema = json.loads((src / "schema/pathways-scenario-1.schema.json").read_text())
Draft202012Validator.check_schema(model_schema)
Draft202012Validator.check_schema(scenario_schema)
bad = 0
for path, schema in [(p, model_schema) for p in sorted(src.glob("models/*.json"))] + \
                    [(p, scenario_schema) for p in sorted(src.glob("scenarios/*.json"))]:
    for error in Draft202012Validator(schema).iter_errors(json.loads(path.read_text())):
        print(f"{path.name}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
        bad += 1
sys.exit(1 if bad else 0)
PY

for model in "$SRC"/models/*.json; do
    expect_exit 0 "validate $(basename "$model")" -- "$BIN" validate "$model"
done
for scenario in "$SRC"/scenarios/*.json; do
    expect_exit 0 "validate hackney with $(basename "$scenario")" -- \
        "$BIN" validate "$SRC/models/hackney.json" -s "$scenario"
done
finish
