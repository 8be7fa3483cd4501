#pragma once
// What a run found of each journey rule (format 1.2): how many journeys of
// a replication broke it, and the first that did, stage by stage.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/duration.h"
#include "tallies/statistic.h"

namespace pathways {

// One stage of a traced journey: days since day 0 of the run.
struct JourneyStep {
    std::string stage;
    Days entered = 0, left = 0;
    std::string how;  // see leave_reason_name
};

// The first journey that broke a rule: the lowest replication, then the
// lowest person number in it (people are numbered in order of arrival within
// a replication; nothing else identifies them).
struct RuleViolation {
    std::uint32_t replication = 1;  // from 1, as trace.csv numbers them
    std::uint64_t person = 0;
    std::vector<JourneyStep> journey;
};

struct RuleResult {
    std::string id, label, source;
    Stat violating;  // cohort journeys per replication that broke the rule
    std::optional<RuleViolation> first;
    bool held() const { return violating.mean == 0 && !first; }
};

}  // namespace pathways
