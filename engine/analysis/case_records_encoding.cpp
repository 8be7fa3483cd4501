#include "analysis/case_records_encoding.h"

#include <algorithm>
#include <cstdint>

namespace pathways {

namespace {

// Windows-1252 0x80 to 0x9F; 0 where the byte is undefined.
constexpr char32_t cp1252_high[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the UTF-8 sequence at text[i], or 0 when it is malformed.
std::size_t sequence_length(const std::string& text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (n == 0 || lead > 0xF4 || i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    }
    const unsigned char second = byte(i + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // a surrogate
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // past U+10FFFF
    return n;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string place(const CsvRecord& r, std::size_t column) {
    return "row " + std::to_string(r.row) + ", column " + std::to_string(column + 1) + ": ";
}

std::string hex_byte(unsigned char byte) {
    const char* digits = "0123456789ABCDEF";
    return {'0', 'x', digits[byte >> 4], digits[byte & 15]};
}

std::string from_cp1252(const std::string& field, const CsvRecord& r, std::size_t column) {
    std::string out;
    for (char ch : field) {
        const auto byte = static_cast<unsigned char>(ch);
        const char32_t c = byte >= 0x80 && byte < 0xA0 ? cp1252_high[byte - 0x80] : byte;
        if (c == 0) {
            throw CaseRecordProblems{{place(r, column) + "the byte " + hex_byte(byte) +
                                      " is neither UTF-8 nor Windows-1252: save the file as UTF-8"}};
        }
        append_utf8(out, c);
    }
    return out;
}

}  // namespace

bool valid_utf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool has_control_character(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7F) return true;
        // U+0080 to U+009F in UTF-8
        if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
    }
    return false;
}

bool utf16_text(const std::string& text) {
    if (text.size() < 2) return false;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF)) return true;
    // Without a mark: text that is mostly ASCII has a NUL in every other
    // byte, on the even side (big-endian) or the odd side (little-endian).
    const std::size_t pairs = std::min<std::size_t>(text.size() / 2, 512);
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        even += byte(2 * i) == 0 ? 1 : 0;
        odd += byte(2 * i + 1) == 0 ? 1 : 0;
    }
    return std::max(even, odd) * 2 >= pairs && std::min(even, odd) * 4 < pairs;
}

std::optional<std::string> decode_fields(std::vector<CsvRecord>& records) {
    std::optional<std::string> warning;
    for (const CsvRecord& r : records) {
        for (std::size_t c = 0; c < r.fields.size() && !warning; ++c) {
            if (!valid_utf8(r.fields[c])) {
                warning = place(r, c) + "the file is not UTF-8, so it was read as Windows-1252 (Latin-1); "
                                        "save it as UTF-8 if its accented letters come out wrong";
            }
        }
    }
    if (!warning) return std::nullopt;
    for (CsvRecord& r : records) {
        for (std::size_t c = 0; c < r.fields.size(); ++c) r.fields[c] = from_cp1252(r.fields[c], r, c);
    }
    return warning;
}

}  // namespace pathways
