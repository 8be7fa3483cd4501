#pragma once
// The fingerprint of a model's uncertain parameters: what they are (ids,
// paths, multiplier or value, ranges and spreads), not how they are worded.
// A file of plausible worlds carries it, so that editing a label or a
// scenario keeps the worlds usable and any other change of the parameters
// refuses them.
#include <string>
#include <vector>

#include "model/model.h"

namespace pathways {

std::string uncertainty_sha256(const std::vector<UncertainParameter>& parameters);

}  // namespace pathways
