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

std::string days_count(double days) { return people_count(days); }

std::string days_words(double days) {
    const std::string n = days_count(days);
    return n + (n == "1" ? " day" : " days");
}

std::string places_count(double places) { return people_count(places); }

std::string signed_figure(const std::string& figure, double value) {
    const bool zero = figure.find_first_not_of("0.,") == std::string::npos;
    return value > 0 && !zero ? "+" + figure : zero ? "0" : figure;
}

std::string points_change(double change) {
    const double points = change * 100;
    return signed_figure(std::fabs(points) >= 10 ? trimmed(points, 0) : trimmed(points, 1), points);
}

std::string money_short(double amount) {
    const double size = std::fabs(amount);
    if (size >= 1e6) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1fm", amount / 1e6);
        return text;
    }
    if (size >= 1e4) return trimmed(amount / 1e3, 0) + "k";
    return with_thousands(std::to_string(std::llround(amount)));
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
