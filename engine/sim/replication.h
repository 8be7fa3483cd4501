#pragma once
// One replication: a discrete-event simulation of the cohort (and background
// load) through a const model. One engine per replication, built, run and
// discarded, so replications run in parallel without locks.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "model/model.h"
#include "sim/journey_rule_book.h"
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
    std::vector<RoutingTable> regime_routing;  // by regime
    JourneyRuleBook journey_rules;             // the base model's rules hold under every regime
    explicit CompiledModel(const Model& m) : model(m), index(m), routing(m), journey_rules(m) {
        for (const Regime& r : m.regimes) regime_routing.emplace_back(*r.rules);
    }
    // The rules in force at day 0: the base model, or the last regime from day 0 or earlier.
    const Model& rules_at_start() const {
        const auto k = epoch_at_start();
        return k == 0 ? model : *model.regimes[k - 1].rules;
    }
    const RoutingTable& routing_at_start() const {
        const auto k = epoch_at_start();
        return k == 0 ? routing : regime_routing[k - 1];
    }
    // 0 for the base model, k + 1 for regime k.
    std::uint32_t epoch_at_start() const {
        std::uint32_t k = 0;
        while (k < model.regimes.size() && model.regimes[k].from <= 0) ++k;
        return k;
    }
};

struct RunOptions {
    std::uint64_t max_events = 2'000'000'000;  // per replication
    std::uint64_t max_people = 5'000'000;      // in the pathway at once, per replication: bounds memory
    bool daily_occupancy = false;              // keep occupancy day by day over [0, horizon)
    // Wall-clock time by which the replication must end (a server bounds each run).
    std::chrono::steady_clock::time_point stop_by = std::chrono::steady_clock::time_point::max();
    // Set by another thread to end the replication early (a server that is stopping); read with the clock.
    const std::atomic<bool>* cancel = nullptr;
};

// Runs replication `replication` of the model with its simulation settings.
ReplicationStats run_replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                                 VisitObserver* observer = nullptr);

}  // namespace pathways
