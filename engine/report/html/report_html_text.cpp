#include "report/html/report_html_text.h"

#include "report/text/figures_text.h"

#include "report/text/shared_text.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace pathways::report {

std::optional<std::size_t> first_url_like(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '/' && i + 1 < text.size() && text[i + 1] == '/') return i;
        if (starts_with_nocase(text, i, "http:") || starts_with_nocase(text, i, "https:")) return i;
    }
    return std::nullopt;
}

std::string html(std::string_view text) { return escape_html(text, Addresses::neutralise); }

std::string script_json(const Json& j) {
    const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '/')
            out += "\\/";
        else if (c == '<')
            out += "\\u003c";
        else if ((c == 't' || c == 'T') && i >= 1 && starts_with_nocase(text, i - 1, "http"))
            out += c == 't' ? "\\u0074" : "\\u0054";
        else
            out += c;
    }
    return out;
}

std::string people_number(double count) { return text::people_count(count); }

std::string percent(double share) { return text::percent(share); }

std::string days_number(double days) { return text::days_count(days); }

std::string people(double count, const SmallNumbers& small) { return small.count(count, people_number); }

std::string people_with_interval(const Stat& count, const SmallNumbers& small) {
    if (small.hides(count.mean)) return small.mask();
    return "about " + people(count.mean, small) + " (95% interval " + people(count.lo, small) + " to " +
           people(count.hi, small) + ")";
}

std::string people_with_interval(const Stat& count, const SuppressionPlan& plan, const std::string& key) {
    return plan.hides(key) ? plan.hidden_text(key) : people_with_interval(count, plan.small());
}

std::string share_for(double share, double count, const SmallNumbers& small) {
    return small.hides(count) ? "suppressed" : percent(share);
}

std::string share_interval(const Stat& share, const Stat& count, const SmallNumbers& small) {
    if (small.hides(count.mean)) return "suppressed";
    return share_for(share.mean, count.mean, small) + " (" + share_for(share.lo, count.lo, small) + " to " +
           share_for(share.hi, count.hi, small) + ")";
}

std::string share_interval(const Stat& share, const Stat& count, const SuppressionPlan& plan, const std::string& key) {
    return plan.hides(key) ? "suppressed" : share_interval(share, count, plan.small());
}

std::string readable_id(const std::string& id) { return text::readable_id(id); }

}  // namespace pathways::report

namespace pathways::report {

namespace {

constexpr double days_a_year = 365.25;

}  // namespace

double cohort_years(const RunSettings& settings) {
    return std::max(0.0, settings.horizon_days - settings.warmup_days) / days_a_year;
}

std::string over_the_period(const RunSettings& settings) {
    const double years = cohort_years(settings);
    return "over the " + (years == 1 ? std::string("year") : text::trimmed(years, 1) + " years");
}

double a_year(const RunSettings& settings, double count) {
    const double years = cohort_years(settings);
    return years > 0 ? count / years : count;
}

bool change_hidden(const SmallNumbers& small, double change, double baseline, double scenario) {
    return small.hides(std::fabs(change)) || small.hides(baseline) || small.hides(scenario);
}

std::string month_of_day(const Model& model, double day) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    const auto& start = model.simulation.start_date;
    if (!start) return "day " + days_number(day);
    const std::chrono::year_month_day date{std::chrono::sys_days{*start} +
                                           std::chrono::days{static_cast<long>(std::floor(day))}};
    return std::string(months[static_cast<unsigned>(date.month()) - 1]) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string cohort_window(const Model& model, const RunSettings& settings) {
    const double years = cohort_years(settings);
    std::string out = "households arriving between " + month_of_day(model, settings.warmup_days) + " and " +
                      month_of_day(model, settings.horizon_days - 1) + " (" + text::trimmed(years, 1) +
                      (years == 1 ? " year" : " years") + "), followed ";
    if (settings.follow_up_days)
        return out + "for up to " + text::days_words(*settings.follow_up_days) + " after the last arrival";
    return out + "until their journeys end";
}

}  // namespace pathways::report
