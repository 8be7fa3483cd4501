#include "analysis/identifier_shapes.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace pathways {

namespace {

// The zero of every run of ten decimal digits outside ASCII (Unicode 15,
// general category Nd): Arabic-Indic, Devanagari, fullwidth and the rest.
constexpr std::array<char32_t, 67> digit_zeros = {
    0x0660,  0x06F0,  0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6,  0x0B66,  0x0BE6,  0x0C66,  0x0CE6,  0x0D66,
    0x0DE6,  0x0E50,  0x0ED0,  0x0F20,  0x1040,  0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,
    0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730,
    0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0};

std::optional<char32_t> other_digit(char32_t c) {
    if (c == 0xB9) return U'1';
    if (c == 0xB2 || c == 0xB3) return static_cast<char32_t>(U'2' + (c - 0xB2));
    if (c == 0x2070 || (c >= 0x2074 && c <= 0x2079)) return static_cast<char32_t>(U'0' + (c - 0x2070));  // superscripts
    if (c >= 0x2080 && c <= 0x2089) return static_cast<char32_t>(U'0' + (c - 0x2080));                   // subscripts
    for (char32_t zero : digit_zeros) {
        if (c >= zero && c < zero + 10) return static_cast<char32_t>(U'0' + (c - zero));
    }
    return std::nullopt;
}

bool unicode_space(char32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool unicode_dash(char32_t c) {
    return c == 0x058A || c == 0x05BE || c == 0x1400 || c == 0x1806 || (c >= 0x2010 && c <= 0x2015) || c == 0x2043 ||
           c == 0x2212 || c == 0x2E3A || c == 0x2E3B || c == 0x30FC || c == 0xFE58 || c == 0xFE63;
}

// Characters that show nothing: soft hyphen, joiners, direction marks.
// Combining marks (an underline, an accent on a digit) are dropped too: they
// change how a number looks, not which digits it has.
bool invisible(char32_t c) {
    return c == 0xAD || c == 0x34F || c == 0x61C || c == 0x180E || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F);
}

// What a character counts as when looking for shapes; none when it is dropped.
std::optional<char32_t> folded(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // fullwidth ASCII
    if (c >= U'A' && c <= U'Z') return c + (U'a' - U'A');
    if (c < 0x80) return c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' ? U' ' : c;
    if (invisible(c)) return std::nullopt;
    if (unicode_space(c)) return U' ';
    if (unicode_dash(c)) return U'-';
    if (c == 0xFE6B) return U'@';
    if (c == 0x2024 || c == 0x3002 || c == 0xFF61) return U'.';
    if (c == 0x2044 || c == 0x2215) return U'/';
    if (const std::optional<char32_t> d = other_digit(c)) return d;
    return c;
}

// The code point at text[i], advancing i; a malformed byte is one U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > text.size()) {
        ++i;
        return n == 1 ? lead : 0xFFFD;
    }
    char32_t c = n == 1 ? lead : lead & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    i += n;
    return c;
}

std::u32string folded_text(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::optional<char32_t> c = folded(next_code_point(text, i))) out += *c;
    }
    return out;
}

bool shape_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool ascii_letter(char32_t c) { return c >= U'a' && c <= U'z'; }
// Past ASCII, what is left after folding is taken for a letter of some script.
bool shape_letter(char32_t c) { return ascii_letter(c) || c >= 0x80; }
// How digits are grouped in writing, not part of the number.
// Any mark between groups of digits: Excel writes thousands commas, and
// people use whatever is to hand (| ~ & \\ = or a bullet).
bool digit_separator(char32_t c) {
    if (c < 0x80) return !(c >= U'0' && c <= U'9') && !(c >= U'a' && c <= U'z') && !(c >= U'A' && c <= U'Z');
    return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || c == 0x30FB || (c >= 0xFE10 && c <= 0xFE6F);
}

struct DigitRun {
    std::string digits;
    bool plus = false;  // written after a '+'
};

