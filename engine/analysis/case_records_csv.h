#pragma once
// Reading RFC 4180 CSV: fields separated by commas, optionally quoted (a
// quote inside a quoted field is doubled), records ended by CRLF or LF, line
// breaks allowed inside quoted fields.
#include <cstddef>
#include <string>
#include <vector>

namespace pathways {

struct CsvRecord {
    std::size_t row = 0;  // 1 for the first record (the header)
    std::vector<std::string> fields;
};

// Problems found while reading case records, each naming its row and column
// (never a case identifier). Thrown when any are found.
struct CaseRecordProblems {
    std::vector<std::string> problems;
};

// The longest field accepted, in bytes. Stages, dates and attribute values
// are a few words; a longer field is free text or a broken file, and one of
// megabytes would cost seconds and memory to refuse later.
inline constexpr std::size_t max_case_record_field_bytes = 1000;

// Splits text into records; a UTF-8 byte order mark is skipped and blank
// lines are ignored. Throws CaseRecordProblems for an unclosed quote, a
// quote inside an unquoted field or a field longer than
// max_case_record_field_bytes.
std::vector<CsvRecord> parse_csv(const std::string& text);

}  // namespace pathways
