#pragma once
// Text for the report: HTML escaping that leaves no URL-like text behind,
// JSON safe to place inside a <script> element, and figures in plain words.
#include <optional>
#include <string>
#include <string_view>

#include "format/load.h"
#include "model/model.h"
#include "report/results/gaps_suppression.h"
#include "results/results.h"
#include "tallies/statistic.h"

namespace pathways::report {

// The offset of the first "http:", "https:" or "//" (any case), if any.
std::optional<std::size_t> first_url_like(std::string_view text);

// Escapes text for HTML content or a quoted attribute. Slashes and the colon
// of "http:" become character references: the reader sees the same text, but
// the file holds nothing a browser could take for an address.
std::string html(std::string_view text);

// JSON for a <script type="application/json"> element: no "</", no "//",
// no "http" (each written with JSON escapes that JSON.parse reads back).
std::string script_json(const Json& j);

// 1234 -> "1,234"; under 10 with one decimal ("3.4").
std::string people_number(double count);
// 0.234 -> "23%"; under 1% with one decimal ("0.4%").
std::string percent(double share);
std::string days_number(double days);

// Counts and shares with small numbers hidden ("<5").
std::string people(double count, const SmallNumbers& small);
// "about 65 (95% interval 60 to 70)", with any hidden part masked.
std::string people_with_interval(const Stat& count, const SmallNumbers& small);
// A share whose underlying count is `count`: "suppressed" when that count is hidden.
std::string share_for(double share, double count, const SmallNumbers& small);
std::string share_interval(const Stat& share, const Stat& count, const SmallNumbers& small);

// A stage's label, or its id with underscores as spaces.
std::string readable_id(const std::string& id);

}  // namespace pathways::report

namespace pathways::report {

// Years the cohort arrives over: (horizon - warm-up) in years of 365.25 days.
double cohort_years(const RunSettings& settings);
// "April 2026" for a day of the run, or "day 365" when the model gives no start date.
std::string month_of_day(const Model& model, double day);
// "1 April 2026" for a day of the run, or "day 365" without a start date.
std::string date_of_day(const Model& model, double day);
// The days [from_day, to_day) by their first and last: "1 April 2026 to 31 March 2027".
std::string days_span(const Model& model, double from_day, double to_day);
// The day a year from `from_day` begins: the same date a year on (leap years
// included), or 365 days on without a start date.
double plan_year_end(const Model& model, double from_day);
// "households arriving between April 2026 and March 2030 (4 years), followed until their
// journeys end": said wherever counts appear, so a reader knows what they count.
std::string cohort_window(const Model& model, const RunSettings& settings);

// Who a count is of: the cohort, or everyone in the pathway (warm-up
// arrivals, background load and initial occupants too).
enum class Counted { cohort, everyone };
// The one sentence said wherever counts appear, naming who they count, the
// cohort window and the follow-up beyond it.
std::string who_is_counted(const Model& model, const RunSettings& settings, Counted counted);

}  // namespace pathways::report
