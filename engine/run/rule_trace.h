#pragma once
// The first journey that broke each journey rule (format 1.2): the lowest
// replication with a violation, then the lowest person number in it. A
// replication is byte-reproducible, so rather than recording every journey
// while the run goes, the replications that hold a first violation are run
// once more with an observer that keeps only those people's visits: the
// answer is the same whatever the thread count.
#include <cstdint>
#include <optional>
#include <vector>

#include "sim/observer.h"
#include "sim/replication.h"
#include "tallies/rule_tally.h"

namespace pathways {

// One person's journey, stage by stage; the person is known only by the
// pseudonymous number of their arrival within the replication.
struct JourneyTrace {
    std::uint32_t replication = 0;  // from 0, as run
    std::uint64_t person = 0;
    std::vector<VisitRecord> visits;  // in the order they ended
};

// By rule: the first violating journey, or nullopt for a rule no replication broke.
std::vector<std::optional<JourneyTrace>> trace_first_violations(const CompiledModel& compiled,
                                                                const std::vector<std::vector<RuleTally>>& tallies,
                                                                const RunOptions& options);

}  // namespace pathways
