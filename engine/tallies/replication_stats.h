#pragma once
// What one replication measured: raw tallies, before any averaging over
// replications. Counts are of cohort members unless named otherwise.
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "tallies/gap_kind.h"
#include "tallies/measure_tallies.h"
#include "tallies/quantile_sketch.h"
#include "tallies/rule_tally.h"
#include "tallies/time_average.h"

namespace pathways {

struct StageTally {
    std::uint64_t entries = 0;
    std::uint64_t started = 0;  // entries that started service (or received a unit)
    std::uint64_t waited = 0;   // of those, entries that waited at all
    std::uint64_t exits = 0;
    std::uint64_t reneged = 0;
    std::uint64_t diverted = 0;
    std::uint64_t drop_offs_after = 0;
    double wait_days = 0;  // summed over started entries
    double stay_days = 0;  // summed over exits
    // Everyone (cohort or not), over the measurement window.
    TimeAverage occupancy, queue, busy;
    std::uint64_t entries_in_window_all = 0;
    // Days since arrival when each kind of gap happened here.
    QuantileSketch when_drop_off, when_renege, when_deadline, when_wait;
    // Places available over the window, kept only when regimes change capacity.
    TimeAverage capacity;
    // Who each kind of gap here touched: by GapKind * group slots + group slot
    // (ModelIndex), with the values they had when it happened.
    std::vector<std::uint64_t> gap_groups;
};

struct OutcomeTally {
    std::uint64_t count = 0;
    double days = 0;
    QuantileSketch days_sketch;
};

struct ProfileTally {
    std::uint64_t cohort = 0;
    std::uint64_t finished = 0;
    double days = 0;                     // time in system, summed over finished
    std::vector<std::uint64_t> outcome;  // by outcome slot
};

// The cohort of one arrival stream.
struct ArrivalTally {
    std::uint64_t cohort = 0;
    std::uint64_t finished = 0;
    double days = 0;
    std::vector<std::uint64_t> outcome;  // by outcome slot
};

// Everyone's arrivals, entries and outcomes by period over [0, horizon)
// (format 1.1), each as period * items + item. Occupancy by period is in each
// stage's occupancy TimeAverage.
struct PeriodTallies {
    std::vector<Days> bounds;             // period k is [bounds[k], bounds[k+1])
    std::vector<std::uint64_t> arrivals;  // by period and arrival stream, cohort or not
    std::vector<std::uint64_t> entries;   // by period and stage
    std::vector<std::uint64_t> outcomes;  // by period and outcome slot
};

struct ReplicationStats {
    std::uint64_t cohort_size = 0;
    std::uint64_t unfinished = 0;
    std::uint64_t finished = 0;
    double time_in_system = 0;
    QuantileSketch time_in_system_sketch;
    std::vector<OutcomeTally> outcomes;  // by outcome slot (ModelIndex::outcome_slot)
    std::vector<StageTally> stages;      // by stage index
    std::vector<std::uint64_t> flows;    // by flow slot (ModelIndex::flow_slot)
    std::vector<ProfileTally> profiles;  // by profile at the end of the journey
    std::vector<ArrivalTally> arrivals;  // by arrival stream
    PeriodTallies periods;
    // Format 1.2: the model's measures.
    MeasureTallies measures;
    double cost_total = 0;                 // everyone, inside the window
    double cost_cohort = 0;                // cohort members, whole journeys
    std::vector<RuleTally> journey_rules;  // by rule (format 1.2); empty when the model has none
    std::uint64_t events = 0;
};

}  // namespace pathways
