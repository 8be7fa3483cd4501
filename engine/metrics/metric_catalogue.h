#pragma once
// The metric catalogue: every statistic a run reports, defined once. Each
// entry gives its path pattern ("stages.{stage}.drop_offs_after"), the things
// it is measured for (the whole cohort, each outcome, each stage of some
// kinds, each flow, each attribute value, each target), its unit, its words
// for officers, which direction is better for people, and how it is taken
// from one replication's tallies. The runner's columns, the paths targets may
// name, the JSON and CSV names, the comparison's labels and the report's
// wording all come from here.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"
#include "tallies/model_index.h"
#include "tallies/replication_stats.h"

namespace pathways {

enum class Metric : std::uint8_t {
    cohort_size,
    cohort_unfinished,
    outcome_share,
    outcome_count,
    outcome_days_mean,
    outcome_days_p50,
    outcome_days_p90,
    time_mean,
    time_p50,
    time_p90,
    entries,
    mean_wait_days,
    mean_days_in_stage,
    reneged,
    diverted_by_deadline,
    drop_offs_after,
    mean_occupancy,
    waited,
    mean_queue_length,
    utilisation,
    drop_off_days_p50,
    drop_off_days_p90,
    renege_days_p50,
    renege_days_p90,
    deadline_days_p50,
    deadline_days_p90,
    wait_days_p50,
    wait_days_p90,
    flow_count,
    cost_total,
    cost_per_person,
    attribute_cohort,
    attribute_time_mean,
    attribute_outcome_share,
    arrival_cohort,
    arrival_time_mean,
    arrival_outcome_share,
    period_entries,
    period_occupancy,
    period_outcome_count,
    measure_per_year,
    measure_share,
    period_measure_per_year,
    period_measure_share,
    target_value,
};
inline constexpr std::size_t metric_count = static_cast<std::size_t>(Metric::target_value) + 1;

// What a metric is measured for. `whole`: the run as a whole. Arrival and
// period scopes exist for format 1.1 models only; measure scopes for format
// 1.2 models with measures.
enum class MetricScope : std::uint8_t {
    whole,
    outcome,
    stage,
    flow,
    attribute_value,
    attribute_outcome,
    arrival,
    arrival_outcome,
    period_stage,
    period_outcome,
    measure,
    period_measure,
    target
};
enum class Unit : std::uint8_t { share, days, people, places, money };
enum class Better : std::uint8_t { higher, lower, neither };

// Which outcome, stage, flow, attribute value or target a column is about.
// Measure scope: slot is the measure; period_measure: slot the period, value the measure.
struct MetricItem {
    StageIndex stage = 0;     // outcome and stage scopes; flows: from
    StageIndex to = 0;        // flows
    std::uint32_t slot = 0;   // outcome slot, flow slot, target index, stream, period, or (attribute scopes) attribute
    std::uint32_t value = 0;  // attribute scopes: the value
    std::uint32_t outcome = 0;  // attribute_outcome, arrival_outcome and period_outcome: the outcome slot
};

// One replication's tallies, with the model they belong to.
struct TallyView {
    const Model& model;
    const ModelIndex& index;
    const ReplicationStats& stats;
};

struct MetricDef {
    Metric metric;
    MetricScope scope;
    const char* name;  // the path after the item: "share", "days_to_outcome.p50", "cohort.size"
    const char* csv;   // its column in outcomes.csv, stages.csv or flows.csv; null: none
    Unit unit;
    Better better;
    const char* label;  // plain words; {stage}, {outcome}, {from}, {to}, {value} name the item
    bool service_only;  // stage scope: only for service stages
    double (*take)(const TallyView&, const MetricItem&);  // null for targets (computed from other columns)
};

// Every metric, in the order of a run's columns (replications.csv).
const std::array<MetricDef, metric_count>& metric_catalogue();
const MetricDef& metric_def(Metric m);

// The metrics officers look at first: outcome shares and days, time in the
// pathway, losses, waits, occupancy, cost and targets.
bool is_headline(Metric m);

// The kinds of gap the gap analysis ranks, with the metric counting the
// people in each and those timing it (days since arrival).
const char* gap_kind_name(GapKind kind);  // "drop_off", ...: names in gaps.json and the summary
Metric gap_people_metric(GapKind kind);
Metric gap_days_p50_metric(GapKind kind);
Metric gap_days_p90_metric(GapKind kind);

// A metric's name split at its dots: {"days_to_outcome", "p50"}.
std::vector<std::string> metric_name_parts(Metric m);
// The path of a metric for an item: "stages.ta.mean_wait_days".
std::string metric_path(const Model& model, const ModelIndex& index, Metric m, const MetricItem& item);
// The path's parts, for nesting in JSON: {"stages", "ta", "mean_wait_days"}.
std::vector<std::string> metric_path_parts(const Model& model, const ModelIndex& index, Metric m,
                                           const MetricItem& item);
// The officer's words for a metric and item: "households that lost contact".
std::string metric_label(const Model& model, const ModelIndex& index, Metric m, const MetricItem& item);

// a / b, or 0 when there is nothing to divide by (a share of no one).
inline double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

}  // namespace pathways
