#include "report/text/shared_text.h"

#include <cctype>

namespace pathways {

namespace {

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

// The columns text takes on a terminal: one per UTF-8 character, not per byte,
// so that a cell holding "£" lines up with one holding "$".
std::size_t columns(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool ends_scheme(std::string_view text, std::size_t colon) {
    return (colon >= 4 && starts_with_nocase(text, colon - 4, "http")) ||
           (colon >= 5 && starts_with_nocase(text, colon - 5, "https"));
}

}  // namespace

bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
    }
    return true;
}

std::string escape_html(std::string_view text, Addresses addresses) {
    const bool neutralise = addresses == Addresses::neutralise;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '/': out += neutralise ? "&#47;" : "/"; break;
            case ':': out += neutralise && ends_scheme(text, i) ? "&#58;" : ":"; break;
            default: out += is_control(c) && c != '\n' ? ' ' : c;
        }
    }
    return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        std::size_t end = i;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        if (end == i) break;
        std::string_view word = text.substr(i, end - i);
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        if (!line.empty()) line += ' ';
        line += word;
        i = end;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

std::string with_thousands(const std::string& digits) {
    const std::size_t point = digits.find('.');
    const std::size_t end = point == std::string::npos ? digits.size() : point;
    const std::size_t start = !digits.empty() && digits[0] == '-' ? 1 : 0;
    std::string out = digits.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        if (i > start && (end - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out + digits.substr(end);
}

std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7f) {
            out += c;
            continue;
        }
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\x%02X", u);
        out += escape;
    }
    return out;
}

std::string padded(std::string_view text, std::size_t width, Align align) {
    std::string cell;
    const std::size_t fill = columns(text) < width ? width - columns(text) : 0;
    if (align == Align::right) cell.append(fill, ' ');
    cell.append(text);
    if (align == Align::left) cell.append(fill, ' ');
    return cell;
}

std::string table_cell(std::string_view text, std::size_t width, Align align) {
    if (columns(text) < width) return padded(text, width, align);
    return padded(text, columns(text) + 1, align);
}

}  // namespace pathways
