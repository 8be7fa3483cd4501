#pragma once
// The numbers an officer may change from the workbench page: the model's
// levers when it has them (format 1.2), else figures found in the model
// document: places, typical and long durations, routing shares, deadline
// days, supply and arrival rates. Each carries its words, its unit,
// where the figure came from and, when the model's `uncertainty` names it, its
// plausible range, so that the page needs no knowledge of the format.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "format/load.h"

namespace pathways::serve {

struct Control {
    std::string pointer;                 // into the rules in force when the cohort starts arriving: /stages/ta/capacity
    std::string lever_id;                // a lever's control (format 1.2): its id, and pointer /levers/<id>
    std::string group;                   // places, durations, routing, deadlines, supply, arrivals
    std::string section, section_label;  // the stage, arrival stream or deadline it belongs to: /stages/ta
    std::string label, unit, source;
    // Where a what-if sets it: the base model and every regime that sets the same figure.
    std::vector<std::string> writes;
    std::string overridden;  // later regimes that set it too, in words; empty when none
    double value = 0;
    double minimum = 0;
    std::optional<double> maximum;
    bool integer = false;
    double shown_as = 1;  // the page shows value x shown_as (100 for a share in percent, 365 for a day's rate a year)
    int decimals = 2;     // the page rounds what it shows to this many decimals (of value x shown_as)
    std::optional<std::pair<double, double>> plausible;  // from `uncertainty`, or a calibration's worlds
    std::string plausible_source;
    // Routing: the shares of the same `next` list and `when` that must still sum to 1.
    std::vector<std::string> siblings;
};

// Each uncertain parameter's range over the plausible worlds a calibration
// kept (serve --worlds), by uncertainty id, in the entry's own units (a
// multiplier for a `scale` entry).
struct WorldRanges {
    std::size_t worlds = 0;  // 0: no calibration given
    std::map<std::string, std::pair<double, double>> by_id;
};

// Every figure the model offers for the rules in force when the cohort starts
// arriving, in document order within each group. A figure an uncertain
// parameter names has its plausible range: over the calibrated worlds when
// `worlds` has the parameter, else the prior range.
std::vector<Control> workbench_controls(const LoadResult& loaded, const WorldRanges& worlds = {});

// The model's levers (format 1.2), in the order it declares them, each in the
// group of its action: the words before the first ": " of its label
// ("Refugee Next Steps: ..."), the rest being its own label. A share shows in
// percent.
std::vector<Control> lever_controls(const Model& model);

// A routing condition in words, for the people it is about: {"household":
// "single", "had_casework": "yes", "needs_interpreter": "no"} -> "single
// households who had casework and need no interpreter".
std::string people_words(const Json& when);

// As JSON for the page.
Json controls_json(const std::vector<Control>& controls);

// A scenario's figures for the controls: {"values": {pointer: value}} where
// they differ, {"unavailable": [pointer]} for controls the scenario's rules no
// longer have, {"overridden": {pointer: words}} where later regimes differ.
Json scenario_values(const std::vector<Control>& controls, const std::vector<Control>& scenario_controls);

}  // namespace pathways::serve
