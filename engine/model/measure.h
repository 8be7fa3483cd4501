#pragma once
// What the report counts (format 1.2 `measures`): journeys of a population
// that end in given outcomes, visit given stages, or are still in the pathway
// some days after arriving. A measure names the people it counts, so a what-if
// cannot change it by moving them to a stage with another name.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/duration.h"

namespace pathways {

// At most this many measures: each person carries one bit per measure.
inline constexpr std::size_t max_measures = 64;

enum class MeasureKind : std::uint8_t {
    ends_in,                // the journey ends in one of `stages` (outcomes), within `within_days` if given
    visits,                 // the journey enters one of `stages` at any point
    in_pathway_after_days,  // the journey has not ended `after_days` after arriving
};

// Whose journeys a measure counts. Judged on arrival: the stream a person
// came by and the attribute values they arrived with (values a stage sets
// later do not move anyone in or out).
struct MeasurePopulation {
    std::vector<std::uint32_t> streams;                         // arrival streams; empty: every stream of the cohort
    std::vector<std::pair<std::uint32_t, std::uint32_t>> when;  // (attribute, value), all must hold
};

struct Measure {
    std::string id, label;
    MeasurePopulation population;
    MeasureKind kind = MeasureKind::ends_in;
    std::vector<std::uint32_t> stages;  // ends_in (outcome stages, kinds resolved) and visits
    std::optional<Days> within_days;    // ends_in: days after arriving
    Days after_days = 0;                // in_pathway_after_days
    bool higher_is_better = false;
    bool headline = false;
};

}  // namespace pathways
