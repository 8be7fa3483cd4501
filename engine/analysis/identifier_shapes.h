#pragma once
// Values shaped like personal identifiers. Calibration needs no identifier to
// estimate a pathway, and one that reaches a model is published with it, so
// case records holding any are refused. The shapes are the UK identifiers a
// council export is likely to carry; messages name the kind, never the value.
#include <cstddef>
#include <optional>
#include <string_view>

namespace pathways {

enum class IdentifierKind { nhs_number, email_address, phone_number, ni_number };

// The kind of identifier `value` has the shape of, if any: an NHS number (ten
// digits, run together or as 3-3-4 groups split by spaces or dashes), an
// e-mail address, a UK phone number (0, +44 or 0044, then 9 or 10 digits) or a
// National Insurance number (two letters, six digits, a letter A-D).
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

// Whether a value is worth matching against the file's case identifiers.
// Short numbers (up to four digits) are codes and counts as often as case
// numbers, and matching them would refuse sound records.
bool could_be_case_identifier(std::string_view value);

}  // namespace pathways
