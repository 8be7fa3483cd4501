#include "numeric_option.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "cli_common.h"

namespace pathways::cli {

namespace {

std::string shown(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", x);
    return buffer;
}

template <class T>
bool parse_whole(const std::string& text, T& value) {
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return !text.empty() && ec == std::errc() && ptr == end;
}

}  // namespace

std::uint64_t whole_number_option(const std::string& option, const std::string& text, std::uint64_t low,
                                  std::uint64_t high) {
    std::uint64_t value = 0;
    if (!parse_whole(text, value) || value < low || value > high) {
        throw UsageError("--" + option + " must be a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", got '" + text + "'");
    }
    return value;
}

double number_option(const std::string& option, const std::string& text, double low, double high, bool low_excluded,
                     const std::string& unit) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    const bool parsed = !text.empty() && ec == std::errc() && ptr == end && std::isfinite(value);
    if (!parsed || value > high || value < low || (low_excluded && value == low)) {
        throw UsageError("--" + option + " must be a number " + (low_excluded ? "> " : ">= ") + shown(low) +
                         " and <= " + shown(high) + (unit.empty() ? "" : " " + unit) + ", got '" + text + "'");
    }
    return value;
}

}  // namespace pathways::cli
