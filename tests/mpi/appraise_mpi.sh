# pathways appraise under mpirun: two processes, across drawn worlds (the
# worlds shared) and on the model as written (each round's options shared),
# give the bytes one process gives. Usage: appraise_mpi.sh BIN SOURCE_DIR MPIEXEC
# (Open MPI's settings for a container: see sensitivity_mpi.sh.)
source "$(dirname "$0")/../cli/common.sh"
MPIEXEC="$3"
DATA="$SRC/tests/data/appraisal"
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_rmaps_base_oversubscribe=1
root=()
[[ $(id -u) == 0 ]] && root=(--allow-run-as-root)
for how in "--draws 16" "-r 4"; do
    name="${how// /}"
    args=(appraise "$DATA/model.json" --action "$DATA/actions/settle_a.json" --action "$DATA/actions/settle_b.json"
          --action "$DATA/actions/settle_c.json" --action "$DATA/actions/ask_c.json" --budget 15000 --budget 35000
          $how -j 1)
    expect_exit 0 "one process ($how)" -- "$BIN" "${args[@]}" --out "$WORK/one$name"
    expect_exit 0 "two processes ($how)" -- "$MPIEXEC" "${root[@]}" --oversubscribe -n 2 "$BIN" "${args[@]}" \
        --out "$WORK/two$name"
    for f in appraisal.json options.csv; do
        cmp -s "$WORK/one$name/$f" "$WORK/two$name/$f" || fail "two processes write another $f ($how)"
    done
done
finish
