#pragma once
// Vega-Lite specifications for the report's charts. Data goes inline; every
// chart is described for screen readers and uses the Okabe-Ito colours.
#include <string>
#include <vector>

#include "format/load.h"

namespace pathways::report {

// A colour for each series, in legend order.
struct Series {
    std::vector<std::string> names, colours;
};

Json base_spec(const std::string& description);
// Horizontal bars of `field` with 95% intervals (lo, hi) per `category`, coloured by `colour_field`;
// a value marked hidden (see hidden_bar) is written where its bar would be.
Json interval_bars(const std::string& description, const Json& values, const std::string& category,
                   const std::string& colour_field, const Series& series, const std::string& axis_title, bool percent);
// A suppressed value for interval_bars: its row is kept and says it is hidden.
Json hidden_bar(const std::string& category, const std::string& colour, const std::string& text);
// Lines of `y` against day, one per `series` field value.
Json day_lines(const std::string& description, const Json& values, const Series& series, const std::string& y_title,
               bool percent);
// One small line chart per stage (rows), each with its own scale.
Json stage_rows(const std::string& description, const Json& values);
// Long names on an axis, in a legend or above a panel wrap onto up to two
// lines, with the full name in the tooltip. A chart with a bar per name gets
// bands tall enough for its longest name (or Vega-Lite's own height).
void fit_band_to_labels(Json& spec);
// A tornado of signed effects: a bar per `parameter` from 0 to its `mean`,
// coloured by its `direction` (one of `directions`' names), a line across
// its spread (lo to hi) and a rule at 0, in the data's order.
Json tornado_bars(const std::string& description, const Json& values, const Series& directions,
                  const std::string& axis_title);
// Dots with 95% intervals of changes, a rule at 0; `clear` marks which exclude 0.
Json change_dots(const std::string& description, const Json& values, const std::string& axis_title);

}  // namespace pathways::report
