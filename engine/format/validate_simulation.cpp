// Simulation settings: horizon, warm-up, replications, seed, follow-up, and
// (format 1.1) the date of day 0 and the periods results are counted by.
#include <chrono>
#include <limits>

#include "format/validate.h"
#include "model/periods.h"

namespace pathways {

namespace {

bool digits(const std::string& text, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
}

}  // namespace

std::optional<std::chrono::year_month_day> read_date(Reader& in, const Json& value, const std::string& p) {
    auto text = in.string(value, p);
    if (!text) return std::nullopt;
    const std::string& t = *text;
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !digits(t, 0, 4) || !digits(t, 5, 2) || !digits(t, 8, 2)) {
        in.error(p, "must be a date written YYYY-MM-DD, got " + show(value));
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{std::stoi(t.substr(0, 4))},
                                           std::chrono::month{static_cast<unsigned>(std::stoi(t.substr(5, 2)))},
                                           std::chrono::day{static_cast<unsigned>(std::stoi(t.substr(8, 2)))}};
    if (!date.ok()) {
        in.error(p, "is not a day of the calendar, got " + show(value));
        return std::nullopt;
    }
    return date;
}

namespace {

// The date of day 0 and the periods results are counted by (calendar periods
// or a fixed number of days, not both).
void read_calendar(LoadContext& c, const Json& value, const std::string& p) {
    SimulationSettings& s = c.model.simulation;
    if (const Json* v = member_1_1(c, value, p, "start_date"))
        s.start_date = read_date(c.in, *v, child(p, "start_date"));
    const Json* periods = member_1_1(c, value, p, "periods");
    const Json* period_days = member_1_1(c, value, p, "period_days");
    if (periods && period_days) {
        c.in.error(p, "give either 'periods' or 'period_days', not both");
        return;
    }
    if (periods) {
        static const PeriodUnit units[] = {PeriodUnit::month, PeriodUnit::quarter, PeriodUnit::year};
        auto unit = c.in.choice(*periods, child(p, "periods"), {"month", "quarter", "year"});
        if (unit && !value.contains("start_date"))
            c.in.error(child(p, "periods"), "needs 'start_date' (calendar periods start on calendar dates)");
        if (unit) s.periods = units[*unit];
    }
    if (period_days) {
        auto days = c.in.number(*period_days, child(p, "period_days"), Sign::positive);
        if (days) s.periods = PeriodUnit::days;
        s.period_days = days.value_or(0);
    }
}

}  // namespace

void read_simulation(LoadContext& c, const Json& value, const std::string& p) {
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p,
              {"horizon_days", "warmup_days", "replications", "seed", "follow_up_days", "start_date", "periods",
               "period_days"});
    SimulationSettings& s = c.model.simulation;
    auto horizon = std::optional<double>{};
    if (const Json* v = c.in.required(value, p, "horizon_days"))
        horizon = c.in.number(*v, child(p, "horizon_days"), Sign::positive);
    if (horizon) s.horizon_days = *horizon;
    if (const Json* v = Reader::member(value, "warmup_days")) {
        auto warmup = c.in.number(*v, child(p, "warmup_days"), Sign::non_negative);
        if (warmup && horizon && !(*warmup < *horizon))
            c.in.error(child(p, "warmup_days"),
                       "must be < horizon_days (" + show_number(*horizon) + "), got " + show(*v));
        s.warmup_days = warmup.value_or(0);
    }
    if (const Json* v = Reader::member(value, "replications"))
        s.replications =
            static_cast<std::uint32_t>(c.in.integer(*v, child(p, "replications"), 1, max_replications).value_or(1));
    if (const Json* v = Reader::member(value, "seed"))
        s.seed = c.in.integer(*v, child(p, "seed"), 0, std::numeric_limits<std::uint64_t>::max()).value_or(1);
    if (const Json* v = Reader::member(value, "follow_up_days"))
        s.follow_up_days = c.in.number(*v, child(p, "follow_up_days"), Sign::non_negative);
    read_calendar(c, value, p);
    if (const std::string why = periods_problem(c.model); !why.empty()) c.in.error(p, why);
}

std::string periods_problem(const Model& model) {
    const double count = period_count(model.simulation);
    if (!(count > max_periods)) return "";
    return "results would be counted in " + std::string(count > 4 * max_periods ? "more than " : "") +
           show_number(count > 4 * max_periods ? 4 * max_periods : count) + " periods over " +
           show_number(model.simulation.horizon_days) +
           " days, more than the limit of 1000: make the periods longer or the horizon shorter";
}

}  // namespace pathways
