#pragma once
// A run's results as plain values: built once from the runner's columns (or
// read from a summary.json written earlier) and handed to every reporter.
// Each figure is a statistic over replications, found by its catalogue metric.
#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "metrics/metric_catalogue.h"
#include "results/rule_result.h"
#include "tallies/statistic.h"

namespace pathways {

// One item's statistics (the whole run, an outcome, a stage, ...), by metric.
// A metric not measured for the item reads as 0.
class Figures {
public:
    const Stat& operator[](Metric m) const { return stats_[static_cast<std::size_t>(m)]; }
    bool has(Metric m) const { return has_[static_cast<std::size_t>(m)]; }
    void set(Metric m, const Stat& s) {
        stats_[static_cast<std::size_t>(m)] = s;
        has_.set(static_cast<std::size_t>(m));
    }

private:
    std::array<Stat, metric_count> stats_{};
    std::bitset<metric_count> has_;
};

struct OutcomeResult {
    std::string id, label;
    OutcomeKind kind = OutcomeKind::neutral;
    Figures figures;
};

struct StageResult {
    std::string id;
    StageKind kind = StageKind::delay;
    Figures figures;
    // Mean people in the stage on each day over [0, horizon); empty unless the run kept them.
    std::vector<double> daily_occupancy;
    // Mean cohort members each kind of gap touched here, by group: GapKind *
    // group slots + slot (ModelIndex). Empty for results read from a file.
    std::vector<double> gap_groups;
    // When each kind of gap happened here, by GapKind: those it touched by
    // each whole day since arrival (empty when nobody), and the day by which
    // 1 in 10 were touched. Empty for results read from a file.
    std::vector<std::vector<double>> gap_days_reached;
    std::vector<Stat> gap_days_p10;
};

struct FlowResult {
    std::string from, to;
    Figures figures;
};

struct AttributeValueResult {
    std::string value;
    Figures figures;
    std::vector<Figures> outcomes;  // by outcome, in Results::outcomes order
};

struct AttributeResult {
    std::string name;
    std::vector<AttributeValueResult> values;
};

struct TargetResult {
    std::string id, label, source;
    Stat value;
    double low = 0, high = 0;
    std::string status;  // see target_status
    TargetRole role = TargetRole::validation;
    std::string status_note;      // the model's words on what a run cannot show
    std::string unclear_because;  // set when the run could not compute the target at all
};

// One arrival stream's cohort (format 1.1).
struct ArrivalResult {
    std::string id, label;
    Figures figures;
    std::vector<Figures> outcomes;  // by outcome, in Results::outcomes order
    bool headline = false;          // the stream says "headline": true
};

// Everyone's arrivals, entries, occupancy and outcomes in one period (format 1.1).
struct PeriodResult {
    std::string label;
    double from_day = 0, to_day = 0;
    std::vector<Figures> stages;    // in Results::stages order
    std::vector<Figures> outcomes;  // in Results::outcomes order
    std::vector<Figures> measures;  // in Results::measures order (format 1.2)
    // Everyone who arrived by any stream, in the cohort or not: the people
    // whose ends `outcomes` counts. Not written to summary.json (results read
    // back from it have none).
    std::optional<Stat> arrivals;
};

// A measure of the model (format 1.2): the journeys of its population it
// counts, a year and as a share of the population.
struct MeasureResult {
    std::string id, label;
    bool higher_is_better = false, headline = false;
    Figures figures;
    // Headline measures: the journeys counted a year that met each gap, by
    // stage index * gap_kind_count + kind. Empty otherwise, and for results read from a file.
    std::vector<Stat> through_gaps;
};

// Share of the cohort that has reached each outcome by each day.
struct OutcomeCurves {
    std::vector<double> days;
    std::vector<std::vector<double>> reached;  // by outcome, in Results::outcomes order
    std::vector<double> still_in_pathway;
};

struct RunSettings {
    std::uint64_t seed = 0;
    std::size_t replications = 0;
    double horizon_days = 0, warmup_days = 0;
    std::uint32_t threads = 1;
    std::optional<double> follow_up_days;
    std::optional<bool> precision_met;  // with automatic replications
};

// What is needed to regenerate the figures exactly.
struct RunManifest {
    std::string version, model_file, model_sha256, command;
    std::vector<std::string> scenario_files, scenario_sha256;
};

struct Results {
    std::string model_name, model_sha256;  // of the patched model's canonical JSON
    bool version_1_1 = false;              // the model's format: 1.1 results carry by_arrival, by_period, roles
    std::vector<std::string> scenarios;
    RunSettings settings;
    Figures whole;  // cohort, time in the pathway, cost
    std::string currency;
    std::vector<OutcomeResult> outcomes;
    std::vector<StageResult> stages;  // every stage but outcomes, in model order
    std::vector<FlowResult> flows;
    std::vector<AttributeResult> by_attribute;
    std::vector<ArrivalResult> by_arrival;  // format 1.1 only
    std::vector<PeriodResult> by_period;    // format 1.1 with periods only
    std::vector<MeasureResult> measures;    // format 1.2 with measures only
    std::vector<TargetResult> targets;
    std::vector<RuleResult> rules;  // format 1.2 journey rules; empty when the model has none
    OutcomeCurves curves;
    RunManifest manifest;
    std::uint64_t events = 0;
    double wall_seconds = 0;

    const StageResult* stage(const std::string& id) const;
    const OutcomeResult* outcome(const std::string& id) const;
    const FlowResult* flow(const std::string& from, const std::string& to) const;
    // The mean of a stage's metric; 0 for a stage the results do not hold.
    double stage_mean(const std::string& id, Metric m) const;
};

// "met" (mean inside the band and the interval too), "unclear" (mean inside,
// interval crossing a bound) or "missed" (mean outside).
std::string target_status(const Stat& value, double low, double high);

}  // namespace pathways
