#pragma once
// The page's figures as a scenario's merge patch. The page sends the values
// its controls show; the server sets them where each control writes (the
// base model and the regimes that set the same figure), rebalances a routing
// share's group when asked (format/model_paths.h: the page does no arithmetic
// on shares), and answers with the patch and every control's value after it.
#include <string>
#include <vector>

#include "control_layers.h"
#include "run_queue.h"
#include "workbench_controls.h"

namespace pathways::serve {

// POST /api/what-if, body {"patch": {...}, "values": {pointer: value}, "rebalance": pointer}:
// `patch` the preset's (optional), `values` the controls' figures that differ
// from it, `rebalance` the share changed by hand, whose group takes up the
// change. Answers {"patch": merge patch, "values": {pointer: value}} (every
// control's figure in the rules in force when the cohort starts arriving), or
// 400 in words.
Answer what_if_patch(const Json& model_document, const std::vector<RuleLayer>& layers,
                     const std::vector<Control>& controls, const std::string& body);

}  // namespace pathways::serve
