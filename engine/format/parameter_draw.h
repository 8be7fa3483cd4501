#pragma once
// Setting a model document's uncertain parameters to given values: the one
// operation behind validating each uncertain range at its ends and behind
// every draw of a sensitivity analysis.
#include <cstddef>
#include <optional>
#include <string>
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

// Whether the format requires the number at pointer to be an integer:
// capacities, counts and batch sizes.
bool integer_parameter(const std::string& pointer);

// Where a routing share is: the pointer of its `next` list and the edge's position.
struct SharePlace {
    std::string next;
    std::size_t edge = 0;
};
// The place when pointer names a routing share (.../next/<i>/p), none otherwise.
std::optional<SharePlace> share_place(const std::string& pointer);

// The `when` an edge applies under ({} when it has none).
Json edge_condition(const Json& edge);
// The other edges of a `next` list whose `when` is exactly edge's: the shares
// that take up a change of edge's share.
std::vector<std::size_t> share_group(const Json& next, std::size_t edge);

}  // namespace pathways
