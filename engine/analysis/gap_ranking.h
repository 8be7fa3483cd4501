#pragma once
// The gap analysis: where and when people leave the pathway, give up waiting,
// are moved on by a deadline or wait a long time, ranked by how many people
// each touches. Losses are ranked, never handovers (a duty passing to the
// next with nothing lost). Works from typed results (and, for what-ifs, their paired
// comparisons) plus the model's labels, support touchpoints and
// lived-experience evidence.
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "run/comparison.h"

namespace pathways {

// A wait is a gap only when the mean wait at the stage is at least this many
// days: shorter waits are ordinary processing time (a week is how long
// councils take to book a first housing-options interview).
inline constexpr double material_wait_days = 7;

struct GapScenarioChange {
    std::string name;
    Stat people_change;    // scenario minus baseline, paired
    Stat scenario_people;  // the scenario's own count, for suppression
};

// Who a gap touched, by one attribute's values or by arrival stream: mean
// households of the cohort, counted by the simulation as the gap happened.
struct GapGroup {
    std::string value, label;  // label: the stream's, empty for an attribute value
    double people = 0;
};
struct GapBreakdown {
    std::string by;  // an attribute's name, or "arrival_stream"
    std::vector<GapGroup> groups;
};
inline constexpr const char* arrival_stream_breakdown = "arrival_stream";

// Of the journeys a headline measure counts (format 1.2), those that met the gap, a year.
struct GapMeasure {
    std::string id, label;
    Stat per_year;
    double per_window = 0;  // the mean over the whole cohort window, for small-number suppression
};

struct Gap {
    std::size_t rank = 0;  // 1 = most people
    std::string stage, label;
    GapKind kind = GapKind::drop_off;
    Stat people, share_of_cohort;
    Stat days_p10, days_p50, days_p90;  // days since arrival when the gap happened
    // Those it touched by each whole day since arrival (mean over
    // replications); empty for results read from a file.
    std::vector<double> reached_by_day;
    std::vector<std::string> support;
    std::vector<Evidence> evidence;
    std::optional<Stat> mean_wait_days;  // wait gaps only
    // Renege and deadline gaps of format 1.1 models: what every loss counted
    // here costs people, when they all cost the same.
    std::optional<MoveEffect> effect;
    std::string note;  // what else the count holds: "The count includes people who moved on to ..."
    std::vector<GapScenarioChange> scenarios;
    // Only the attributes and streams whose values arrivals differ in; empty
    // for results read from a file.
    std::vector<GapBreakdown> breakdowns;
    std::vector<GapMeasure> measures;  // each headline measure, when the model has any
    bool unsupported() const { return support.empty(); }
};

struct GapAnalysis {
    std::string model;
    Stat cohort;
    std::vector<std::string> scenario_names;
    std::vector<std::string> measure_names;  // the headline measures' ids: each gap's `measures`, in order
    std::vector<Gap> gaps;                   // by rank
};

// Gaps nobody falls into (a mean of 0) are left out, and so are renege and
// deadline gaps where every move is a handover.
GapAnalysis analyse_gaps(const Model& model, const Results& results,
                         const std::vector<ScenarioComparison>& scenarios = {});

}  // namespace pathways
