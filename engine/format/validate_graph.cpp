// Checks on the pathway graph as a whole: every stage has a way out to an
// outcome, and arrivals reach every stage.
#include <cmath>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include "format/validate.h"
#include "model/pathway_graph.h"

namespace pathways {

namespace {

// Vertices reachable from sources in g (any BGL graph with a vertex index).
template <class Graph>
std::vector<bool> reachable(const Graph& g, const std::vector<StageIndex>& sources) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<bool> seen(n, false);
    if (sources.empty()) return seen;
    std::vector<boost::default_color_type> colour(n, boost::white_color);
    auto colours = boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g));
    boost::queue<std::size_t> buffer;
    boost::breadth_first_search(g, sources.begin(), sources.end(), buffer, boost::default_bfs_visitor(), colours);
    for (std::size_t v = 0; v < n; ++v) seen[v] = colour[v] != boost::white_color;
    return seen;
}

std::string stage_pointer(const Model& model, StageIndex s) { return child("/stages", model.stages[s].id); }

// An edge nobody takes (a route with p: 0) is no way out: a loop whose only
// exit has p: 0 would keep people for ever.
struct Taken {
    const Model* model = nullptr;
    const PathwayGraph* graph = nullptr;
    bool operator()(PathwayGraph::edge_descriptor e) const {
        const Transition& t = (*graph)[e];
        if (t.kind != TransitionKind::route) return true;
        return model->stages[boost::source(e, *graph)].next[t.index].p > 0;
    }
};

// The stages people can enter: from arrivals and initial occupants, along routes taken.
std::vector<bool> entered_stages(const Model& m) {
    std::vector<StageIndex> entries;
    for (StageIndex s = 0; s < m.stages.size(); ++s) {
        if (m.stages[s].initial.count > 0) entries.push_back(s);
    }
    for (const auto& a : m.arrivals) entries.push_back(a.to);
    const PathwayGraph graph = pathway_graph(m);
    return reachable(boost::filtered_graph<PathwayGraph, Taken>(graph, Taken{&m, &graph}), entries);
}

// Only people who come straight from the held stage keep their place there.
void check_held_places_used(LoadContext& c, const boost::filtered_graph<PathwayGraph, Taken>& taken) {
    const Model& m = c.model;
    for (StageIndex s = 0; s < m.stages.size(); ++s) {
        if (!m.stages[s].held_in) continue;
        const StageIndex held = *m.stages[s].held_in;
        bool straight = false;
        for (auto [e, end] = boost::out_edges(held, taken); e != end; ++e) straight |= boost::target(*e, taken) == s;
        if (!straight)
            c.in.warning(child(stage_pointer(m, s), "held_in"), "no route or deadline leads here straight from '" +
                                                                    m.stages[held].id +
                                                                    "', so nobody keeps a place there");
    }
}

}  // namespace

void check_reachability(LoadContext& c) {
    const Model& m = c.model;
    std::vector<StageIndex> outcomes;
    for (StageIndex s = 0; s < m.stages.size(); ++s) {
        if (m.stages[s].kind == StageKind::outcome) outcomes.push_back(s);
    }
    // Backwards from the outcomes: whoever is not reached can never finish.
    const PathwayGraph graph = pathway_graph(m);
    const boost::filtered_graph<PathwayGraph, Taken> taken(graph, Taken{&m, &graph});
    const std::vector<bool> finishes = reachable(boost::make_reverse_graph(taken), outcomes);
    for (StageIndex s = 0; s < m.stages.size(); ++s) {
        if (!finishes[s])
            c.in.error(stage_pointer(m, s),
                       "no outcome can be reached from this stage: people who enter it could never leave");
    }
    check_held_places_used(c, taken);
}

void check_arrivals_reach(LoadContext& c) {
    const Model& m = c.model;
    std::vector<bool> entered = entered_stages(m);
    // A stage that only a later rule routes people to is reached once that rule is in force.
    for (const Regime& r : m.regimes) {
        if (!r.rules) continue;
        const std::vector<bool> under_regime = entered_stages(*r.rules);
        for (StageIndex s = 0; s < m.stages.size() && s < under_regime.size(); ++s)
            entered[s] = entered[s] || under_regime[s];
    }
    for (StageIndex s = 0; s < m.stages.size(); ++s) {
        if (!entered[s]) c.in.warning(stage_pointer(m, s), "no arrival reaches this stage");
    }
}

std::string expected_arrivals_problem(const Model& model) {
    const double expected = expected_arrivals(model);
    if (!(expected > max_expected_arrivals)) return "";
    // A rate near the largest double overflows to infinity, which no reader can weigh.
    const std::string over = " expected per replication over " + show_number(model.simulation.horizon_days) + " days";
    if (!std::isfinite(expected))
        return "the arrivals" + over + " are more than a number can hold, far past the limit of 1000000000";
    return "about " + show_number(expected) + " arrivals" + over + ", more than the limit of 1000000000";
}

std::string supply_problem(const Model& model, const Stage& stage) {
    if (!stage.supply) return "";
    const double units = stage.supply->expected_count(0, model.simulation.horizon_days);
    if (!(units > max_supply_units)) return "";
    return "about " + show_number(units) + " units released per replication over " +
           show_number(model.simulation.horizon_days) + " days, more than the limit of 10000000 (each is an event " +
           "of the run, used or not)";
}

std::string expected_supply_problem(const Model& model) {
    for (const Stage& stage : model.stages) {
        if (std::string why = supply_problem(model, stage); !why.empty()) return "stage '" + stage.id + "': " + why;
    }
    return "";
}

void check_expected_arrivals(LoadContext& c) {
    if (const std::string why = expected_arrivals_problem(c.model); !why.empty()) c.in.error("/arrivals", why);
    for (const Stage& stage : c.model.stages) {
        if (const std::string why = supply_problem(c.model, stage); !why.empty())
            c.in.error(child(child("/stages", stage.id), "supply"), why);
    }
}

}  // namespace pathways
