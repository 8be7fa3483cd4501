#!/usr/bin/env bash
# The main job: set up, build, and write the gap-analysis report for the
# bundled reference model to report/report.html. Two sensitivity studies feed
# its "How sure are we": a Morris screening (which assumptions each figure
# rests on) and a run in each plausible world the calibration kept (how far the
# figures spread, how robust the gap ranking and the what-ifs are). An
# appraisal of the council's actions in the same worlds feeds "What to do
# first". They are kept beside the report, not in it: report/ is the folder to publish whole, so it is written
# with small counts suppressed, and the unsuppressed figures go to unsuppressed/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/tools/setup.sh"
"$here/tools/build.sh" -DPATHWAYS_TESTS=OFF -DPATHWAYS_BENCHMARKS=OFF
cd "$here"
model=models/hackney.json
# The sample runs every what-if in each plausible world, for "How sure are we" and the
# robustness of each what-if; the appraisal below weighs the council's actions in the same
# worlds alone and in packages.
what_ifs=(--compare-with scenarios/move_on_56_days.json --compare-with scenarios/rns_capacity_doubled.json)
council_actions=()
for action in deposit_scheme early_approach interpreting_everywhere frontline_training ta_options_support \
    ta_procurement extra_social_lets; do
    council_actions+=(--compare-with "scenarios/$action.json")
done
echo "Screening the model's assumptions (Morris, 20 trajectories of 10 replications)..."
build/pathways sensitivity "$model" --method morris --draws 20 -r 10 --quiet --out sensitivity/screening > /dev/null
# The plausible worlds are those the committed calibration kept (models/calibration, made
# by: build/pathways calibrate models/hackney.json --with-targets scenarios/backtest_2023_24.json
# --out models/calibration), read here rather than recomputed on every run.
echo "Running the model in the calibration's plausible worlds (5 replications each, with every what-if)..."
build/pathways sensitivity "$model" --method uncertainty --worlds models/calibration/worlds.csv -r 5 \
    "${what_ifs[@]}" "${council_actions[@]}" --quiet --out sensitivity/sample > /dev/null
# Every bundled council action alone and in packages within two budgets, with the Home Office's
# decisions apart, one replication in each plausible world (docs/appraisal.md).
echo "Appraising the council's actions within £50,000 and £120,000 a year in the plausible worlds..."
build/pathways appraise "$model" --worlds models/calibration/worlds.csv --budget 50000 --budget 120000 \
    --out appraisal > /dev/null
build/pathways gaps "$model" "${what_ifs[@]}" "${council_actions[@]}" --sensitivity sensitivity/screening --sensitivity sensitivity/sample \
    --appraisal appraisal \
    --suppress-below 10 --out report --unsuppressed-out unsuppressed "$@"
