#pragma once
// The gap analysis: where and when people leave the pathway, give up waiting,
// are moved on by a deadline or wait a long time, ranked by how many people
// each touches. Works from a `pathways-results/1` summary (and, for what-ifs,
// the `scenarios` of a `pathways-comparison/1` document) plus the model's
// labels, support touchpoints and lived-experience evidence.
#include <optional>
#include <string>
#include <vector>

#include "model/load.h"
#include "model/model.h"
#include "report/gaps_suppression.h"
#include "stats/statistic.h"

namespace pathways {

enum class GapKind { drop_off, renege, deadline, wait };

// "drop_off", "renege", "deadline", "wait": the names in gaps.json and in the summary.
const char* gap_kind_name(GapKind kind);
// The summary statistic counting the people in a gap ("drop_offs_after", ...).
const char* gap_people_metric(GapKind kind);

// A wait is a gap only when the mean wait at the stage is at least this many
// days: shorter waits are ordinary processing time (a week is how long
// councils take to book a first housing-options interview).
inline constexpr double material_wait_days = 7;

struct GapScenarioChange {
    std::string name;
    Stat people_change;     // scenario minus baseline, paired
    Stat scenario_people;   // the scenario's own count, for suppression
};

struct Gap {
    std::size_t rank = 0;  // 1 = most people
    std::string stage, label;
    GapKind kind = GapKind::drop_off;
    Stat people, share_of_cohort;
    Stat days_p50, days_p90;  // days since arrival when the gap happened
    std::vector<std::string> support;
    std::vector<Evidence> evidence;
    std::optional<Stat> mean_wait_days;  // wait gaps only
    std::vector<GapScenarioChange> scenarios;
    bool unsupported() const { return support.empty(); }
};

struct GapAnalysis {
    std::string model;
    Stat cohort;
    std::vector<std::string> scenario_names;
    std::vector<Gap> gaps;  // by rank
};

// `comparison_scenarios`: the "scenarios" array of a comparison, or null.
// Gaps nobody falls into (a mean of 0) are left out.
GapAnalysis analyse_gaps(const Model& model, const Json& summary, const Json* comparison_scenarios = nullptr);

// gaps.json (`pathways-gaps/1`): full figures.
Json gaps_json(const GapAnalysis& analysis, const SmallNumbers& small);
// gaps.csv: one row per gap, small counts suppressed.
std::string gaps_csv(const GapAnalysis& analysis, const SmallNumbers& small);
// The short ranked table printed by `pathways gaps`.
std::string gaps_table(const GapAnalysis& analysis, const SmallNumbers& small, std::size_t rows = 10);

// Reads a STAT ({mean, sd, ci95}) from JSON; anything missing reads as 0.
Stat stat_from_json(const Json& j);

}  // namespace pathways
