#pragma once
// What to do first, decided once from an appraisal for the report and
// findings.json: each budget's best package with the runner-up when it is
// close, every action alone, and the evidence worth collecting. Both outputs
// put these into words; neither chooses again.
#include <cstddef>
#include <optional>
#include <vector>

#include "findings/appraisal_digest.h"

namespace pathways::findings {

// A runner-up is named when it is the best in at least this share of the worlds.
inline constexpr double runner_up_share = 0.2;
// The parameters named as evidence to collect, at most.
inline constexpr std::size_t evidence_named = 5;
// Below a tenth of a household a year, knowing a parameter is worth nothing to name.
inline constexpr double evidence_worth_naming = 0.1;

struct BudgetPick {
    std::size_t budget = 0;  // in the appraisal's budgets
    std::size_t best = 0;    // in its options
    std::optional<std::size_t> runner_up;
};

struct FirstSteps {
    const AppraisalDigest* appraisal = nullptr;
    std::vector<BudgetPick> budgets;  // in the appraisal's order
    std::vector<std::size_t> alone;   // the options of one action each, in the actions' order
    // The largest budget, whose evidence is named; none when the appraisal has no budget.
    std::optional<std::size_t> evidence_budget;
    // In that budget's evidence: largest value first, at most evidence_named, none worth less than
    // evidence_worth_naming.
    std::vector<std::size_t> evidence;
    // Whether the appraisal measured the value of evidence (it can only across worlds or draws).
    bool evidence_measured = false;
};

FirstSteps first_steps(const AppraisalDigest& appraisal);

}  // namespace pathways::findings
