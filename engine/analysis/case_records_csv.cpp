#include "analysis/case_records_csv.h"

#include <algorithm>

namespace pathways {

namespace {

class CsvReader {
public:
    explicit CsvReader(const std::string& text) : text_(text) {
        if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    }

    std::vector<CsvRecord> records() {
        std::vector<CsvRecord> out;
        std::size_t row = 0;
        while (pos_ < text_.size()) {
            CsvRecord r{++row, read_record(row)};
            bool blank = r.fields.size() == 1 && r.fields[0].empty() && !last_field_quoted_;
            if (blank) {
                --row;  // blank lines do not count as rows
                continue;
            }
            out.push_back(std::move(r));
        }
        return out;
    }

private:
    std::vector<std::string> read_record(std::size_t row) {
        std::vector<std::string> fields;
        while (true) {
            fields.push_back(read_field(row, fields.size() + 1));
            if (pos_ >= text_.size()) return fields;
            char c = text_[pos_++];
            if (c == ',') continue;
            if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
            return fields;  // '\n' or '\r' ends the record
        }
    }

    std::string read_field(std::size_t row, std::size_t column) {
        last_field_quoted_ = pos_ < text_.size() && text_[pos_] == '"';
        return last_field_quoted_ ? read_quoted(row, column) : read_plain(row, column);
    }

    std::string read_plain(std::size_t row, std::size_t column) {
        std::size_t end = text_.find_first_of(",\r\n", pos_);
        if (end == std::string::npos) end = text_.size();
        if (end - pos_ > max_case_record_field_bytes) too_long(row, column);
        std::string field = text_.substr(pos_, end - pos_);
        if (field.find('"') != std::string::npos) {
            fail("row " + std::to_string(row) + ", column " + std::to_string(column) +
                 ": a quote inside an unquoted field (quote the whole field and double the quote)");
        }
        pos_ = end;
        return field;
    }

    std::string read_quoted(std::size_t row, std::size_t column) {
        std::string field;
        for (++pos_; pos_ < text_.size(); ++pos_) {
            if (field.size() > max_case_record_field_bytes) too_long(row, column);
            if (text_[pos_] != '"') {
                field += text_[pos_];
            } else if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                field += '"';
                ++pos_;
            } else {
                ++pos_;
                if (pos_ < text_.size() && text_.find_first_of(",\r\n", pos_) != pos_) {
                    fail("row " + std::to_string(row) + ", column " + std::to_string(column) +
                         ": text after the closing quote of a quoted field");
                }
                return field;
            }
        }
        fail("row " + std::to_string(row) + ", column " + std::to_string(column) +
             ": a quoted field is not closed before the end of the file");
        return field;
    }

    [[noreturn]] static void too_long(std::size_t row, std::size_t column) {
        fail("row " + std::to_string(row) + ", column " + std::to_string(column) + ": a field longer than " +
             std::to_string(max_case_record_field_bytes) +
             " bytes, too long for a stage, date or attribute value: is the file case records?");
    }

    [[noreturn]] static void fail(std::string message) { throw CaseRecordProblems{{std::move(message)}}; }

    const std::string& text_;
    std::size_t pos_ = 0;
    bool last_field_quoted_ = false;
};

}  // namespace

std::vector<CsvRecord> parse_csv(const std::string& text) { return CsvReader(text).records(); }

}  // namespace pathways
