#pragma once
// Setting a model document's uncertain parameters to given values: the one
// operation behind validating each uncertain range at its ends and behind
// every draw of a sensitivity analysis.
#include <vector>

#include "format/load.h"

namespace pathways {

// The document with every path of parameters[i] set to values[i] (with
// `scale`, to values[i] times the path's current value). Numbers the format
// requires to be integers are rounded to the nearest; a routing share's
// group (the other edges of its `next` list with the same `when`) is rescaled
// in proportion so that it still sums to 1. Every path must name a number
// (validation checks that); the result is not validated.
Json apply_parameter_values(const Json& document, const std::vector<UncertainParameter>& parameters,
                            const std::vector<double>& values);

}  // namespace pathways
