#pragma once
// The pathway diagram: the model as Graphviz DOT, optionally overlaid with a
// run's results (flows as edge widths, drop-offs and waits as node colours) or
// with the difference between two runs; rendered in-process to SVG or PNG.
#include <optional>
#include <string>

#include "model/model.h"
#include "results/results.h"

namespace pathways {

enum class ImageFormat { dot, svg, png };

struct DiagramOptions {
    // A run's results to overlay, if any.
    const Results* results = nullptr;
    // With results: a second run's; the diagram then shows versus minus results.
    const Results* versus = nullptr;
    std::string title;  // shown above the diagram; the model's name when empty
    // Overview: stage names and the overlay's figures only, without timings,
    // support lists, routing conditions or the key, so that a whole borough's
    // pathway stays legible at page width. The report uses it; its text says
    // what the full diagram's details would.
    bool overview = false;
};

std::string pathway_dot(const Model& model, const DiagramOptions& options = {});

// Lays out DOT with Graphviz (dot engine) and renders it; throws std::runtime_error
// when Graphviz refuses. For ImageFormat::dot returns the input unchanged.
std::string render_graphviz(const std::string& dot, ImageFormat format);

}  // namespace pathways
