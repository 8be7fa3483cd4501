#pragma once
// What one replication found of one journey rule (format 1.2).
#include <cstdint>

namespace pathways {

struct RuleTally {
    std::uint64_t violating = 0;     // cohort journeys that broke the rule, each counted once
    std::uint64_t first_person = 0;  // the lowest person number among them; 0: none
};

}  // namespace pathways
