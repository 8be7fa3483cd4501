#pragma once
// One replication: a discrete-event simulation of the cohort (and background
// load) through a const model. One engine per replication, built, run and
// discarded, so replications run in parallel without locks.
#include <cstdint>
#include <stdexcept>

#include "model/model.h"
#include "sim/observer.h"
#include "sim/routing.h"
#include "sim/run_limits.h"
#include "tallies/model_index.h"
#include "tallies/replication_stats.h"

namespace pathways {

// Built once per model and shared read-only by every replication.
struct CompiledModel {
    const Model& model;
    ModelIndex index;
    RoutingTable routing;
    explicit CompiledModel(const Model& m) : model(m), index(m), routing(m) {}
};

struct RunOptions {
    std::uint64_t max_events = 2'000'000'000;  // per replication
    std::uint64_t max_people = 5'000'000;      // in the pathway at once, per replication: bounds memory
    bool daily_occupancy = false;              // keep occupancy day by day over [0, horizon)
};

// Runs replication `replication` of the model with its simulation settings.
ReplicationStats run_replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                                 VisitObserver* observer = nullptr);

}  // namespace pathways
