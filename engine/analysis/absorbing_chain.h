#pragma once
// Exact results for a model read as an absorbing Markov chain: every
// non-outcome stage, with each attribute profile people can carry into it
// (entering a stage applies its `sets`), is a transient state held for the
// mean of the stage's duration; routing shares are the transition
// probabilities, and outcome stages absorb. Figures per stage sum over
// profiles. The chain solves the rules in force at day 0. What it cannot
// express (capacities, queue patience, supply, deadlines, held places,
// initial occupants, background load, later regimes) is left out and listed
// in plain words.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace pathways {

// Figures for one start distribution. Vectors are indexed by stage.
struct ChainFigures {
    std::vector<double> outcome_probability;             // 0 for non-outcome stages
    std::vector<std::optional<double>> days_to_outcome;  // given that outcome; none when unreachable
    std::vector<double> visits;                          // expected entries per person (outcomes: probability)
    double time_in_system_days = 0;                      // expected days from arrival to any outcome
};

struct ProfileFigures {
    std::uint32_t profile = 0;  // see Model::profile_count
    double weight = 0;          // expected cohort arrivals with this profile
    ChainFigures figures;
};

struct ChainAnalysis {
    ChainFigures overall;                    // the cohort's arrival mix
    std::vector<ProfileFigures> by_profile;  // profiles expected to arrive (as they arrive), in profile order
    std::vector<std::string> left_out;       // "capacity of casework (6 places)", ...
};

// Days a person is held in a stage in the chain: the duration's mean for
// delay and service stages (waiting ignored), 0 for supply and outcome stages.
double mean_sojourn_days(const Stage& stage);

// Solves the chain for people arriving with one profile, from a start
// distribution over stages (summing to 1). Throws std::invalid_argument when I - Q is singular, which a
// validated model rules out (every stage can reach an outcome).
ChainFigures solve_chain(const Model& model, std::uint32_t profile, const std::vector<double>& start);

// Expected cohort arrivals of each profile at each stage: [profile][stage].
// Streams count by their expected arrivals in [warmup_days, horizon_days)
// (rate over the window plus batches), split by their mix.
std::vector<std::vector<double>> expected_cohort_arrivals(const Model& model);

// Expected cohort entries to each stage by arrival stream: [stream][stage],
// streams in model order (all 0 for background streams). Each stream's
// expected arrivals in [warmup_days, horizon_days), split by its mix, run
// through the chain from the stage the stream arrives at.
std::vector<std::vector<double>> expected_entries_by_stream(const Model& model);

// The model in force on `day`: the rules of the last regime from that day or
// earlier, else the model itself.
const Model& rules_in_force(const Model& model, double day);

// The model in force at day 0: the rules of the last regime from day 0 or
// earlier, else the model itself.
const Model& rules_at_day_zero(const Model& model);

// The whole analysis of the rules in force at day 0: each profile expected to
// arrive, and their mixture. Throws std::invalid_argument when no cohort
// arrival is expected at all.
ChainAnalysis analyse_chain(const Model& model);

// What the chain leaves out of this model (as in force at day 0, and every
// later regime), in plain words.
std::vector<std::string> left_out_of_chain(const Model& model);

}  // namespace pathways