// The runs of digits in t, each taken across separators between its groups.
std::vector<DigitRun> digit_runs(const std::u32string& t) {
    std::vector<DigitRun> runs;
    for (std::size_t i = 0; i < t.size();) {
        if (!shape_digit(t[i])) {
            ++i;
            continue;
        }
        std::size_t before = i;
        while (before > 0 && t[before - 1] == U' ') --before;
        DigitRun run{{}, before > 0 && t[before - 1] == U'+'};
        while (i < t.size()) {
            if (shape_digit(t[i])) {
                run.digits += static_cast<char>(t[i++]);
                continue;
            }
            std::size_t next = i;
            while (next < t.size() && digit_separator(t[next])) ++next;
            if (next == i || next == t.size() || !shape_digit(t[next])) break;
            i = next;
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

// 0, +44 or 0044 (then perhaps "(0)"), then 9 or 10 digits.
bool uk_phone_digits(const DigitRun& run) {
    std::string_view d = run.digits;
    if (run.plus && d.substr(0, 2) == "44") {
        d.remove_prefix(2);
    } else if (d.substr(0, 4) == "0044") {
        d.remove_prefix(4);
    } else if (!run.plus && d.substr(0, 1) == "0") {
        return d.size() == 10 || d.size() == 11;
    } else {
        return false;
    }
    if (d.substr(0, 1) == "0") d.remove_prefix(1);
    return d.size() == 9 || d.size() == 10;
}

std::optional<IdentifierKind> number_kind(const DigitRun& run) {
    if (uk_phone_digits(run)) return IdentifierKind::phone_number;
    if (run.digits.size() < 10) return std::nullopt;
    if (run.plus) return IdentifierKind::phone_number;
    return run.digits.size() == 10 ? IdentifierKind::nhs_number : IdentifierKind::long_number;
}

bool email_local_character(char32_t c) {
    return shape_letter(c) || shape_digit(c) || std::u32string_view(U"._%+-'").find(c) != std::u32string_view::npos;
}

// A name right before the '@' at `at`, and a domain after it: any name
// ("example.org", a council's own "hackney", "localhost") or an address in
// brackets.
bool email_at(const std::u32string& t, std::size_t at) {
    std::size_t before = at;
    while (before > 0 && t[before - 1] == U' ') --before;
    if (before == 0 || !email_local_character(t[before - 1])) return false;
    std::size_t i = at + 1;
    while (i < t.size() && t[i] == U' ') ++i;
    // Written close up, any domain will do ("jo@hackney", "jo@[192.168.0.1]");
    // with spaces round the '@' ("jo @ example.org"), only a dotted one, so
    // that "4 @ 5" and "reply @ 10.30" stay text.
    const bool close_up = before == at && i == at + 1;
    if (close_up && i < t.size() && (t[i] == U'[' || shape_letter(t[i]) || shape_digit(t[i]))) return true;
    std::u32string domain;
    for (; i < t.size() && (shape_letter(t[i]) || shape_digit(t[i]) || t[i] == U'-' || t[i] == U'.'); ++i) {
        domain += t[i];
    }
    while (!domain.empty() && domain.back() == U'.') domain.pop_back();  // "... jo@example.org."
    const std::size_t dot = domain.rfind(U'.');
    if (dot == std::u32string::npos || dot == 0 || domain[dot - 1] == U'.') return false;
    const std::u32string_view last = std::u32string_view(domain).substr(dot + 1);
    return last.size() >= 2 && std::all_of(last.begin(), last.end(), shape_letter);
}

bool email_in(const std::u32string& t) {
    for (std::size_t at = t.find(U'@'); at != std::u32string::npos; at = t.find(U'@', at + 1)) {
        if (email_at(t, at)) return true;
    }
    return false;
}

// Two letters (not the end of a longer word), six digits, a letter A-D that
// ends a word; separators anywhere between.
bool ni_number_at(const std::u32string& t, std::size_t i) {
    if (i + 2 >= t.size() || !ascii_letter(t[i]) || !ascii_letter(t[i + 1])) return false;
    if (i > 0 && shape_letter(t[i - 1])) return false;
    std::size_t j = i + 2, digits = 0;
    for (; j < t.size() && (shape_digit(t[j]) || digit_separator(t[j])); ++j) digits += shape_digit(t[j]) ? 1 : 0;
    if (digits != 6) return false;
    // Records often leave out the final letter A-D.
    if (j == t.size() || !shape_letter(t[j])) return true;
    if (t[j] < U'a' || t[j] > U'd') return false;
    return j + 1 == t.size() || !(shape_letter(t[j + 1]) || shape_digit(t[j + 1]));
}

bool ni_number_in(const std::u32string& t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (ni_number_at(t, i)) return true;
    }
    return false;
}

}  // namespace

std::optional<IdentifierKind> identifier_shape(std::string_view value) {
    const std::u32string t = folded_text(value);
    if (email_in(t)) return IdentifierKind::email_address;
    for (const DigitRun& run : digit_runs(t)) {
        if (const std::optional<IdentifierKind> kind = number_kind(run)) return kind;
    }
    if (ni_number_in(t)) return IdentifierKind::ni_number;
    return std::nullopt;
}

std::string_view identifier_kind_name(IdentifierKind kind) {
    switch (kind) {
        case IdentifierKind::nhs_number: return "NHS numbers";
        case IdentifierKind::email_address: return "e-mail addresses";
        case IdentifierKind::phone_number: return "phone numbers";
        case IdentifierKind::ni_number: return "National Insurance numbers";
        case IdentifierKind::long_number: return "numbers of more than ten digits";
    }
    return "identifiers";
}

bool case_reference_shape(std::string_view value) {
    std::u32string t = folded_text(value);
    t.erase(0, t.find_first_not_of(U' '));
    t.erase(t.find_last_not_of(U' ') + 1);
    bool letter = false;
    std::size_t run = 0, longest_run = 0;
    for (char32_t c : t) {
        if (!shape_letter(c) && !shape_digit(c) && c != U'-' && c != U'_' && c != U'/' && c != U'.') return false;
        letter = letter || shape_letter(c);
        run = shape_digit(c) ? run + 1 : 0;
        longest_run = std::max(longest_run, run);
    }
    return letter && longest_run >= 3;
}

bool stage_column_holds_references(std::size_t distinct_stages, std::size_t cases, std::size_t rows) {
    constexpr std::size_t fewest = 30;
    if (distinct_stages < fewest) return false;
    return distinct_stages > cases || distinct_stages * 3 > rows;
}

bool lone_case_reference(std::string_view stage, std::size_t cases_entering, std::size_t cases) {
    constexpr std::size_t fewest_cases = 10;
    return cases >= fewest_cases && cases_entering == 1 && case_reference_shape(stage);
}

std::u32string identifier_key(std::string_view value) {
    std::u32string key = folded_text(value);
    key.erase(std::remove_if(key.begin(), key.end(), [](char32_t c) { return !shape_letter(c) && !shape_digit(c); }),
              key.end());
    return key;
}

bool could_be_case_identifier(std::string_view value) {
    const std::u32string key = identifier_key(value);
    const bool short_number = key.size() <= 4 && std::all_of(key.begin(), key.end(), shape_digit);
    return !key.empty() && !short_number;
}

}  // namespace pathways
