#pragma once
// What one replication counted for the model's measures (format 1.2). Empty
// when the model has none.
#include <cstdint>
#include <vector>

namespace pathways {

struct MeasureTallies {
    // Cohort journeys in each measure's population, and those it counts: by measure.
    std::vector<std::uint64_t> population, counted;
    // The same by the period the journey arrived in: period * measures + measure.
    std::vector<std::uint64_t> period_population, period_counted;
    // Journeys counted by each headline measure that met each gap:
    // (stage * gap_kind_count + kind) * headline measures + headline position.
    std::vector<std::uint64_t> gaps;
};

}  // namespace pathways
