#pragma once
// The text encoding of case records. Councils' spreadsheet exports are often
// Windows-1252 (or Latin-1, which it extends) rather than UTF-8, and a stage
// called "Décision" must not stop a calibration. A file that is not valid
// UTF-8 is read as Windows-1252, with a warning; a byte that Windows-1252
// leaves undefined is refused with its row and column.
#include <optional>
#include <string>
#include <vector>

#include "analysis/case_records_csv.h"

namespace pathways {

// True when text is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF).
bool valid_utf8(const std::string& text);

// True when text is UTF-16 (little- or big-endian, with or without a byte
// order mark): spreadsheets offer it as "Unicode text", and read byte by
// byte it looks like text broken by NULs, which helps no one.
bool utf16_text(const std::string& text);

// True when text holds a control character (C0 but tab, DEL, C1): a NUL or
// a line break in a stage or value would be carried into labels and break
// every file made from them.
bool has_control_character(const std::string& text);

// Makes every field UTF-8: when any field is not, the whole file is read as
// Windows-1252 and the warning naming the first such field is returned.
// Throws CaseRecordProblems for a byte Windows-1252 does not define.
std::optional<std::string> decode_fields(std::vector<CsvRecord>& records);

}  // namespace pathways
