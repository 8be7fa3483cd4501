#include "model/periods.h"

#include <algorithm>
#include <cmath>

#include "model/number_text.h"

namespace pathways {

namespace {

// Named one by one: a using-directive would carry all of std::chrono into the
// files compiled after this one in a unity build.
using std::chrono::January;
using std::chrono::month;
using std::chrono::months;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using std::chrono::years;

// The first day of the calendar period that holds `date`.
year_month_day period_start(PeriodUnit unit, const year_month_day& date) {
    const unsigned m = static_cast<unsigned>(date.month());
    switch (unit) {
        case PeriodUnit::year: return date.year() / January / 1;
        case PeriodUnit::quarter: return date.year() / month{(m - 1) / 3 * 3 + 1} / 1;
        default: return date.year() / date.month() / 1;
    }
}

year_month_day period_after(PeriodUnit unit, const year_month_day& start) {
    switch (unit) {
        case PeriodUnit::year: return start + years{1};
        case PeriodUnit::quarter: return start + months{3};
        default: return start + months{1};
    }
}

std::string period_label(PeriodUnit unit, const year_month_day& start) {
    const int y = static_cast<int>(start.year());
    const unsigned m = static_cast<unsigned>(start.month());
    if (unit == PeriodUnit::year) return zero_padded(y, 4);
    if (unit == PeriodUnit::quarter) return zero_padded(y, 4) + "-Q" + std::to_string((m - 1) / 3 + 1);
    return zero_padded(y, 4) + "-" + zero_padded(m, 2);
}

std::vector<Period> calendar_periods(const SimulationSettings& s) {
    std::vector<Period> out;
    const year_month_day start = *s.start_date;
    for (year_month_day at = period_start(s.periods, start); day_of(start, at) < s.horizon_days;) {
        const year_month_day next = period_after(s.periods, at);
        out.push_back({period_label(s.periods, at), std::max(0.0, day_of(start, at)),
                       std::min(s.horizon_days, day_of(start, next))});
        at = next;
    }
    return out;
}

std::vector<Period> day_blocks(const SimulationSettings& s) {
    std::vector<Period> out;
    for (std::size_t k = 0; static_cast<double>(k) * s.period_days < s.horizon_days; ++k) {
        const Days from = static_cast<double>(k) * s.period_days;
        std::string label = "p";
        label += std::to_string(k);
        out.push_back({std::move(label), from, std::min(s.horizon_days, from + s.period_days)});
    }
    return out;
}

}  // namespace

Days day_of(const year_month_day& start, const year_month_day& date) {
    return static_cast<Days>((sys_days{date} - sys_days{start}).count());
}

double period_count(const SimulationSettings& settings) {
    const double shortest = settings.periods == PeriodUnit::days      ? settings.period_days
                            : settings.periods == PeriodUnit::month   ? 28
                            : settings.periods == PeriodUnit::quarter ? 89
                                                                      : 365;
    if (settings.periods == PeriodUnit::none || !(shortest > 0)) return 0;
    const double bound = std::ceil(settings.horizon_days / shortest) + 1;
    return bound > 4 * max_periods ? bound : static_cast<double>(periods_of(settings).size());
}

std::vector<Period> periods_of(const SimulationSettings& settings) {
    switch (settings.periods) {
        case PeriodUnit::none: return {};
        case PeriodUnit::days: return settings.period_days > 0 ? day_blocks(settings) : std::vector<Period>{};
        default: return settings.start_date ? calendar_periods(settings) : std::vector<Period>{};
    }
}

std::string date_of(const std::chrono::year_month_day& start, Days day) {
    const auto date = year_month_day{sys_days{start} + std::chrono::days{static_cast<long>(std::floor(day))}};
    return zero_padded(static_cast<int>(date.year()), 4) + "-" + zero_padded(static_cast<unsigned>(date.month()), 2) +
           "-" + zero_padded(static_cast<unsigned>(date.day()), 2);
}

}  // namespace pathways
