#include "report/text/figures_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "report/text/shared_text.h"

namespace pathways::text {

std::string trimmed(double x, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
    std::string s = buffer;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

std::string percent(double share) {
    const double pct = share * 100;
    return (std::fabs(pct) >= 1 ? trimmed(pct, 0) : trimmed(pct, 1)) + "%";
}

std::string people_count(double count) {
    if (!std::isfinite(count)) return "?";
    return std::fabs(count) >= 10 ? with_thousands(std::to_string(std::llround(count))) : trimmed(count, 1);
}

std::string money(double amount, std::string_view currency) {
    std::string text = with_thousands(std::to_string(std::llround(amount)));
    return currency.empty() ? text : text + " " + std::string(currency);
}

std::string change_cost(std::optional<double> one_off, std::optional<double> per_year, std::string_view currency) {
    std::string once = one_off ? money(*one_off, currency) + " once" : "";
    std::string yearly = per_year ? money(*per_year, currency) + " a year" : "";
    if (once.empty() && yearly.empty()) return "";
    return "costs " + once + (once.empty() || yearly.empty() ? "" : " and ") + yearly;
}

std::string readable_id(std::string_view id) {
    std::string out(id);
    for (char& c : out) {
        if (c == '_') c = ' ';
    }
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

}  // namespace pathways::text
