# Sourced by the command-line benchmarks: runs `$bin "${args[@]}"` on one
# thread, on two threads and (when mpirun is there) as two MPI processes of one
# thread each, into $work/one, $work/two and $work/mpi; prints each run's wall
# time and the parallel efficiency of the two-process run (one process's time
# over twice its own); then checks that every run wrote the same bytes of each
# file named in `same`.
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_rmaps_base_oversubscribe=1
root=()
[[ $(id -u) == 0 ]] && root=(--allow-run-as-root)

seconds() {  # seconds NAME COMMAND...: runs COMMAND, prints its wall time, keeps it in $work/NAME.s
    local name="$1" start end
    shift
    start=$(date +%s.%N)
    "$@" > "$work/$name.out"
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.1f}')" | tee "$work/$name.s"
}

printf '%-34s' "one process, 1 thread:"; seconds one "$bin" "${args[@]}" -j 1 --out "$work/one"
printf '%-34s' "one process, 2 threads:"; seconds two "$bin" "${args[@]}" -j 2 --out "$work/two"
if command -v mpirun > /dev/null; then
    printf '%-34s' "mpirun -n 2, 1 thread each:"
    seconds mpi mpirun "${root[@]}" -n 2 "$bin" "${args[@]}" -j 1 --out "$work/mpi"
    python3 -c "print(f'parallel efficiency of mpirun -n 2: {$(cat "$work/one.s") / (2 * $(cat "$work/mpi.s")):.0%}')"
fi
for run in two mpi; do
    [[ -d "$work/$run" ]] || continue
    for f in "${same[@]}"; do
        cmp -s "$work/one/$f" "$work/$run/$f" || { echo "the $run run wrote another $f"; exit 1; }
    done
done
