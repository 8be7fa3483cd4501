#include "what_if_answer.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "figure_words.h"
#include "report/text/figures_text.h"
#include "tallies/model_index.h"

namespace pathways::serve {

namespace {

std::string outcome_label(const Model& model, const MetricDifference& d) {
    const Stage& outcome = model.stages[d.column.item.stage];
    return outcome.label.empty() ? text::readable_id(outcome.id) : outcome.label;
}

double cohort_size(const ScenarioComparison& what_if) {
    for (const MetricDifference& d : what_if.differences)
        if (d.column.metric == Metric::cohort_size) return d.baseline.mean;
    return 0;
}

// "3 points more households end at “X”: 24% instead of 21%, about 30 more a year
// (95% interval of the change +1 to +5 points)".
std::string outcome_sentence(const Model& model, const FigureWords& words, double cohort, const MetricDifference& d) {
    const Metric m = Metric::outcome_share;
    const std::string more = d.difference.mean > 0 ? "more" : "fewer";
    std::string out = words.size(m, d.difference.mean) + " " + more + " of the " + people_word + " end at \u201c" +
                      outcome_label(model, d) + "\u201d: " + words.value(m, d.scenario.mean) + " instead of " +
                      words.value(m, d.baseline.mean);
    const double a_year = words.per_year(std::fabs(d.difference.mean) * cohort);
    if (a_year > 0) out += ", about " + text::people_count(a_year) + " " + more + " " + people_word + " a year";
    return out + " (95% interval of the change " + words.interval(m, d.difference.lo, d.difference.hi) + ")";
}

std::vector<const MetricDifference*> clear_outcome_changes(const ScenarioComparison& what_if) {
    std::vector<const MetricDifference*> out;
    for (const MetricDifference& d : what_if.differences)
        if (d.column.metric == Metric::outcome_share && d.clear()) out.push_back(&d);
    std::stable_sort(out.begin(), out.end(), [](const MetricDifference* a, const MetricDifference* b) {
        return std::fabs(a->difference.mean) > std::fabs(b->difference.mean);
    });
    return out;
}

std::string time_sentence(const FigureWords& words, const ScenarioComparison& what_if) {
    for (const MetricDifference& d : what_if.differences) {
        if (d.column.metric != Metric::time_mean || !d.clear()) continue;
        const Metric m = Metric::time_mean;
        return " Time in the pathway is " + words.size(m, d.difference.mean) + " " +
               (d.difference.mean > 0 ? "longer" : "shorter") + " on average: " + words.value(m, d.scenario.mean) +
               " instead of " + words.value(m, d.baseline.mean) + " (95% interval of the change " +
               words.interval(m, d.difference.lo, d.difference.hi) + ").";
    }
    return "";
}

std::string noise_sentence(std::size_t replications) {
    return " The intervals show only how much the answer varies from one run of the simulation to the next (" +
           std::to_string(replications) +
           " runs), with the model's figures at their central values; they do not cover doubt about those "
           "figures themselves (the report's \u201cHow sure are we\u201d section explores that).";
}

}  // namespace

std::string verdict(const Model& model, const Results& baseline, const ScenarioComparison& what_if,
                    std::size_t replications) {
    const auto changes = clear_outcome_changes(what_if);
    const bool same = std::all_of(what_if.differences.begin(), what_if.differences.end(), [](const auto& d) {
        return d.difference.mean == 0 && d.difference.lo == 0 && d.difference.hi == 0;
    });
    if (same) return "Nothing changes: with these figures every result is exactly as it is now.";
    const FigureWords words(baseline, what_if.summary);
    std::string out;
    if (changes.empty()) {
        out = "No change in where " + std::string(people_word) + " end up is clear of the simulation's noise with " +
              std::to_string(replications) +
              " replications: the what-if makes little difference there, or more replications are needed to show it.";
    } else {
        const double cohort = cohort_size(what_if);
        out = "With this what-if, " + outcome_sentence(model, words, cohort, *changes.front());
        if (changes.size() > 1) out += "; and " + outcome_sentence(model, words, cohort, *changes[1]);
        out += ".";
    }
    return out + time_sentence(words, what_if) + noise_sentence(replications);
}

Json outcome_shares(const Model& model, const Results& baseline, const ScenarioComparison& what_if) {
    const FigureWords words(baseline, what_if.summary);
    const Metric m = Metric::outcome_share;
    Json out = Json::array();
    for (const MetricDifference& d : what_if.differences) {
        if (d.column.metric != m) continue;
        const Stage& s = model.stages[d.column.item.stage];
        out.push_back({{"id", s.id},
                       {"label", outcome_label(model, d)},
                       {"kind", outcome_kind_name(s.outcome)},
                       {"before", d.baseline.mean},
                       {"after", d.scenario.mean},
                       {"change_ci95", {d.difference.lo, d.difference.hi}},
                       {"clear", d.clear()},
                       {"words",
                        {{"now", words.value(m, d.baseline.mean)},
                         {"what_if", words.value(m, d.scenario.mean)},
                         {"change", words.change(m, d.difference.mean)},
                         {"interval", words.interval(m, d.difference.lo, d.difference.hi)}}}});
    }
    return out;
}

Json headline_rows(const Model& model, const Results& baseline, const ScenarioComparison& what_if) {
    const ModelIndex index(model);
    const FigureWords words(baseline, what_if.summary);
    Json rows = Json::array();
    for (const MetricDifference& d : what_if.differences) {
        const Metric m = d.column.metric;
        // The rows of `compare`'s table.
        if (!is_headline(m) || (d.baseline.mean == 0 && d.scenario.mean == 0)) continue;
        // The catalogue's words say the whole window; the row shows a year of it.
        const std::string label = m == Metric::cost_total && words.counted_per_year(m)
                                      ? "cost a year"
                                      : metric_label(model, index, m, d.column.item);
        rows.push_back({{"label", label},
                        {"path", d.path},
                        {"now", words.value(m, d.baseline.mean)},
                        {"what_if", words.value(m, d.scenario.mean)},
                        {"change", words.change(m, d.difference.mean)},
                        {"interval", words.interval(m, d.difference.lo, d.difference.hi)},
                        {"clear", d.clear()}});
    }
    return rows;
}

}  // namespace pathways::serve
