#pragma once
// JSON pointers into a model document, and changing the numbers they name:
// the one place that knows what a routing share's group is and how changing
// one share moves the others. Uncertainty entries, levers, scenarios built by
// the workbench and its controls all change the model through this.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "format/load.h"

namespace pathways {

// Where a routing share is: the pointer of its `next` list and the edge's position.
struct SharePlace {
    std::string next;
    std::size_t edge = 0;
};
// The place when pointer names a routing share (.../next/<i>/p), none otherwise.
std::optional<SharePlace> share_place(const std::string& pointer);
// The share's pointer: <next>/<edge>/p.
std::string share_pointer(const SharePlace& place);

// The number at pointer, or null when the pointer is not one, names nothing or
// names something other than a number.
const Json* number_at(const Json& document, const std::string& pointer);

// Whether the format requires the number at pointer to be an integer:
// capacities, counts and batch sizes.
bool integer_parameter(const std::string& pointer);

// The `when` an edge applies under ({} when it has none).
Json edge_condition(const Json& edge);
// The same conditions, whatever order their keys are written in.
bool same_condition(const Json& a, const Json& b);
// The other edges of a `next` list whose `when` is the edge's (in any key
// order) and whose share is a number: the shares that take up a change of
// the edge's share.
std::vector<std::size_t> share_group(const Json& next, std::size_t edge);
// Why the share cannot change with its group taking up the difference, or ""
// when it can (or when the list's shares are not all numbers, which routing
// validation reports at the edge itself).
std::string share_problem(const Json& document, const SharePlace& place);

// A routing share named by where it leads, .../next/<stage id>/p: the share
// of every edge of that list to the stage, one in each `when` group. Any
// other pointer is itself. Edges to an unknown stage: none.
std::vector<std::string> expand_share_path(const Json& document, const std::string& pointer);
// Whether pointer names routing shares by where they lead (.../next/<stage id>/p).
bool names_shares_by_stage(const std::string& pointer);

// Where the figure at a base-model pointer is also set by a dated regime
// (format 1.1): /regimes/<id>/patch<pointer> for every regime whose patch
// sets it as a number; for a share, where the regime's list has the same edge
// (same destination, same `when`) at the same place.
std::vector<std::string> regime_places(const Json& document, const std::string& pointer);

// Puts value at pointer (rounded to the nearest whole number where the format
// requires one). Nothing else changes, not even a share's group.
void set_number(Json& document, const std::string& pointer, double value);
// Makes the share value and scales the rest of its group in proportion so
// that the group sums to 1 again.
void rebalance_share(Json& document, const SharePlace& place, double value);
// A share rebalanced, any other number set.
void put_number(Json& document, const std::string& pointer, double value);

}  // namespace pathways
