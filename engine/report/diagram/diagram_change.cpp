#include "report/diagram/diagram_change.h"

#include <cmath>

#include "report/diagram/diagram_style.h"
#include "report/diagram/diagram_text.h"

namespace pathways::diagram {

namespace style = diagram_style;

bool within_noise(const Stat& before, const Stat& after) {
    const double noise = std::hypot(before.half_width(), after.half_width());
    return std::fabs(after.mean - before.mean) <= noise;
}

Judgement judge(const Stat& before, const Stat& after, Better way) {
    if (after.mean == before.mean || within_noise(before, after)) return Judgement::noise;
    if (way == Better::neither) return Judgement::unjudged;
    return (after.mean > before.mean) == (way == Better::higher) ? Judgement::better : Judgement::worse;
}

Better edge_better(const Model& model, const DiagramEdge& edge) {
    const Stage& to = model.stages[edge.to];
    if (to.kind == StageKind::outcome && to.outcome == OutcomeKind::settled) return Better::higher;
    if (to.kind == StageKind::outcome && to.outcome == OutcomeKind::drop_off) return Better::lower;
    if (edge.kind == EdgeKind::renege) return metric_def(Metric::reneged).better;
    if (edge.kind == EdgeKind::deadline && !edge.handover()) return metric_def(Metric::diverted_by_deadline).better;
    return Better::neither;
}

std::string_view judgement_colour(Judgement j) {
    switch (j) {
        case Judgement::better: return style::better_colour;
        case Judgement::worse: return style::worse_colour;
        case Judgement::unjudged: return style::unjudged_colour;
        case Judgement::noise: break;
    }
    return style::noise_colour;
}

std::string_view judgement_fill(Judgement j) {
    switch (j) {
        case Judgement::better: return style::better_fill;
        case Judgement::worse: return style::worse_fill;
        case Judgement::unjudged:
        case Judgement::noise: break;
    }
    return style::stage_fill;
}

std::string judgement_words(Judgement j) {
    switch (j) {
        case Judgement::better: return "better for people";
        case Judgement::worse: return "worse for people";
        case Judgement::noise: return "within the simulation's noise";
        case Judgement::unjudged: break;
    }
    return "";
}

// Shortened like the model's labels: the name is drawn in the title and in every stage's
// tooltip, and Graphviz's cost grows faster than the text it reads.
std::string run_name(const Results& results) {
    std::string names;
    for (const std::string& s : results.scenarios) {
        if (!names.empty()) names += " + ";
        names += diagram_text::shortened(s, diagram_text::longest_label);
    }
    return names.empty() ? "the model as written" : names;
}

}  // namespace pathways::diagram
