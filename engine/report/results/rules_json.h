#pragma once
// summary.json's `rules` (format 1.2 journey rules): each rule's violating
// journeys per replication and the first violating journey, stage by stage.
// Written only for a model that has rules, so other summaries stay as they were.
#include <vector>

#include "format/load.h"
#include "results/results.h"

namespace pathways {

Json rules_json(const std::vector<RuleResult>& rules);
// Reads them back; anything missing or malformed reads as absent or 0.
std::vector<RuleResult> rules_from_json(const Json& rules);

}  // namespace pathways
