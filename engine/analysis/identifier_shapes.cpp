#include "analysis/identifier_shapes.h"

#include <algorithm>
#include <string>

namespace pathways {

namespace {

bool shape_digit(char c) { return c >= '0' && c <= '9'; }
bool shape_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool shape_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view shape_trimmed(std::string_view v) {
    while (!v.empty() && shape_space(v.front())) v.remove_prefix(1);
    while (!v.empty() && shape_space(v.back())) v.remove_suffix(1);
    return v;
}

bool all_digits(std::string_view v) {
    for (char c : v) {
        if (!shape_digit(c)) return false;
    }
    return !v.empty();
}

// Ten digits run together, or 3-3-4 with a space or dash between groups.
bool nhs_number_shape(std::string_view v) {
    if (v.size() == 10) return all_digits(v);
    if (v.size() != 12) return false;
    const auto separator = [](char c) { return c == ' ' || c == '-'; };
    return separator(v[3]) && separator(v[7]) && all_digits(v.substr(0, 3)) && all_digits(v.substr(4, 3)) &&
           all_digits(v.substr(8, 4));
}

bool email_shape(std::string_view v) {
    const std::size_t at = v.find('@');
    if (at == std::string_view::npos || at == 0 || v.find('@', at + 1) != std::string_view::npos) return false;
    for (char c : v) {
        if (shape_space(c) || c == ',') return false;
    }
    const std::string_view domain = v.substr(at + 1);
    const std::size_t dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

// Spaces, dashes and brackets are how numbers are written, not part of them.
std::string phone_digits(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '+' && i == 0) {
            out += c;
        } else if (shape_digit(c)) {
            out += c;
        } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
            return "";
        }
    }
    return out;
}

bool phone_shape(std::string_view v) {
    std::string d = phone_digits(v);
    if (d.rfind("+44", 0) == 0) {
        d = d.substr(3);
    } else if (d.rfind("0044", 0) == 0) {
        d = d.substr(4);
    } else if (d.rfind('0', 0) == 0) {
        d = d.substr(1);
    } else {
        return false;
    }
    if (!d.empty() && d[0] == '0') d = d.substr(1);  // "+44 (0)20 ..."
    return (d.size() == 9 || d.size() == 10) && all_digits(d);
}

bool ni_number_shape(std::string_view v) {
    std::string s;
    for (char c : v) {
        if (c != ' ') s += c;
    }
    if (s.size() != 9 || !shape_letter(s[0]) || !shape_letter(s[1])) return false;
    const char last = static_cast<char>(s[8] & ~0x20);  // upper case
    return all_digits(std::string_view(s).substr(2, 6)) && last >= 'A' && last <= 'D';
}

}  // namespace

std::optional<IdentifierKind> identifier_shape(std::string_view value) {
    const std::string_view v = shape_trimmed(value);
    if (v.empty()) return std::nullopt;
    if (email_shape(v)) return IdentifierKind::email_address;
    if (phone_shape(v)) return IdentifierKind::phone_number;
    if (nhs_number_shape(v)) return IdentifierKind::nhs_number;
    if (ni_number_shape(v)) return IdentifierKind::ni_number;
    return std::nullopt;
}

std::string_view identifier_kind_name(IdentifierKind kind) {
    switch (kind) {
        case IdentifierKind::nhs_number: return "NHS numbers";
        case IdentifierKind::email_address: return "e-mail addresses";
        case IdentifierKind::phone_number: return "phone numbers";
        case IdentifierKind::ni_number: return "National Insurance numbers";
    }
    return "identifiers";
}

bool case_reference_shape(std::string_view value) {
    const std::string_view v = shape_trimmed(value);
    bool letter = false;
    std::size_t run = 0, longest_run = 0;
    for (char c : v) {
        if (!shape_letter(c) && !shape_digit(c) && c != '-' && c != '_' && c != '/' && c != '.') return false;
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

bool could_be_case_identifier(std::string_view value) {
    const std::string_view v = shape_trimmed(value);
    return !v.empty() && !(v.size() <= 4 && all_digits(v));
}

}  // namespace pathways
