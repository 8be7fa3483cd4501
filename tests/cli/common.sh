# Helpers for the command-line tests. Each test script gets the program and
# the source tree: bash test_x.sh BIN SOURCE_DIR.
set -u
BIN="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect_exit CODE DESCRIPTION -- COMMAND...: runs COMMAND, keeping stdout and stderr in $WORK/out, $WORK/err.
expect_exit() {
    local want="$1" what="$2"
    shift 3
    "$@" > "$WORK/out" 2> "$WORK/err"
    local got=$?
    [[ $got == "$want" ]] || fail "$what: exit $got, wanted $want; stderr: $(head -c 400 "$WORK/err")"
}

expect_in() {  # expect_in FILE TEXT DESCRIPTION
    grep -qF -- "$2" "$1" || fail "$3: '$2' not in $(basename "$1"): $(head -c 400 "$1")"
}

expect_absent() {  # expect_absent PATH DESCRIPTION
    [[ ! -e "$1" ]] || fail "$2: $1 should not exist"
}

finish() {
    if ((failures)); then
        echo "$failures check(s) failed"
        exit 1
    fi
    echo "all checks passed"
}
