#pragma once
// Values shaped like personal identifiers. Calibration needs no identifier to
// estimate a pathway, and one that reaches a model is published with it, so
// case records holding any are refused. The shapes are the UK identifiers a
// council export is likely to carry; messages name the kind, never the value.
//
// Every shape is looked for anywhere inside a value ("Referred to
// jo@example.org"), in a folded form of it: letters of either case and
// fullwidth forms are one, a decimal digit of any script is a digit, every
// Unicode space and dash is a space and a dash, and invisible characters
// (zero-width spaces, soft hyphens, direction marks) are dropped. Spreadsheet
// exports pad and split numbers with such characters, and a number written
// with them identifies someone as well as one written plainly.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pathways {

enum class IdentifierKind { nhs_number, email_address, phone_number, ni_number, long_number };

// The kind of the first identifier found in `value`, if any:
// - a run of digits, split or not by spaces, dots, dashes, slashes,
//   underscores or brackets: a UK phone number when it has one's shape (0,
//   +44 or 0044, then 9 or 10 digits; any number after a '+' with ten digits
//   or more), else an NHS number when it has ten digits, else a long number
//   when it has more (an NHS number with digits added is no less one);
// - an e-mail address (a name, '@', a domain ending in letters);
// - a National Insurance number (two letters, six digits, a letter A-D,
//   split or not).
std::optional<IdentifierKind> identifier_shape(std::string_view value);

// The kind in words, plural, for messages ("NHS numbers").
std::string_view identifier_kind_name(IdentifierKind kind);

// A single token of letters with a run of three or more digits ("HX-20931",
// "case-00001"): the shape of a case reference. Stage names carry such
// shapes too ("s184"), so this alone refuses nothing: see
// stage_column_holds_references.
bool case_reference_shape(std::string_view value);

// A stage column whose values are mostly references rather than stages: with
// at least 30 distinct values, more distinct values than cases, or so many
// that each is entered on average fewer than three times (ids of cases, or a
// column holding one value per row). A pathway has tens of stages, each
// entered by many cases.
bool stage_column_holds_references(std::size_t distinct_stages, std::size_t cases, std::size_t rows);

// A stage name shaped like a case reference that only one case enters, in a
// file of at least ten cases: a reference that strayed into the stage column.
bool lone_case_reference(std::string_view stage, std::size_t cases_entering, std::size_t cases);

// The form in which values are matched against the file's case identifiers:
// folded as above, with everything but letters and digits dropped, so that
// "CASE-00003", "case 00003" and "case_00003" are one identifier.
std::u32string identifier_key(std::string_view value);

// Whether a value is worth matching against the file's case identifiers.
// Short numbers (up to four digits) are codes and counts as often as case
// numbers, and matching them would refuse sound records.
bool could_be_case_identifier(std::string_view value);

}  // namespace pathways
