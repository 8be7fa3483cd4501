#include "terminal_text.h"

#include <cstdio>

namespace pathways::cli {

namespace {

std::string escaped(unsigned code, const char* form) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, form, code);
    return buffer;
}

std::string visible(const std::string& text, bool keep_lines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
        if (keep_lines && (c == '\n' || c == '\t')) {
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            out += escaped(c, "\\x%02X");
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // a C1 control in UTF-8
            out += escaped(next, "\\u%04X");
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace

std::string terminal_line(const std::string& text) { return visible(text, false); }
std::string terminal_text(const std::string& text) { return visible(text, true); }

}  // namespace pathways::cli
