#include "model/pathway_graph.h"

namespace pathways {

PathwayGraph pathway_graph(const Model& model) {
    PathwayGraph graph(model.stages.size());
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        const Stage& s = model.stages[i];
        for (std::size_t e = 0; e < s.next.size(); ++e)
            boost::add_edge(i, s.next[e].to, Transition{TransitionKind::route, static_cast<std::uint32_t>(e)}, graph);
        if (s.on_renege) boost::add_edge(i, *s.on_renege, Transition{TransitionKind::renege, 0}, graph);
    }
    for (std::size_t d = 0; d < model.deadlines.size(); ++d) {
        const Deadline& dl = model.deadlines[d];
        for (std::size_t i = 0; i < dl.applies_to.size() && i < dl.divert_to.size(); ++i) {
            boost::add_edge(dl.applies_to[i], dl.divert_to[i],
                            Transition{TransitionKind::deadline, static_cast<std::uint32_t>(d)}, graph);
        }
    }
    return graph;
}

}  // namespace pathways
