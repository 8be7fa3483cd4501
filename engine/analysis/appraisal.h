#pragma once
// Weighing options against each other: doing nothing, each of the council's
// actions alone and packages of them, judged by one measure (households a
// year) within each budget. From samples of every option's measures, either
// replications of the model as written (options may have different numbers,
// spent by a ranking-and-selection procedure) or plausible worlds (every
// option in every world, as a probabilistic sensitivity analysis runs).
// Sample s of every option shares its random streams and its world, so
// differences are paired.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/cost_effectiveness.h"
#include "analysis/evppi.h"

namespace pathways {

enum class AppraisalSamples : std::uint8_t {
    replications,  // of the model as written: intervals are 95% intervals of the mean
    worlds,        // plausible worlds: intervals hold the middle 90% of worlds
};

struct OptionSamples {
    double cost_per_year = 0;
    std::vector<std::vector<double>> values;  // [measure][sample]
};

struct AppraisalInputs {
    AppraisalSamples samples = AppraisalSamples::replications;
    std::vector<OptionSamples> options;  // [0] is doing nothing
    std::vector<bool> higher_is_better;  // by measure
    std::size_t measure = 0;             // the one the choice is made on
    std::vector<double> budgets;         // a year
    // Worlds only: [world][parameter], for the value of evidence.
    std::vector<std::vector<double>> parameters;
    std::uint64_t seed = 1;  // replications only: the posterior draws of probability_best
};

struct ValueRange {
    double mean = 0, low = 0, high = 0;
    std::size_t samples = 0;
};

// The cost per household is the cost over the effect, so its interval comes
// from the effect's: its top is missing when the effect's low end is not above
// 0 (the option may do nothing for its money).
struct CostPerHousehold {
    double mean = 0, low = 0;
    std::optional<double> high;
};

struct OptionAppraisal {
    std::vector<ValueRange> value;   // by measure
    std::vector<ValueRange> change;  // by measure: this option minus doing nothing, paired
    // The deciding measure's change in its better direction: households kept
    // from the outcome a year (more is better, whatever the measure's direction).
    ValueRange effect;
    // Cost a year per household a year, while the effect is above 0.
    std::optional<CostPerHousehold> cost_per_household;
    FrontierPoint frontier;
    std::vector<double> probability_best;  // by budget
};

struct EvidenceValue {
    std::size_t parameter = 0;
    Evppi evppi;
};

struct BudgetAppraisal {
    double budget = 0;
    std::size_t best = 0;  // the affordable option with the largest mean effect
    double probability_best = 0;
    std::vector<EvidenceValue> evidence;  // worlds only: by parameter, in the parameters' order
    double evpi = 0;                      // worlds only
};

struct Appraisal {
    std::vector<OptionAppraisal> options;
    std::vector<BudgetAppraisal> budgets;
};

// Throws std::invalid_argument for no options, a budget below doing nothing,
// or samples that do not line up.
Appraisal appraise(const AppraisalInputs& in);

// Ranking and selection (OCBA, ocba.h, with common random numbers): how many
// of `round` further replications each option gets next. The round is shared
// equally among the budgets (the first ones take the remainder), and within a
// budget among its affordable options as OCBA says, judged on each option's
// paired effect on the deciding measure: close rivals of the best, and the
// best, get most; options out of the running get few or none.
std::vector<std::uint32_t> next_round(const AppraisalInputs& in, std::uint32_t round);

// The share of posterior draws in which each affordable option has the largest
// mean effect, with each option's mean effect taken as normal about its
// estimate (standard error from the interval): Bayesian probability of correct
// selection, for options valued by replications. Ties go to the cheapest, then
// the first (budget_choice.h). Same draws for the same seed.
std::vector<double> probability_best_posterior(const std::vector<ValueRange>& effects, const std::vector<double>& costs,
                                               const std::vector<bool>& affordable, std::uint64_t seed,
                                               std::size_t draws = 20000);

}  // namespace pathways
