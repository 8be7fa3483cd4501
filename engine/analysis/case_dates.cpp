#include "analysis/case_dates.h"

#include <charconv>
#include <cmath>

#include "model/number_text.h"

namespace pathways {

namespace {

// Days from 1970-01-01 to y-m-d, and back (H. Hinnant's civil calendar algorithms).
long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civil_from_days(long z, long& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<long>(yoe) + era * 400 + (m <= 2);
}

bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(long y, unsigned m) {
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool digits(const std::string& s, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
}

}  // namespace

std::optional<Days> parse_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4) || !digits(s, 5, 2) || !digits(s, 8, 2)) {
        return std::nullopt;
    }
    const long y = std::stol(s.substr(0, 4));
    const auto m = static_cast<unsigned>(std::stoul(s.substr(5, 2)));
    const auto d = static_cast<unsigned>(std::stoul(s.substr(8, 2)));
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return static_cast<Days>(days_from_civil(y, m, d));
}

std::optional<Days> parse_day_number(const std::string& s) {
    double value = 0;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value);
    if (s.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string format_date(Days day, DateForm form) {
    if (form == DateForm::day_number) return general_text(day, 10);
    long y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(static_cast<long>(std::floor(day)), y, m, d);
    return zero_padded(y, 4) + "-" + zero_padded(m, 2) + "-" + zero_padded(d, 2);
}

}  // namespace pathways
