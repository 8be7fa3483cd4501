#pragma once
// RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold
// a comma, quote or line break. Text that a spreadsheet would run as a
// formula (starting with =, +, -, @, tab or carriage return) gets a leading
// apostrophe; numbers, negative ones included, are written as they are.
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace pathways {

std::string csv_field(const std::string& value);
std::string csv_number(double value);  // shortest round-trip form

class CsvWriter {
public:
    void row(const std::vector<std::string>& fields);
    std::string str() const { return out_.str(); }

private:
    std::ostringstream out_;
};

}  // namespace pathways
