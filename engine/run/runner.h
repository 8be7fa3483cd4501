#pragma once
// Runs a model's replications in parallel and summarises them. Results depend
// only on the model, its seed and the replication count, never on the number
// of threads: replication r always draws from streams of (seed, r), and every
// sum over replications is taken in replication order.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "metrics/metric_layout.h"
#include "model/model.h"
#include "run/rule_trace.h"
#include "sim/observer.h"
#include "sim/replication.h"
#include "tallies/statistic.h"

namespace pathways {

// `--replications auto`: add batches until the headline metrics are precise enough.
struct AutoReplications {
    std::uint32_t batch = 10;
    std::uint32_t maximum = 1000;
    double share_half_width = 0.02;  // outcome shares: absolute
    double mean_relative = 0.05;     // mean time in system: relative to the mean
};

struct RunRequest {
    std::uint32_t replications = 30;
    // Runs replications [first_replication, first_replication + replications):
    // more of a run already made, on the same streams (not with `automatic`).
    std::uint32_t first_replication = 0;
    std::optional<AutoReplications> automatic;
    std::uint32_t threads = 1;
    RunOptions options;
    // One observer per replication (journey traces); null: none.
    std::function<std::unique_ptr<VisitObserver>(std::uint32_t replication)> observer_for;
    // Called after each replication with (done, planned); from worker threads, serialised.
    std::function<void(std::uint32_t, std::uint32_t)> progress;
};

struct RunResults {
    std::shared_ptr<const CompiledModel> compiled;
    std::shared_ptr<const MetricLayout> layout;
    std::vector<std::vector<double>> replications;  // [replication][column]
    std::vector<Stat> stats;                        // by column
    // Share of the cohort that has reached each outcome by each curve day.
    std::vector<double> curve_days;
    std::vector<std::vector<double>> curves;  // [outcome slot][day index], mean over replications
    // Mean occupancy on each day over [0, horizon), per stage (when requested).
    std::vector<std::vector<double>> daily_occupancy;
    // Cohort members each kind of gap touched at each stage, by group (see
    // StageTally::gap_groups), mean over replications.
    std::vector<std::vector<double>> gap_groups;            // [stage][kind * group slots + slot]
    std::vector<std::unique_ptr<VisitObserver>> observers;  // by replication, when requested
    // Format 1.2 journey rules: each replication's tallies, and each broken
    // rule's first violating journey. Empty for a model without rules.
    std::vector<std::vector<RuleTally>> rule_tallies;           // [replication][rule]
    std::vector<std::optional<JourneyTrace>> first_violations;  // by rule
    std::uint64_t events = 0;
    std::uint32_t threads = 1;
    bool precision_met = true;  // auto replications: whether the precision was reached
    // Format 1.2 headline measures: the journeys each counts a year that met
    // each gap (see MeasureTallies::gaps), by replication, and over them.
    std::vector<std::vector<double>> measure_gap_replications;
    std::vector<Stat> measure_gaps;
    // Format 1.1 with calendar periods: everyone who arrived by any stream in
    // each period, by replication, and over them. Like the measures' gaps,
    // kept beside the columns, so that the results files stay as they were.
    std::vector<std::vector<double>> period_arrival_replications;
    std::vector<Stat> period_arrivals;
    // When each kind of gap happened at each stage, by stage * gap kinds +
    // kind: those it touched by each whole day since arrival (mean over
    // replications; empty when it touched nobody), and the day by which 1 in 10
    // were touched (by replication, and over them, as the metrics' p50 and p90).
    std::vector<std::vector<double>> gap_days_reached;
    std::vector<std::vector<double>> gap_days_p10_replications;
    std::vector<Stat> gap_days_p10;

    const Stat& stat(const std::string& path) const;  // throws std::out_of_range
    std::vector<double> column(const std::string& path) const;
};

RunResults run_model(const Model& model, const RunRequest& request);

}  // namespace pathways
