# pathways calibrate and personal data: only declared attribute columns are
# read, values shaped like identifiers are refused with the column and the
# kind, and no identifier reaches stdout, stderr or any written file. One
# check per case of the December review (C05 ... C36) and of the second
# review (K01 ... K31).
source "$(dirname "$0")/common.sh"
IDS="$SRC/tests/data/cases/identifiers"

# no_identifier DESCRIPTION PATTERN PATH...: PATTERN (an extended regex of the
# file's identifiers) in none of stdout, stderr or the paths (searched whole).
no_identifier() {
    local what="$1" pattern="$2"
    shift 2
    if grep -rqE -- "$pattern" "$WORK/out" "$WORK/err" "$@" 2> /dev/null; then
        fail "$what: an identifier appears in the output"
    fi
}

# refused CASE FILE TEXT PATTERN [OPTIONS...]: exit 2, TEXT on stderr, no
# identifier anywhere, nothing written.
refused() {
    local what="$1" file="$2" text="$3" pattern="$4"
    shift 4
    rm -f "$WORK/model.json"
    expect_exit 2 "$what" -- "$BIN" calibrate "$IDS/$file" --out "$WORK/model.json" "$@"
    expect_in "$WORK/err" "$text" "$what"
    no_identifier "$what" "$pattern"
    expect_absent "$WORK/model.json" "$what"
}

EMAIL='@example\.(org|net)|jane'

# C05, C06: UTF-16 files are named as such.
refused "C05 UTF-16 LE with a mark" utf16le_bom.csv "the file is UTF-16: save it as UTF-8" "$EMAIL" \
    --attributes household,priority_need
refused "C06 UTF-16 BE without a mark" utf16be.csv "the file is UTF-16: save it as UTF-8" "$EMAIL" \
    --attributes household,priority_need

# C21: case_id and stage headers swapped: e-mail addresses in the stage column.
refused "C21 swapped headers" swapped_header.csv "column stage: e-mail addresses" "$EMAIL"
expect_in "$WORK/err" "are the column headers swapped?" "C21 says why"

# C23, C24: an identifier (the row's own, another case's) as a stage.
refused "C23 own id as a stage" own_id_as_stage.csv "column stage: e-mail addresses" "$EMAIL" \
    --attributes household,priority_need
refused "C24 another case's id as a stage" other_id_as_stage.csv "column stage: e-mail addresses" "$EMAIL" \
    --attributes household,priority_need

# C26: an NHS-number column, refused by name when undeclared and by kind when declared.
NHS='943[ -]?476'  # the file's NHS numbers, not any long run of digits (JSON figures have those)
refused "C26 an undeclared NHS-number column" nhs_number_column.csv \
    "row 1, column nhs_number: not a declared attribute" "$NHS" --attributes household
expect_in "$WORK/err" "column nhs_number: NHS numbers" "C26 names the kind"
refused "C26 a declared NHS-number column" nhs_number_column.csv "column nhs_number: NHS numbers" "$NHS" \
    --attributes household,nhs_number
refused "C26 no attribute declared" nhs_number_column.csv "row 1, column household: not a declared attribute" "$NHS"

# C26, C27: without the column the records calibrate, and nothing downstream
# (model, summary, gaps, trace) holds an NHS number.
cut -d, -f1-4 "$IDS/nhs_number_column.csv" > "$WORK/households.csv"
expect_exit 0 "C26 the records without the column" -- "$BIN" calibrate "$WORK/households.csv" \
    --attributes household --out "$WORK/households.json"
expect_exit 0 "C26 simulate the calibrated model" -- "$BIN" simulate "$WORK/households.json" -q -r 2 \
    --out "$WORK/set" --trace "$WORK/trace.csv"
expect_exit 0 "C26 gaps of the calibrated model" -- "$BIN" gaps "$WORK/households.json" -q -r 2 --out "$WORK/gaps"
no_identifier "C26 downstream files" "$NHS" "$WORK/households.json" "$WORK/set" "$WORK/trace.csv" "$WORK/gaps"

# C27b: two identifying columns, each named.
PHONE_OR_EMAIL='077009|@example\.net|p[0-9]+@'
refused "C27b e-mail and phone columns" email_and_phone_columns.csv "row 1, column email: not a declared attribute" \
    "$PHONE_OR_EMAIL"
expect_in "$WORK/err" "row 1, column phone: not a declared attribute" "C27b names the phone column"
expect_in "$WORK/err" "column email: e-mail addresses" "C27b names the e-mail kind"
expect_in "$WORK/err" "column phone: phone numbers" "C27b names the phone kind"
refused "C27b declared anyway" email_and_phone_columns.csv "column phone: phone numbers" "$PHONE_OR_EMAIL" \
    --attributes email,phone

# K01-K10 of the second review: identifiers inside text, split by dots,
# dashes or no-break spaces, in fullwidth digits; another case's id in other
# capitals; values that would be echoed; a NUL. Each refused with the column
# and the kind, the value nowhere.
refused "K01 an e-mail inside stage text" invented_email_inside_stage_text.csv \
    "row 39, column stage: e-mail addresses" 'bloggs|example\.com|Referred' --attributes household
refused "K02 a phone number inside an attribute value" invented_phone_inside_attribute_text.csv \
    "row 2, column household: phone numbers (3 rows in all)" '07700|900123|tel' --attributes household
refused "K03 an NHS number with dots" invented_nhs_number_with_dots.csv \
    "row 2, column household: NHS numbers (3 rows in all)" '943|5919' --attributes household
