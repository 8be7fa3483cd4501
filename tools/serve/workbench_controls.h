#pragma once
// The numbers an officer may change from the workbench page, found in the
// model document: places, typical and long durations, routing shares,
// deadline days, supply and arrival rates. Each carries its words, its unit,
// where the figure came from and, when the model's `uncertainty` names it, its
// plausible range, so that the page needs no knowledge of the format.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "format/load.h"

namespace pathways::serve {

struct Control {
    std::string pointer;  // into the model document: /stages/ta/capacity
    std::string group;    // places, durations, routing, deadlines, supply, arrivals
    std::string label, unit, source;
    double value = 0;
    double minimum = 0;
    std::optional<double> maximum;
    bool integer = false;
    double shown_as = 1;                                 // the page shows value x shown_as (100 for a share in percent)
    std::optional<std::pair<double, double>> plausible;  // from `uncertainty`
    std::string plausible_source;
    // Routing: the shares of the same `next` list and `when` that must still sum to 1.
    std::vector<std::string> siblings;
};

// Every control the model offers, in document order within each group.
std::vector<Control> workbench_controls(const LoadResult& loaded);

// As JSON for the page.
Json controls_json(const std::vector<Control>& controls);

// The value at each control's pointer in `document`, where it differs from the control's.
Json changed_values(const std::vector<Control>& controls, const Json& document);

}  // namespace pathways::serve
