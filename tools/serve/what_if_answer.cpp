#include "what_if_answer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

#include "figure_words.h"
#include "model/measure.h"
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

// "Households granted in Hackney who sleep rough at some point: 4.1% instead of 5.3% (-1.2 points,
// 95% interval of the change -1.9 to -0.5), about 2 fewer households a year", for a headline
// measure whose change is clear of noise; "" otherwise.
std::string measure_sentence(const Model& model, const FigureWords& words, const ScenarioComparison& what_if,
                             const MetricDifference& d) {
    const Measure& measure = model.measures[d.column.item.slot];
    const Metric m = Metric::measure_share;
    std::string out = measure.label.empty() ? text::readable_id(measure.id) : measure.label;
    out.append(": ")
        .append(words.value(m, d.scenario.mean))
        .append(" instead of ")
        .append(words.value(m, d.baseline.mean));
    out.append(" (").append(words.change(m, d.difference.mean)).append(", 95% interval of the change ");
    out.append(words.interval(m, d.difference.lo, d.difference.hi)).append(")");
    for (const MetricDifference& y : what_if.differences) {
        if (y.column.metric != Metric::measure_per_year || y.column.item.slot != d.column.item.slot) continue;
        const double change = y.difference.mean;
        if (std::fabs(change) >= 0.5)
            out.append(", about ")
                .append(text::people_count(std::fabs(change)))
                .append(change > 0 ? " more " : " fewer ")
                .append(people_word)
                .append(" a year");
    }
    const bool better = (d.difference.mean > 0) == measure.higher_is_better;
    return out.append(better ? " (better)" : " (worse)");
}

// The headline measures (format 1.2) whose change is clear of noise, as sentences, and
// how many headline measures there are.
std::pair<std::vector<std::string>, std::size_t> headline_measures(const Model& model, const FigureWords& words,
                                                                   const ScenarioComparison& what_if) {
    std::vector<std::string> clear;
    std::size_t headline = 0;
    for (const MetricDifference& d : what_if.differences) {
        if (d.column.metric != Metric::measure_share || d.column.item.slot >= model.measures.size()) continue;
        if (!model.measures[d.column.item.slot].headline) continue;
        ++headline;
        if (d.clear()) clear.push_back(measure_sentence(model, words, what_if, d));
    }
    return {clear, headline};
}

// Places added to (or taken from) a stage whose places were never all taken in the baseline
// (nobody waited for one): "these places were never full in the baseline (4,512 of 8,000
// places used at most)". Empty when no such stage's places changed.
std::string never_full_sentence(const Model& model, const Model& what_if_model, const Results& baseline) {
    std::string out;
    for (std::size_t i = 0; i < model.stages.size() && i < what_if_model.stages.size(); ++i) {
        const Stage& before = model.stages[i];
        const Stage& after = what_if_model.stages[i];
        if (before.capacity == 0 || before.capacity == after.capacity || before.id != after.id) continue;
        const auto result = std::find_if(baseline.stages.begin(), baseline.stages.end(),
                                         [&before](const StageResult& r) { return r.id == before.id; });
        if (result == baseline.stages.end() || !result->figures.has(Metric::waited) ||
            result->figures[Metric::waited].mean > 0)
            continue;
        const std::string name = before.label.empty() ? text::readable_id(before.id) : before.label;
        const auto moved = static_cast<double>(after.capacity) - static_cast<double>(before.capacity);
        std::string sentence = " The " + text::people_count(std::fabs(moved)) + (moved > 0 ? " more" : " fewer") +
                               " places in \u201c" + name +
                               "\u201d make little or no difference: in the baseline these places were never full";
        const std::size_t from = static_cast<std::size_t>(std::max(0.0, baseline.settings.warmup_days));
        if (result->daily_occupancy.size() > from) {
            const double most = *std::max_element(result->daily_occupancy.begin() + static_cast<std::ptrdiff_t>(from),
                                                  result->daily_occupancy.end());
            sentence.append(" (").append(text::people_count(most)).append(" of ");
            sentence.append(text::people_count(static_cast<double>(before.capacity))).append(" places used at most)");
        }
        out.append(sentence).append(", so nobody waited for one.");
    }
    return out;
}

