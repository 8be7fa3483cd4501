#pragma once
// The random streams of one replication, one per purpose and per arrival
// source, stage or deadline, each keyed by (seed, replication, purpose, index):
// a what-if that changes one stage leaves every other stream's draws in place.
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "sim/random.h"

namespace pathways {

struct ReplicationStreams {
    ReplicationStreams(const Model& model, std::uint32_t replication);

    std::vector<Rng> arrival_time, arrival_mix;                       // by arrival stream
    std::vector<Rng> duration, route, patience, supply, initial_mix;  // by stage
    std::vector<Rng> deadline_after;                                  // by deadline
};

}  // namespace pathways
