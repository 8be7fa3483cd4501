#include "sim/replication_streams.h"

namespace pathways {

namespace {

std::vector<Rng> streams(const Model& model, std::uint32_t replication, StreamPurpose purpose, std::size_t n) {
    std::vector<Rng> v;
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) v.emplace_back(model.simulation.seed, replication, purpose, i);
    return v;
}

}  // namespace

ReplicationStreams::ReplicationStreams(const Model& model, std::uint32_t replication)
    : arrival_time(streams(model, replication, StreamPurpose::arrival_times, model.arrivals.size())),
      arrival_mix(streams(model, replication, StreamPurpose::arrival_mix, model.arrivals.size())),
      duration(streams(model, replication, StreamPurpose::stage_duration, model.stages.size())),
      route(streams(model, replication, StreamPurpose::stage_route, model.stages.size())),
      patience(streams(model, replication, StreamPurpose::stage_patience, model.stages.size())),
      supply(streams(model, replication, StreamPurpose::supply_releases, model.stages.size())),
      initial_mix(streams(model, replication, StreamPurpose::initial_mix, model.stages.size())),
      deadline_after(streams(model, replication, StreamPurpose::deadline_after, model.deadlines.size())) {}

}  // namespace pathways
