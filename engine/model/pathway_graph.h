#pragma once
// The pathway as a Boost.Graph: one vertex per stage, one edge per route,
// renege and deadline diversion. Built from a model where a graph algorithm
// needs it; the model itself stays plain data.
#include <cstdint>

#include <boost/graph/adjacency_list.hpp>

#include "model/model.h"

namespace pathways {

enum class TransitionKind { route, renege, deadline };

struct Transition {
    TransitionKind kind = TransitionKind::route;
    std::uint32_t index = 0;  // route: position in Stage::next; deadline: deadline index
};

using PathwayGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, Transition>;

// Each stage's edges in order (routes, then its renege), then every deadline's
// diversions: the order gives flows their stable numbering.
PathwayGraph pathway_graph(const Model& model);

}  // namespace pathways
