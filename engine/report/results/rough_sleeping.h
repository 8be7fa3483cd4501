#pragma once
// Sleeping rough is the count officers ask for first. The model says which
// stages it is (a stage's role; format 1.1 models by their ids, read so when
// they are loaded); the terminal's comparison and the report's what-if table
// find it the same way.
#include "model/model.h"

namespace pathways {

inline bool rough_sleeping(const Stage& s) { return s.role == StageRole::rough_sleeping; }

}  // namespace pathways