refused "K04 an NHS number after a no-break space, in an attribute" invented_nhs_number_nbsp_attribute.csv \
    "row 2, column household: NHS numbers" '9434|5919' --attributes household
refused "K08 an NHS number after a no-break space, as a stage" invented_nhs_number_nbsp_stage.csv \
    "row 39, column stage: NHS numbers" '9434|5919' --attributes household
refused "K05 a National Insurance number with dashes" invented_ni_number_with_dashes.csv \
    "row 2, column household: National Insurance numbers" 'QQ|12-34' --attributes household
refused "K06 another case's id in capitals" invented_other_case_id_upper_case.csv \
    "row 2, column household: case identifiers" '0000[0-9]' --attributes household
refused "K10 a name in Arabic script" invented_arabic_name_attribute.csv \
    "row 2, column household: the value cannot become a value id" "$(printf '\xd9\x85\xd8\xad\xd9\x85\xd8\xaf')" \
    --attributes household
expect_in "$WORK/err" "Latin letters and digits (a-z, 0-9), and it has none" "K10 names the reason"
grep -q "no letters" "$WORK/err" && fail "K10: a name in Arabic script said to have no letters"
refused "K31 an NHS number in fullwidth digits" invented_fullwidth_nhs_number.csv \
    "row 2, column household: NHS numbers" "$(printf '\xef\xbc\x99\xef\xbc\x94')" --attributes household
refused "K25 a NUL inside a stage" invented_nul_in_stage.csv "row 38, column stage: control characters" \
    'deci[^s]' --attributes household

# The third review: an NHS or phone number written with Excel's thousands
# commas, middle dots or combining marks; e-mail addresses without a dot in
# the domain or with an address in brackets; a National Insurance number
# without its last letter; another case's id inside stage text.
refused "an NHS number with thousands commas" invented_nhs_number_thousands_commas.csv \
    "row 2, column household: NHS numbers" '9,434|765,919|434_765' --attributes household
refused "an NHS number with thousands commas, as a stage" invented_nhs_number_thousands_commas_stage.csv \
    "row 3, column stage: NHS numbers" '9,434|765,919|434_765' --attributes household
refused "a phone number with commas" invented_phone_number_commas.csv "column household: phone numbers" \
    '07700|900,123' --attributes household
refused "an NHS number with middle dots" invented_nhs_number_middle_dots.csv "column household: NHS numbers" \
    '943|5919' --attributes household
refused "an NHS number with combining marks" invented_nhs_number_combining_marks.csv \
    "column household: NHS numbers" '5919' --attributes household
refused "an e-mail address without a dot in its domain" invented_email_without_dot.csv \
    "column household: e-mail addresses" 'bloggs|hackney' --attributes household
refused "an e-mail address with an address in brackets" invented_email_address_literal.csv \
    "column household: e-mail addresses" '192\.168' --attributes household
refused "a National Insurance number without its last letter" invented_ni_number_without_letter.csv \
    "column household: National Insurance numbers" 'QQ|12 34' --attributes household
refused "an NHS number split by bars" invented_nhs_number_pipes.csv "column household: NHS numbers" \
    '943|5919' --attributes household
refused "an NHS number split by bullets" invented_nhs_number_bullets.csv "column household: NHS numbers" \
    '5919' --attributes household
refused "a National Insurance number split by backslashes" invented_ni_number_backslashes.csv \
    "column household: National Insurance numbers" 'QQ' --attributes household
refused "another case's id inside stage text" invented_case_id_inside_stage_text.csv \
    "row 3, column stage: case identifiers" 'HX0000[1-9]|hx0000[1-9]' --attributes household

# A field longer than 1,000 bytes is refused at once by its place, even a
# field of 20 MB (which cost 16 s and 275 MB to read).
python3 - "$WORK/huge.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("case_id,stage,date\nc1,decision,1\nc1,\"" + "x" * 20_000_000 + "\",2\n")
PY
start=$SECONDS
expect_exit 2 "a 20 MB field" -- "$BIN" calibrate "$WORK/huge.csv" --out "$WORK/huge.json"
((SECONDS - start <= 5)) || fail "a 20 MB field: the refusal took $((SECONDS - start)) s"
expect_in "$WORK/err" "row 3, column 2: a field longer than 1000 bytes" "a 20 MB field"
grep -q xxxx "$WORK/err" && fail "a 20 MB field: the field is echoed"
expect_absent "$WORK/huge.json" "a 20 MB field"

# C36: 100,000 distinct stages are refused at once, not after minutes and a gigabyte.
python3 - "$WORK/many.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("case_id,stage,date\n")
    for i in range(100000):
        out.write(f"c{i},stage_{i},1\nc{i},settled,2\n")
PY
start=$SECONDS
expect_exit 2 "C36 100,000 stages" -- "$BIN" calibrate "$WORK/many.csv" --out "$WORK/many.json"
((SECONDS - start <= 20)) || fail "C36: the refusal took $((SECONDS - start)) s"
expect_in "$WORK/err" "column stage: more than 1000 distinct stages" "C36 states the limit"
expect_absent "$WORK/many.json" "C36"
[[ $(wc -l < "$WORK/err") -le 3 ]] || fail "C36: $(wc -l < "$WORK/err") lines on stderr"

# Usage: a declared attribute that is not a column, or a required column declared.
expect_exit 2 "an absent declared attribute" -- "$BIN" calibrate "$SRC/tests/data/cases/small_events.csv" \
    --attributes household,language
expect_in "$WORK/err" "--attributes: language is not a column of the file" "an absent declared attribute"
finish
