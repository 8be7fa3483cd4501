#pragma once
// Sleeping rough is the count officers ask for first; a model names it by its
// stage id ("rough_sleeping", "rough_sleeping_after_eviction"). The terminal's
// comparison and the report's what-if table find it the same way.
#include <string>

#include "model/model.h"

namespace pathways {

inline bool rough_sleeping(const Stage& s) { return s.id.find("rough_sleeping") != std::string::npos; }

}  // namespace pathways
