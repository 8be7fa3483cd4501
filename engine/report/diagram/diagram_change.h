#pragma once
// How the diagram judges a change between two runs: better or worse for
// people (the metric catalogue's direction: more settled, fewer lost, fewer
// moved on against their will, shorter waits), a change that is neither, or
// no clear change at all because it lies within the simulation's noise.
#include <string>
#include <string_view>

#include "report/diagram/diagram_overlay.h"
#include "tallies/statistic.h"

namespace pathways::diagram {

enum class Judgement { better, worse, unjudged, noise };

// The two runs are summaries of independent runs, so a change is within
// noise when it is inside the 95% interval of a difference of two
// independent means: half-widths added in quadrature.
bool within_noise(const Stat& before, const Stat& after);

// `way` is which direction is better for people.
Judgement judge(const Stat& before, const Stat& after, Better way);

// Whether more people along an edge is better or worse for them: into a
// settled outcome better, into a drop-off or moved on by a deadline or by
// giving up worse, anything else neither.
Better edge_better(const Model& model, const DiagramEdge& edge);

std::string_view judgement_colour(Judgement j);
std::string_view judgement_fill(Judgement j);
// "better for people", "worse for people", "", "within the simulation's noise".
std::string judgement_words(Judgement j);

// A run's name for a title: its scenarios, or "the model as written".
std::string run_name(const Results& results);

}  // namespace pathways::diagram
