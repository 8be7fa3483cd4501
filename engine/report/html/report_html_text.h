#pragma once
// Text for the report: HTML escaping that leaves no URL-like text behind,
// JSON safe to place inside a <script> element, and figures in plain words.
#include <optional>
#include <string>
#include <string_view>

#include "format/load.h"
#include "model/model.h"
#include "report/results/gaps_suppression.h"
#include "report/results/suppression_plan.h"
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
// "about 65 (95% interval 60 to 70)", with a small bound masked; a hidden
// count is only "<5", without its interval (the bounds would place it).
std::string people_with_interval(const Stat& count, const SmallNumbers& small);
// The same for a count the plan names: "suppressed" when hidden to protect another.
std::string people_with_interval(const Stat& count, const SuppressionPlan& plan, const std::string& key);
// A share whose underlying count is `count`: "suppressed" when that count is hidden.
std::string share_for(double share, double count, const SmallNumbers& small);
std::string share_interval(const Stat& share, const Stat& count, const SmallNumbers& small);
// The same for a count the plan names.
std::string share_interval(const Stat& share, const Stat& count, const SuppressionPlan& plan, const std::string& key);

// A stage's label, or its id with underscores as spaces.
std::string readable_id(const std::string& id);

}  // namespace pathways::report

namespace pathways::report {

// Years the cohort arrives over: (horizon - warm-up) in years of 365.25 days.
double cohort_years(const RunSettings& settings);
// "over the 4 years": the period a count over the cohort covers, for a column's header.
std::string over_the_period(const RunSettings& settings);
// A count over the cohort's period as a figure a year.
double a_year(const RunSettings& settings, double count);
// Whether a what-if's change in a count is hidden: when the count in either run
// is small, which the change would place. A change between two runs counts no
// one, so its own size never hides it (-8 of 53 households is a clear change,
// not 8 people). Counts over the period decide, never the figures a year made
// from them, so a change is shown or hidden alike everywhere.
bool change_hidden(const SmallNumbers& small, double change, double baseline, double scenario);
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
