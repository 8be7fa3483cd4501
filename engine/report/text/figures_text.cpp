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

std::string percent_of_all(double share) {
    const std::string text = percent(share);
    if (text == "100%" && share < 1) return "more than 99%";
    if (text == "0%" && share > 0) return "less than 0.1%";
    return text;
}

std::string people_count(double count) {
    if (!std::isfinite(count)) return "?";
    return std::fabs(count) >= 10 ? with_thousands(std::to_string(std::llround(count))) : trimmed(count, 1);
}

std::string days_count(double days) { return people_count(days); }

std::string days_words(double days) { return counted(days_count(days), "day", "days"); }

std::string counted(const std::string& figure, std::string_view singular, std::string_view plural) {
    const bool one = figure == "1" || figure == "+1" || figure == "-1";
    return figure + " " + std::string(one ? singular : plural);
}

std::string unit_count(double count) { return counted(people_count(count), unit_singular, unit_plural); }

std::string fraction_words(double part) {
    struct Named {
        double below;
        const char* words;
    };
    // Each name covers the parts nearer to it than to its neighbours.
    static const Named names[] = {
        {0.095, "less than a tenth"}, {0.15, "about a tenth"},         {0.225, "about a fifth"},
        {0.29, "about a quarter"},    {0.415, "about a third"},        {0.585, "about half"},
        {0.71, "about two thirds"},   {0.825, "about three quarters"}, {0.95, "most"}};
    for (const Named& n : names) {
        if (part < n.below) return n.words;
    }
    return part < 1 ? "nearly all" : "all";
}

std::string places_count(double places) { return people_count(places); }

std::string signed_figure(const std::string& figure, double value) {
    if (reads_as_zero(figure)) return figure.starts_with('-') ? figure.substr(1) : figure;
    return value > 0 ? "+" + figure : figure;
}

bool reads_as_zero(std::string_view figure) { return figure.find_first_of("123456789") == std::string_view::npos; }

std::string points_change(double change) {
    const double points = change * 100;
    return signed_figure(std::fabs(points) >= 10 ? trimmed(points, 0) : trimmed(points, 1), points);
}

namespace {

// The one currency written with its sign before the figure, as UK papers write money.
constexpr std::string_view pound_sterling = "GBP";
constexpr std::string_view pound_sign = "£";

std::string whole_figure(double size) { return with_thousands(std::to_string(std::llround(size))); }

// A size in a narrow column, rounded before its unit is chosen so that
// 999,960 reads "1.0m", not "1000k".
std::string short_figure(double size) {
    if (std::llround(size) < 10'000) return whole_figure(size);
    if (std::llround(size / 1e3) < 1'000) return std::to_string(std::llround(size / 1e3)) + "k";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", size / 1e6);
    return with_thousands(text) + "m";
}

// A written size with its sign and the currency's mark; a size that rounds to
// nothing takes no minus.
std::string in_currency(double amount, const std::string& size, std::string_view currency) {
    std::string out = amount < 0 && !reads_as_zero(size) ? "-" : "";
    if (currency == pound_sterling) return out.append(pound_sign).append(size);
    out.append(size);
    if (!currency.empty()) out.append(" ").append(currency);
    return out;
}

}  // namespace

std::string money_short(double amount, std::string_view currency) {
    if (!std::isfinite(amount)) return "?";
    return in_currency(amount, short_figure(std::fabs(amount)), currency);
}

std::string money(double amount, std::string_view currency) {
    if (!std::isfinite(amount)) return "?";
    return in_currency(amount, whole_figure(std::fabs(amount)), currency);
}

std::string money_rounded(double amount, std::string_view currency) {
    if (!std::isfinite(amount)) return "?";
    const double size = std::fabs(amount);
    if (std::llround(size) < 1000) return in_currency(amount, whole_figure(size), currency);
    const double step = std::pow(10.0, std::floor(std::log10(size)) - 2);
    const double rounded = std::round(size / step) * step;
    if (rounded >= 1e6) return in_currency(amount, trimmed(rounded / 1e6, 2) + " million", currency);
    return in_currency(amount, whole_figure(rounded), currency);
}

std::string currency_mark(std::string_view currency) {
    return std::string(currency == pound_sterling ? pound_sign : currency);
}

std::string change_cost(std::optional<double> one_off, std::optional<double> per_year, std::string_view currency) {
    std::string once = one_off ? money(*one_off, currency) + " once" : "";
    std::string yearly = per_year ? money(*per_year, currency) + " a year" : "";
    if (once.empty() && yearly.empty()) return "";
    return "costs " + once + (once.empty() || yearly.empty() ? "" : " and ") + yearly;
}

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
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
