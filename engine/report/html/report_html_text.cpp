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

namespace {}  // namespace

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

bool change_hidden(const SmallNumbers& small, double /*change*/, double baseline, double scenario) {
    return small.hides(baseline) || small.hides(scenario);
}

namespace {

const char* month_name(const std::chrono::year_month_day& date) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return months[static_cast<unsigned>(date.month()) - 1];
}

std::chrono::year_month_day date_at(const std::chrono::year_month_day& start, double day) {
    return std::chrono::year_month_day{std::chrono::sys_days{start} +
                                       std::chrono::days{static_cast<long>(std::floor(day))}};
}

// "households arriving between April 2026 and March 2030 (4 years)"
std::string arrival_window(const Model& model, const RunSettings& settings) {
    const double years = cohort_years(settings);
    return "households arriving between " + month_of_day(model, settings.warmup_days) + " and " +
           month_of_day(model, settings.horizon_days - 1) + " (" + text::trimmed(years, 1) +
           (years == 1 ? " year" : " years") + ")";
}

// Who besides the cohort a count of everyone holds: "those still there from the
// warm-up before April 2026, “Other homeless households (background demand)”
// and people already in places on 1 April 2025".
std::string others_counted(const Model& model, const RunSettings& settings) {
    std::vector<std::string> parts;
    if (settings.warmup_days > 0)
        parts.push_back("those still there from the warm-up before " + month_of_day(model, settings.warmup_days));
    for (const ArrivalStream& a : model.arrivals) {
        if (!a.in_cohort)
            parts.push_back("\xE2\x80\x9C" + (a.label.empty() ? text::readable_id(a.id) : a.label) + "\xE2\x80\x9D");
    }
    const bool occupied =
        std::any_of(model.stages.begin(), model.stages.end(), [](const Stage& s) { return s.initial.count > 0; });
    if (occupied) parts.push_back("people already in places on " + date_of_day(model, 0));
    return listed(parts);
}

}  // namespace

std::string month_of_day(const Model& model, double day) {
    const auto& start = model.simulation.start_date;
    if (!start) return "day " + days_number(day);
    const std::chrono::year_month_day date = date_at(*start, day);
    return std::string(month_name(date)) + " " + std::to_string(static_cast<int>(date.year()));
}

std::string date_of_day(const Model& model, double day) {
    const auto& start = model.simulation.start_date;
    if (!start) return "day " + days_number(std::floor(day));
    const std::chrono::year_month_day date = date_at(*start, day);
    return std::to_string(static_cast<unsigned>(date.day())) + " " + month_name(date) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string days_span(const Model& model, double from_day, double to_day) {
    return date_of_day(model, from_day) + " to " + date_of_day(model, std::ceil(to_day) - 1);
}

double plan_year_end(const Model& model, double from_day) {
    const auto& start = model.simulation.start_date;
    if (!start) return from_day + 365;
    const std::chrono::year_month_day from = date_at(*start, from_day);
    std::chrono::year_month_day next = from + std::chrono::years{1};
    if (!next.ok()) next = std::chrono::year_month_day{next.year() / next.month() / std::chrono::last};  // 29 Feb
    return std::floor(from_day) +
           static_cast<double>((std::chrono::sys_days{next} - std::chrono::sys_days{from}).count());
}

std::string cohort_window(const Model& model, const RunSettings& settings) {
    std::string out = arrival_window(model, settings) + ", followed ";
    if (settings.follow_up_days)
        return out + "for up to " + text::days_words(*settings.follow_up_days) + " after the last arrival";
    return out + "until their journeys end";
}

std::string who_is_counted(const Model& model, const RunSettings& settings, Counted counted) {
    if (counted == Counted::cohort) return "Counts here are of the " + cohort_window(model, settings) + ".";
    const std::string others = others_counted(model, settings);
    return "Counted here: everyone in the pathway, as the borough's own records would count them: the cohort of " +
           arrival_window(model, settings) + (others.empty() ? "" : ", and also " + others) + ". Nothing after " +
           date_of_day(model, std::ceil(settings.horizon_days) - 1) +
           " (the follow-up) is counted, so these figures do not add up to the cohort's elsewhere in this report.";
}

}  // namespace pathways::report
