#pragma once
// Dates in case records: ISO calendar dates (YYYY-MM-DD) or day numbers
// (decimal days from any origin). One file uses one form.
#include <optional>
#include <string>

#include "model/duration.h"

namespace pathways {

enum class DateForm { iso, day_number };

// Days since 1970-01-01 for a valid YYYY-MM-DD (proleptic Gregorian), else none.
std::optional<Days> parse_iso_date(const std::string& text);
// Day numbers further from 0 than this are refused: no origin in use (Unix
// days, spreadsheet serials, Julian days) comes near it, and spans between
// such numbers would overflow the duration fits.
inline constexpr Days largest_day_number = 1e7;

// A finite decimal number ("12", "3.5", "-2", "1e3"), else none.
std::optional<Days> parse_day_number(const std::string& text);
// The inverse of parse_iso_date for whole days; day numbers print as numbers.
std::string format_date(Days day, DateForm form);

}  // namespace pathways
