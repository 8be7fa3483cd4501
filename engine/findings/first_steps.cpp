#include "findings/first_steps.h"

#include <algorithm>

namespace pathways::findings {

namespace {

// The option other than the best most often best at budget b, when that is often enough.
std::optional<std::size_t> runner_up_at(const AppraisalDigest& a, std::size_t b) {
    std::optional<std::size_t> out;
    double most = 0;
    for (std::size_t o = 0; o < a.options.size(); ++o) {
        const auto& shares = a.options[o].probability_best;
        if (o == a.budgets[b].best || b >= shares.size()) continue;
        if (shares[b] >= runner_up_share && shares[b] > most) {
            most = shares[b];
            out = o;
        }
    }
    return out;
}

std::vector<std::size_t> evidence_at(const AppraisalDigest::Budget& budget) {
    std::vector<std::size_t> out;
    for (std::size_t e = 0; e < budget.evidence.size(); ++e) {
        if (budget.evidence[e].evppi >= evidence_worth_naming) out.push_back(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t x, std::size_t y) { return budget.evidence[x].evppi > budget.evidence[y].evppi; });
    if (out.size() > evidence_named) out.resize(evidence_named);
    return out;
}

}  // namespace

FirstSteps first_steps(const AppraisalDigest& a) {
    FirstSteps f;
    f.appraisal = &a;
    for (std::size_t b = 0; b < a.budgets.size(); ++b) f.budgets.push_back({b, a.budgets[b].best, runner_up_at(a, b)});
    for (std::size_t action = 0; action < a.actions.size(); ++action) {
        for (std::size_t o = 0; o < a.options.size(); ++o) {
            if (a.options[o].actions == std::vector<std::size_t>{action}) {
                f.alone.push_back(o);
                break;
            }
        }
    }
    if (a.budgets.empty()) return f;
    const auto largest = std::max_element(a.budgets.begin(), a.budgets.end(),
                                          [](const auto& x, const auto& y) { return x.budget < y.budget; });
    f.evidence_budget = static_cast<std::size_t>(largest - a.budgets.begin());
    f.evidence_measured = a.samples != AppraisalDigest::Samples::replications && !largest->evidence.empty();
    f.evidence = evidence_at(*largest);
    return f;
}

}  // namespace pathways::findings
