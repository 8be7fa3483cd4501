#pragma once
// Node labels as Graphviz HTML-like labels: a bold title line, detail lines in
// a smaller face, muted lines in grey italics, and overlay figures in bold.
#include <string>
#include <vector>

#include "model/model.h"

namespace pathways::diagram {

enum class LineKind { title, detail, muted, figure };

struct LabelLine {
    LineKind kind = LineKind::detail;
    std::string text;  // plain text: wrapped and escaped when written
};

// The whole label=<...> value, angle brackets included. `dark` is for text
// drawn on a dark fill (muted lines lose their grey).
std::string html_label(const std::vector<LabelLine>& lines, bool dark = false);

// What the model says about a stage: title, kind, timing, queue, support.
std::vector<LabelLine> stage_lines(const Model& model, const Stage& stage);

// An arrival stream: its name, rate, schedule and batches.
std::vector<LabelLine> arrival_lines(const ArrivalStream& arrival);

}  // namespace pathways::diagram
