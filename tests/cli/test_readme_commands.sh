# Every `build/pathways` command shown in the README's sh blocks runs and succeeds.
source "$(dirname "$0")/common.sh"
cd "$WORK"
for d in models scenarios tests schema; do ln -s "$SRC/$d" "$d"; done

commands="$(awk '/^```sh$/{inside=1; next} /^```$/{inside=0} inside && /^build\/pathways /' "$SRC/README.md")"
[[ -n "$commands" ]] || fail "no commands found in the README"
while IFS= read -r line; do
    [[ -z "$line" ]] && continue
    run="${line/#build\/pathways/\"$BIN\"}"
    if ! eval "$run" > out.txt 2> err.txt; then
        fail "README command failed: $line: $(head -c 300 err.txt)"
    fi
done <<< "$commands"
finish
