#include "what_if_answer.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "report/text/figures_text.h"

namespace pathways::serve {

namespace {

std::string points(double share_change) { return text::trimmed(std::fabs(share_change) * 100, 1); }

// "about 3.2 in every 100 more people end at <outcome> (21% instead of 18%)".
std::string outcome_sentence(const Model& model, const MetricDifference& d) {
    const Stage& outcome = model.stages[d.column.item.stage];
    const std::string label = outcome.label.empty() ? text::readable_id(outcome.id) : outcome.label;
    return "about " + points(d.difference.mean) + " in every 100 people " + (d.difference.mean > 0 ? "more" : "fewer") +
           " end at \u201c" + label + "\u201d (" + text::percent(d.scenario.mean) + " instead of " +
           text::percent(d.baseline.mean) + "; 95% interval of the change " + text::trimmed(d.difference.lo * 100, 1) +
           " to " + text::trimmed(d.difference.hi * 100, 1) + " points)";
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

std::string time_sentence(const ScenarioComparison& what_if) {
    for (const MetricDifference& d : what_if.differences) {
        if (d.column.metric != Metric::time_mean || !d.clear()) continue;
        return " Time in the pathway is " + text::trimmed(std::fabs(d.difference.mean), 1) + " days " +
               (d.difference.mean > 0 ? "longer" : "shorter") + " on average (" + text::trimmed(d.scenario.mean, 1) +
               " instead of " + text::trimmed(d.baseline.mean, 1) + ").";
    }
    return "";
}

}  // namespace

std::string verdict(const Model& model, const ScenarioComparison& what_if, std::size_t replications) {
    const auto changes = clear_outcome_changes(what_if);
    const bool same = std::all_of(what_if.differences.begin(), what_if.differences.end(), [](const auto& d) {
        return d.difference.mean == 0 && d.difference.lo == 0 && d.difference.hi == 0;
    });
    if (same) return "Nothing changes: with these figures every result is exactly as it is now.";
    std::string out;
    if (changes.empty()) {
        out = "No change in where people end up is clear of the simulation's noise with " +
              std::to_string(replications) +
              " replications: the what-if makes little difference there, or more "
              "replications are needed to show it.";
    } else {
        out = "With this what-if, " + outcome_sentence(model, *changes.front());
        if (changes.size() > 1) out += ", and " + outcome_sentence(model, *changes[1]);
        out += ".";
    }
    return out + time_sentence(what_if);
}

Json outcome_shares(const Model& model, const ScenarioComparison& what_if) {
    Json out = Json::array();
    for (const MetricDifference& d : what_if.differences) {
        if (d.column.metric != Metric::outcome_share) continue;
        const Stage& s = model.stages[d.column.item.stage];
        out.push_back({{"id", s.id},
                       {"label", s.label.empty() ? text::readable_id(s.id) : s.label},
                       {"kind", outcome_kind_name(s.outcome)},
                       {"before", d.baseline.mean},
                       {"after", d.scenario.mean},
                       {"change_ci95", {d.difference.lo, d.difference.hi}},
                       {"clear", d.clear()}});
    }
    return out;
}

}  // namespace pathways::serve
