# pathways sensitivity under mpirun: two processes give the bytes one process
# gives. Usage: sensitivity_mpi.sh BIN SOURCE_DIR MPIEXEC
# In a container Open MPI needs: --allow-run-as-root when run as root,
# --oversubscribe when there are fewer cores than processes, and the
# shared-memory transport without its single-copy mechanism (no CMA across
# the container's process namespace).
source "$(dirname "$0")/../cli/common.sh"
MPIEXEC="$3"
MODEL="$SRC/tests/data/sensitivity/model.json"
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_rmaps_base_oversubscribe=1
root=()
[[ $(id -u) == 0 ]] && root=(--allow-run-as-root)
args=(sensitivity "$MODEL" --method sobol --draws 8 -r 2 -j 1
      --compare-with "$SRC/tests/data/sensitivity/faster_renting.json")

expect_exit 0 "one process" -- "$BIN" "${args[@]}" --out "$WORK/one"
expect_exit 0 "two processes" -- "$MPIEXEC" "${root[@]}" --oversubscribe -n 2 "$BIN" "${args[@]}" --out "$WORK/two"
python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['settings']['processes'] == 2" \
    "$WORK/two/sensitivity.json" || fail "the run did not share its draws between two processes"
python3 "$SRC/tests/cli/sensitivity_same.py" "$WORK/one" "$WORK/two" || fail "two processes give other results"

# A calibration's worlds as the draws, and compare's effects across them, shared the same way.
python3 "$SRC/tests/cli/worlds_file.py" "$MODEL" "$WORK/worlds.csv" "4,0.2,3.5,8;7,0.4,9,13;5,0.3,2.5,11"
args=(sensitivity "$MODEL" --worlds "$WORK/worlds.csv" -r 2 -j 1)
expect_exit 0 "one process, calibrated worlds" -- "$BIN" "${args[@]}" --out "$WORK/w1"
expect_exit 0 "two processes, calibrated worlds" -- "$MPIEXEC" "${root[@]}" --oversubscribe -n 2 "$BIN" "${args[@]}" \
    --out "$WORK/w2"
python3 "$SRC/tests/cli/sensitivity_same.py" "$WORK/w1" "$WORK/w2" || fail "two processes give other worlds' results"
args=(compare "$MODEL" -s "$SRC/tests/data/sensitivity/faster_renting.json" -r 2 -j 1 -q --worlds "$WORK/worlds.csv")
expect_exit 0 "compare across worlds, one process" -- "$BIN" "${args[@]}" --out "$WORK/c1"
expect_exit 0 "compare across worlds, two processes" -- "$MPIEXEC" "${root[@]}" --oversubscribe -n 2 "$BIN" \
    "${args[@]}" --out "$WORK/c2"
cmp -s "$WORK/c1/across_worlds.csv" "$WORK/c2/across_worlds.csv" || fail "two processes give other effects across worlds"
finish
