#pragma once
// The periods results are counted by (format 1.1): calendar months, quarters
// or years from the model's start date, or blocks of a fixed number of days.
// Periods cover [0, horizon): the first may start before day 0 (a start date
// inside a period makes it partial) and the last may end after the horizon.
#include <string>
#include <vector>

#include "model/model.h"

namespace pathways {

struct Period {
    std::string label;      // "2026-Q2", "2026-04", "2026", or "p0", "p1", ...
    Days from = 0, to = 0;  // clipped to [0, horizon)
};

// Results are counted for at most this many periods: each adds a column to
// every figure. A thousand is daily periods for nearly three years, monthly
// ones for 83.
inline constexpr double max_periods = 1000;

// How many periods a run with these settings counts results in, found without
// listing them when there are far too many (1e-9-day periods would never end).
double period_count(const SimulationSettings& settings);

// The periods of a run with these settings; none when the model asks for none.
// At most max_periods: a model with more is refused as it loads.
std::vector<Period> periods_of(const SimulationSettings& settings);

// The day number of a date, counting from the start date (negative before it).
Days day_of(const std::chrono::year_month_day& start, const std::chrono::year_month_day& date);

// The date of a whole day number, "2027-04-01" (the day's fraction dropped).
std::string date_of(const std::chrono::year_month_day& start, Days day);

}  // namespace pathways
