#pragma once
// What the diagram draws between stages, and the figures a run's results lay
// over it. Results may be from another version of the model (read back from a
// summary.json): every missing figure reads as 0, never as an error.
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/model.h"
#include "results/results.h"

namespace pathways::diagram {

// The means the diagram draws from one run's results.
class ResultsView {
public:
    explicit ResultsView(const Results& results) : results_(results) {}
    double stage(const std::string& id, Metric m) const { return results_.stage_mean(id, m); }
    double flow(const std::string& from, const std::string& to) const { return flow_stat(from, to).mean; }
    double outcome_share(const std::string& id) const { return outcome_share_stat(id).mean; }
    double cohort_size() const { return results_.whole[Metric::cohort_size].mean; }
    // The same with their 95% intervals, for telling a change from noise.
    Stat stage_stat(const std::string& id, Metric m) const;
    Stat flow_stat(const std::string& from, const std::string& to) const;
    Stat outcome_share_stat(const std::string& id) const;
    const Results& results() const { return results_; }

private:
    const Results& results_;
};

enum class EdgeKind { route, renege, deadline };

// One line on the diagram: every routing edge between the same two stages is
// merged into one, with a label line per edge.
struct DiagramEdge {
    StageIndex from = 0, to = 0;
    EdgeKind kind = EdgeKind::route;
    std::size_t deadline = 0;  // deadline edges: index into Model::deadlines
    std::vector<std::string> lines;
    MoveEffect effect = MoveEffect::loses_support;  // renege and deadline edges

    bool handover() const { return kind == EdgeKind::deadline && effect == MoveEffect::handover; }
};

std::vector<DiagramEdge> collect_edges(const Model& model);

// Whether any move says what it costs other than the default (losing
// support): only then do edge labels word each move's effect, so diagrams of
// models that never say stay as they were.
bool words_effects(const Model& model);

// What a move does to a person, as an edge label says it: "loses support",
// "loses their accommodation", "hands over to Relief duty".
std::string effect_words(MoveEffect effect, const std::string& to_label);

// People moving along an edge. Renege and deadline edges take the stage's own
// counters; a routing edge takes the flow between its stages less what those
// counters already account for (flows count every move, however made).
double edge_count(const Model& model, const DiagramEdge& edge, const ResultsView& results);
// The edge's count with the 95% interval of the counter it comes from.
Stat edge_stat(const Model& model, const DiagramEdge& edge, const ResultsView& results);

// 0 (no concern) to levels-1 (the worst stage) for each stage, from drop-offs
// after the stage and the mean wait in it, each relative to the worst stage.
std::vector<std::size_t> severity_levels(const Model& model, const ResultsView& results, std::size_t levels);

}  // namespace pathways::diagram
