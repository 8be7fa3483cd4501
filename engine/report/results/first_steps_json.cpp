#include "report/results/first_steps_json.h"

namespace pathways {

namespace {

using Digest = AppraisalDigest;

// Households a year with the interval: a change a year between options, never a count over the period.
Json estimate_json(const Digest::Estimate& e) { return {{"a_year", e.mean}, {"low", e.low}, {"high", e.high}}; }

Json package_json(const Digest& a, std::size_t o) {
    const Digest::Option& option = a.options[o];
    Json names = Json::array();
    for (std::size_t action : option.actions) names.push_back(a.actions[action].name);
    Json per = nullptr;
    if (option.cost_per_household) {
        const auto& c = *option.cost_per_household;
        per = {{"mean", c.mean}, {"low", c.low}, {"high", c.high ? Json(*c.high) : Json(nullptr)}};
    }
    return {{"names", std::move(names)},
            {"cost_per_year", option.cost_per_year},
            {"effect", estimate_json(option.effect)},
            {"cost_per_household", std::move(per)},
            {"frontier", option.frontier},
            {"dominance", dominance_name(option.dominance)}};
}

Json budget_json(const Digest& a, const findings::BudgetPick& pick) {
    const Digest::Budget& b = a.budgets[pick.budget];
    Json j = {{"budget", b.budget},
              {"best", package_json(a, pick.best)},
              {"probability_best", b.probability_best},
              {"runner_up", nullptr}};
    if (pick.runner_up) {
        j["runner_up"] = package_json(a, *pick.runner_up);
        j["runner_up_probability_best"] = a.options[*pick.runner_up].probability_best[pick.budget];
    }
    return j;
}

Json evidence_json(const findings::FirstSteps& steps) {
    const Digest& a = *steps.appraisal;
    Json j = {{"measured", steps.evidence_measured}, {"budget", nullptr}, {"parameters", Json::array()}};
    if (!steps.evidence_budget || !steps.evidence_measured) return j;
    const Digest::Budget& b = a.budgets[*steps.evidence_budget];
    j["budget"] = b.budget;
    for (std::size_t e : steps.evidence)
        j["parameters"].push_back({{"label", b.evidence[e].label},
                                   {"evppi", b.evidence[e].evppi},
                                   {"choice_changes", b.evidence[e].choice_changes}});
    j["evpi"] = b.evpi ? Json(*b.evpi) : Json(nullptr);
    return j;
}

const char* samples_name(Digest::Samples s) {
    switch (s) {
        case Digest::Samples::worlds: return "worlds";
        case Digest::Samples::draws: return "draws";
        case Digest::Samples::replications: return "replications";
    }
    return "replications";
}

}  // namespace

Json first_steps_json(const findings::FirstSteps& steps) {
    const Digest& a = *steps.appraisal;
    Json budgets = Json::array(), alone = Json::array(), options = Json::array(), asks = Json::array();
    for (const findings::BudgetPick& pick : steps.budgets) budgets.push_back(budget_json(a, pick));
    for (std::size_t o : steps.alone) alone.push_back(package_json(a, o));
    for (std::size_t o = 0; o < a.options.size(); ++o) options.push_back(package_json(a, o));
    for (const Digest::Ask& ask : a.asks)
        asks.push_back({{"name", ask.name}, {"decided_by", ask.decided_by}, {"effect", estimate_json(ask.effect)}});
    return {{"measure",
             {{"id", a.measure.id},
              {"label", a.measure.label},
              {"better", a.measure.lower_is_better ? "lower" : "higher"}}},
            {"samples", {{"kind", samples_name(a.samples)}, {"count", a.sample_count}, {"interval", a.interval}}},
            {"currency", a.currency},
            {"budgets", std::move(budgets)},
            {"actions_alone", std::move(alone)},
            {"options", std::move(options)},
            {"asks", std::move(asks)},
            {"evidence", evidence_json(steps)}};
}

}  // namespace pathways
