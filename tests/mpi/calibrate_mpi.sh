# pathways calibrate under mpirun: two processes, each running its share of
# every wave's worlds and taking the next wave's region itself, give the
# bytes one process gives. Usage: calibrate_mpi.sh BIN SOURCE_DIR MPIEXEC
# (Open MPI's settings for a container: see sensitivity_mpi.sh.)
source "$(dirname "$0")/../cli/common.sh"
MPIEXEC="$3"
DATA="$SRC/tests/data/calibration"
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_rmaps_base_oversubscribe=1
root=()
[[ $(id -u) == 0 ]] && root=(--allow-run-as-root)
args=(calibrate "$DATA/known_truth.json" --with-targets "$DATA/earlier_period.json" --draws 400 -r 3 -j 1)

expect_exit 0 "one process" -- "$BIN" "${args[@]}" --out "$WORK/one"
expect_exit 0 "two processes" -- "$MPIEXEC" "${root[@]}" --oversubscribe -n 2 "$BIN" "${args[@]}" --out "$WORK/two"
expect_in "$WORK/err" "shared among 2 processes" "the worlds are shared between the processes"
python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))['waves']) >= 2" "$WORK/one/calibration.json" ||
    fail "the calibration should run more than one wave (the test is of the waves after the first)"
for f in calibration.json worlds.csv; do
    cmp -s "$WORK/one/$f" "$WORK/two/$f" || fail "two processes write another $f"
done
finish
