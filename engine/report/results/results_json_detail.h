#pragma once
// Shared by the summary.json writer and reader: a metric's place in the document.
#include <string>
#include <vector>

#include "format/load.h"
#include "results/results.h"

namespace pathways::summary_detail {

inline const char* const format_name = "pathways-results/1";

// A metric's name split at its dots, as a JSON pointer below its item
// ("days_to_outcome.p50" -> /days_to_outcome/p50); for whole-run figures, the
// first part is the section ("cohort.size" -> section "cohort", /size).
struct Place {
    std::string section;
    Json::json_pointer pointer;
};
Place place_of(const MetricDef& def);

}  // namespace pathways::summary_detail
