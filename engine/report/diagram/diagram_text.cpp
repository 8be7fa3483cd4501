#include "report/diagram/diagram_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways::diagram_text {

namespace {

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

using text::trimmed;

}  // namespace

std::string html_escape(std::string_view text) { return escape_html(text); }

std::string dot_quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += is_control(c) ? ' ' : c;
        }
    }
    return out + "\"";
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    return pathways::wrap_words(text, width);
}

std::string shortened(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Continuation bytes (10xxxxxx) belong to the character before them.
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++chars == max_chars) {
            std::size_t end = i + 1;
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
            if (end == text.size()) break;
            return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
        }
    }
    return std::string(text);
}

std::string humanise(std::string_view id) { return text::readable_id(id); }

std::string plain_number(double x) {
    if (!std::isfinite(x)) return "?";
    double magnitude = std::fabs(x);
    if (magnitude >= 100) return with_thousands(std::to_string(std::llround(x)));
    if (magnitude >= 10) return trimmed(x, 1);
    return trimmed(x, 2);
}

std::string signed_number(double x) {
    std::string s = plain_number(x);
    return (x > 0 && s != "0") ? "+" + s : s;
}

std::string percent(double share) { return text::percent(share); }

std::string count_number(double count) { return text::people_count(count); }

std::string approx_count(double count) {
    std::string s = "~";
    s += count_number(count);
    return s;
}

std::string signed_count(double count) {
    std::string s = count_number(count);
    return (count > 0 && s != "0") ? "+" + s : s;
}

std::string people(double count) {
    std::string n = count_number(count);
    return approx_count(count) + (n == "1" ? " person" : " people");
}

std::string rate_in_words(double per_day) {
    if (per_day >= 0.1 || per_day <= 0) return plain_number(per_day) + " a day";
    if (per_day * 7 >= 0.1) return plain_number(per_day * 7) + " a week";
    return plain_number(per_day * 365) + " a year";
}

}  // namespace pathways::diagram_text
