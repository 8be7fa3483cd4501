#include "report/results/csv.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace pathways {

namespace {

bool is_number(const std::string& value) {
    double parsed = 0;
    const char* end = value.data() + value.size();
    auto [ptr, ec] = std::from_chars(value.data(), end, parsed);
    return ec == std::errc() && ptr == end;
}

// A spreadsheet runs a cell that starts with one of these as a formula
// (OWASP "CSV injection"); a leading apostrophe makes it text again.
// Numbers keep their sign: "-2.5" is a value, not a formula.
std::string neutralised(const std::string& value) {
    if (value.empty() || std::string_view("=+-@\t\r").find(value.front()) == std::string_view::npos) return value;
    return is_number(value) ? value : "'" + value;
}

}  // namespace

std::string csv_field(const std::string& raw) {
    const std::string value = neutralised(raw);
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_number(double value) {
    if (!std::isfinite(value)) return "";
    if (value == 0) return "0";
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out_ << ',';
        out_ << csv_field(fields[i]);
    }
    out_ << "\r\n";
}

}  // namespace pathways