std::string noise_sentence(std::size_t replications) {
    return " The intervals show only how much the answer varies from one run of the simulation to the next (" +
           std::to_string(replications) +
           " runs), with the model's figures at their central values; they do not cover doubt about those "
           "figures themselves (the report's \u201cHow sure are we\u201d section explores that).";
}

}  // namespace

std::string verdict(const Model& model, const Model& what_if_model, const Results& baseline,
                    const ScenarioComparison& what_if, std::size_t replications) {
    const auto changes = clear_outcome_changes(what_if);
    const bool same = std::all_of(what_if.differences.begin(), what_if.differences.end(), [](const auto& d) {
        return d.difference.mean == 0 && d.difference.lo == 0 && d.difference.hi == 0;
    });
    const std::string never_full = never_full_sentence(model, what_if_model, baseline);
    if (same) return "Nothing changes: with these figures every result is exactly as it is now." + never_full;
    const FigureWords words(baseline, what_if.summary);
    const auto [measures, headline] = headline_measures(model, words, what_if);
    std::string out;
    if (headline > 0) {
        // Judged on the model's headline measures, each against itself in the same runs (paired).
        if (measures.empty()) {
            out = "None of the model's " + std::to_string(headline) +
                  " headline measures changes clear of the simulation's noise with " + std::to_string(replications) +
                  " replications";
            out += never_full.empty()
                       ? ": the what-if makes little difference to them, or more replications are needed "
                         "to show it."
                       : ".";
        } else {
            // One line a measure, marked "• ", for the page to list.
            out = "On the model's headline measures:";
            for (const std::string& m : measures) out.append("\n\u2022 ").append(m).append(".");
        }
        if (!changes.empty())
            out.append("\nWhere households end up: ")
                .append(outcome_sentence(model, words, cohort_size(what_if), *changes.front()))
                .append(".");
    } else if (changes.empty()) {
        out = "No change in where " + std::string(people_word) + " end up is clear of the simulation's noise with " +
              std::to_string(replications) + " replications";
        out += never_full.empty()
                   ? ": the what-if makes little difference there, or more replications are needed to show it."
                   : ".";
    } else {
        const double cohort = cohort_size(what_if);
        out = "With this what-if, " + outcome_sentence(model, words, cohort, *changes.front());
        if (changes.size() > 1) out += "; and " + outcome_sentence(model, words, cohort, *changes[1]);
        out += ".";
    }
    // The intervals' meaning on a line of its own.
    return out + never_full + time_sentence(words, what_if) + "\n" + noise_sentence(replications).substr(1);
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
    FigureWords words(baseline, what_if.summary, &model);
    Json rows = Json::array();
    // The model's headline measures (format 1.2) lead, then the rows of `compare`'s table.
    const auto headline_measure = [&model](const MetricDifference& d) {
        const Metric m = d.column.metric;
        return (m == Metric::measure_share || m == Metric::measure_per_year) &&
               d.column.item.slot < model.measures.size() && model.measures[d.column.item.slot].headline;
    };
    std::vector<const MetricDifference*> shown;
    for (const MetricDifference& d : what_if.differences)
        if (headline_measure(d)) shown.push_back(&d);
    for (const MetricDifference& d : what_if.differences)
        if (is_headline(d.column.metric) && (d.baseline.mean != 0 || d.scenario.mean != 0)) shown.push_back(&d);
    for (const MetricDifference* row : shown) {
        const MetricDifference& d = *row;
        const Metric m = d.column.metric;
        if (m == Metric::target_value) words.target(d.column.item.slot);
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
                        {"clear", d.clear()},
                        {"headline", headline_measure(d)}});
    }
    return rows;
}

}  // namespace pathways::serve
