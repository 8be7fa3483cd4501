// Journey rules in the results: a statistic over replications and a trace.
#include "run/results_builder.h"

namespace pathways {

namespace {

RuleViolation violation_of(const Model& model, const JourneyTrace& trace) {
    RuleViolation v{trace.replication + 1, trace.person, {}};
    for (const VisitRecord& visit : trace.visits)
        v.journey.push_back({model.stages[visit.stage].id, visit.entered, visit.left, leave_reason_name(visit.how)});
    return v;
}

}  // namespace

std::vector<RuleResult> rule_results(const Model& model, const RunResults& run) {
    std::vector<RuleResult> out;
    for (std::size_t r = 0; r < model.journey_rules.size(); ++r) {
        const JourneyRule& rule = model.journey_rules[r];
        std::vector<double> counts;
        for (const auto& replication : run.rule_tallies)
            counts.push_back(static_cast<double>(replication[r].violating));
        RuleResult result{rule.id, rule.label, rule.source, summarise(counts), std::nullopt};
        if (r < run.first_violations.size() && run.first_violations[r])
            result.first = violation_of(model, *run.first_violations[r]);
        out.push_back(std::move(result));
    }
    return out;
}

}  // namespace pathways
