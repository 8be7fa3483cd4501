#include "report/csv.h"

#include <charconv>
#include <cmath>

namespace pathways {

std::string csv_field(const std::string& value) {
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
