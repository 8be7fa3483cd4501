#include "figure_words.h"

#include <algorithm>
#include <cmath>

#include "model/duration.h"
#include "report/text/figures_text.h"

namespace pathways::serve {

namespace {

double window_years(const Results& r) { return (r.settings.horizon_days - r.settings.warmup_days) / days_a_year; }

}  // namespace

TargetUnit target_unit(const Target& target) {
    const auto has = [&target](const char* word) {
        return std::any_of(target.numerator.begin(), target.numerator.end(),
                           [word](const std::string& p) { return p.find(word) != std::string::npos; });
    };
    if (!target.denominator.empty()) return target.high <= 1 ? TargetUnit::share : TargetUnit::ratio;
    if (has("share")) return TargetUnit::share;
    if (has("cost")) return TargetUnit::money;
    if (has("days") || has("time")) return TargetUnit::days;
    return TargetUnit::count;
}

FigureWords::FigureWords(const Results& baseline, const Results& what_if, const Model* model)
    : currency_(baseline.currency) {
    const double years = window_years(baseline);
    if (years > 0 && std::fabs(years - window_years(what_if)) < 1e-9) years_ = years;
    if (model)
        for (const Target& t : model->targets) target_units_.push_back(target_unit(t));
}

std::string FigureWords::target_bare(double x) const {
    const TargetUnit unit = target_ < target_units_.size() ? target_units_[target_] : TargetUnit::share;
    switch (unit) {
        case TargetUnit::share: return std::fabs(x) > 1 ? text::people_count(x) : text::percent(x);
        case TargetUnit::ratio: return text::trimmed(x, 2);
        case TargetUnit::days: return text::days_count(x) + " days";
        case TargetUnit::money: return text::money(x, currency_);
        case TargetUnit::count: break;
    }
    return text::people_count(x);
}

bool FigureWords::counted_per_year(Metric m) const {
    if (years_ <= 0) return false;
    switch (m) {
        case Metric::cost_total:
        case Metric::cohort_size:
        case Metric::outcome_count:
        case Metric::entries:
        case Metric::reneged:
        case Metric::diverted_by_deadline:
        case Metric::drop_offs_after:
        case Metric::waited:
        case Metric::flow_count: return true;
        default: return false;
    }
}

std::string FigureWords::bare(Metric m, double x) const {
    if (counted_per_year(m)) x = per_year(x);
    switch (metric_def(m).unit) {
        case Unit::share:
            // A target's value is a share, a ratio of other figures, days, money or a count (target_unit).
            if (m == Metric::target_value) return target_bare(x);
            return text::percent(x);
        case Unit::money: return text::money(x, currency_);
        default:  // days, people and places round alike: whole from 10 up, with thousands
            return text::people_count(x);
    }
}

std::string FigureWords::unit(Metric m) const {
    const char* yearly = counted_per_year(m) ? " a year" : "";
    switch (metric_def(m).unit) {
        case Unit::share: return "";
        case Unit::money: return yearly;
        case Unit::days: return " days";
        case Unit::people: return std::string(" ") + people_word + yearly;
        default: return "";
    }
}

std::string FigureWords::value(Metric m, double x) const { return bare(m, x) + unit(m); }

std::string FigureWords::size(Metric m, double x) const {
    std::string words = bare(m, std::fabs(x));
    if (words.empty() || words.back() != '%') return words + unit(m);
    words.pop_back();  // a change of share is in points
    return words + (words == "1" ? " point" : " points");
}

std::string FigureWords::change(Metric m, double x) const {
    const std::string words = size(m, x);
    return (text::reads_as_zero(words.substr(0, words.find(' '))) ? "" : x < 0 ? "-" : "+") + words;
}

std::string FigureWords::interval(Metric m, double lo, double hi) const {
    const std::string to = change(m, hi);
    std::string from = change(m, lo);
    const std::string end = to.substr(to.find(' ') == std::string::npos ? to.size() : to.find(' '));
    if (from.ends_with(end)) from.resize(from.size() - end.size());
    return from + " to " + to;
}

}  // namespace pathways::serve
