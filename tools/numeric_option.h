#pragma once
// Numeric options are read as text and checked here, with the range in the
// message: Boost's own unsigned parsing turns "-1" into a huge number, and a
// double option would take "inf", "nan" or 1e300.
#include <cstdint>
#include <string>

namespace pathways::cli {

// A whole number in [low, high]; throws UsageError naming the option.
std::uint64_t whole_number_option(const std::string& option, const std::string& text, std::uint64_t low,
                                  std::uint64_t high);

// A finite number in [low, high], or in (low, high] when low_excluded; `unit`
// ("days", "" for none) is shown in the message. Throws UsageError.
double number_option(const std::string& option, const std::string& text, double low, double high, bool low_excluded,
                     const std::string& unit = "");

}  // namespace pathways::cli
