#pragma once
// Where a control's figure is set. With dated regimes (format 1.1) the figure
// in force while the cohort arrives often comes from a regime's patch, not the
// base model, so a control that changed the base model alone would change
// nothing. A what-if therefore sets the figure in the base model and in every
// regime that sets the same figure; a later regime that sets it in a way one
// number cannot say (a distribution, other routing) is named beside the
// control instead, with the date it applies from.
#include <string>
#include <vector>

#include "format/load.h"

namespace pathways::serve {

struct Control;

// One set of rules: the base model, or a regime's patch on top of those before it.
struct RuleLayer {
    std::string at;               // where its figures sit in the model document: "" or /regimes/<id>/patch
    const Json* rules = nullptr;  // the base document, or the regime's patch
    std::string label, source;    // the regime's words; empty for the base model
    std::string from;             // "1 April 2027", or "day 500" in a model without dates
    bool before_cohort = true;    // in force when the cohort starts arriving
};

// The base model, then each regime in order of `from`; `loaded` must be valid.
// The layers point into `loaded.document`, which must outlive them.
std::vector<RuleLayer> rule_layers(const LoadResult& loaded);

// The rules in force when the cohort starts arriving: the base document with
// the patch of every regime in force by then applied.
Json rules_in_force(const std::vector<RuleLayer>& layers);
// The same for another version of the document the layers were read from (a
// what-if's): each regime's patch read from `document` at its place.
Json rules_in_force(const Json& document, const std::vector<RuleLayer>& layers);

// Fills the control's `writes` and `overridden`, and names the regime its figure
// comes from in its source. `in_force` is rules_in_force(layers).
void locate(Control& c, const std::vector<RuleLayer>& layers, const Json& in_force);

}  // namespace pathways::serve
