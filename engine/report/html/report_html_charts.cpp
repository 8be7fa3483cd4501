#include "report/html/report_html_charts.h"

#include <algorithm>

#include "report/text/shared_text.h"

#include "report/html/report_html_parts.h"

namespace pathways::report {

namespace {

Json colour_scale(const Series& s) { return {{"domain", s.names}, {"range", s.colours}}; }

// Characters a line of a label holds: beside an axis, in a legend, and above a panel.
constexpr std::size_t side_label_chars = 60, legend_label_chars = 48, header_label_chars = 80;
constexpr std::size_t label_lines_most = 2;
// Label text is looked up in the chart's "wrapped" parameter: a name that was
// wrapped shows as its lines, any other as it is.
constexpr const char* wrapped_label = "wrapped[datum.value] || datum.value";

// The lines a long name wraps onto, at most two, the last cut with an
// ellipsis; the chart's tooltip keeps the full name.
Json label_lines(const std::string& name, std::size_t width) {
    std::vector<std::string> lines = wrap_words(name, width);
    if (lines.size() > label_lines_most) {
        lines.resize(label_lines_most);
        lines.back() += "\xE2\x80\xA6";
    }
    return lines;
}

// Adds the names too long for one line to the chart's "wrapped" parameter;
// returns the most lines any of them takes.
std::size_t wrap_labels(Json& spec, const std::vector<std::string>& names, std::size_t width) {
    if (!spec.contains("params")) spec["params"] = Json::array({{{"name", "wrapped"}, {"value", Json::object()}}});
    Json& lookup = spec["params"][0]["value"];
    std::size_t most = 1;
    for (const std::string& name : names) {
        if (name.size() <= width) continue;
        Json lines = label_lines(name, width);
        most = std::max(most, lines.size());
        lookup[name] = std::move(lines);
    }
    return most;
}

std::vector<std::string> field_values(const Json& values, const std::string& field) {
    std::vector<std::string> out;
    for (const Json& v : values) {
        if (!v.contains(field)) continue;
        const std::string name = v[field].get<std::string>();
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
}

// An axis of names, wrapped; a band tall enough for the lines when each name has a bar of its own.
Json wrapped_name_axis(Json& spec, const Json& values, const std::string& field, bool band_per_name) {
    wrap_labels(spec, field_values(values, field), side_label_chars);
    if (band_per_name) fit_band_to_labels(spec);
    return {{"labelExpr", wrapped_label}};
}

Json wrapped_legend(Json& spec, const Series& series) {
    wrap_labels(spec, series.names, legend_label_chars);
    return {{"labelExpr", wrapped_label}};
}

// A y axis of the names in `field`, a band each, in the order the data gives them.
Json names_in_data_order(Json& spec, const Json& values, const std::string& field) {
    return {{"field", field},
            {"type", "nominal"},
            {"sort", nullptr},
            {"title", nullptr},
            {"axis", wrapped_name_axis(spec, values, field, true)}};
}

// A rule at 0 across the chart, where a change or an effect starts.
Json zero_rule() {
    return {{"data", {{"values", Json::array({{{"zero", 0}}})}}},
            {"mark", {{"type", "rule"}, {"color", colour::black}}},
            {"encoding", {{"x", {{"field", "zero"}, {"type", "quantitative"}}}}}};
}

Json axis_format(bool percent) { return percent ? Json{{"format", ".0%"}} : Json{{"format", ",.0f"}}; }

}  // namespace

void fit_band_to_labels(Json& spec) {
    std::size_t lines = 1;
    if (spec.contains("params")) {
        for (const Json& wrapped : spec["params"][0]["value"]) lines = std::max(lines, wrapped.size());
    }
    if (lines > 1)
        spec["height"] = {{"step", 4 + 15 * lines}};
    else
        spec.erase("height");
}

Json base_spec(const std::string& description) {
    return {
        {"description", description},
        {"width", 620},
        {"config",
         {{"font", "Segoe UI, Noto Sans, DejaVu Sans, Arial, sans-serif"},
          {"axis", {{"labelFontSize", 13}, {"titleFontSize", 14}, {"labelLimit", 420}}},
          {"legend",
           {{"labelFontSize", 13}, {"titleFontSize", 14}, {"orient", "bottom"}, {"columns", 2}, {"labelLimit", 360}}},
          {"header", {{"labelFontSize", 13}, {"labelAngle", 0}, {"labelAlign", "left"}, {"labelAnchor", "start"}}},
          {"view", {{"stroke", nullptr}}}}}};
}

Json interval_bars(const std::string& description, const Json& values, const std::string& category,
                   const std::string& colour_field, const Series& series, const std::string& axis_title, bool percent) {
    Json spec = base_spec(description);
    spec["data"] = {{"values", values}};
    // Rows in data order, a hidden figure's row in its place (not after the bars).
    Json order = Json::array();
    for (const Json& v : values) {
        if (std::find(order.begin(), order.end(), v[category]) == order.end()) order.push_back(v[category]);
    }
    Json y = {{"field", category},
              {"type", "nominal"},
              {"sort", order},
              {"title", nullptr},
              {"axis", wrapped_name_axis(spec, values, category, colour_field == category)}};
    Json x = {{"field", "mean"}, {"type", "quantitative"}, {"title", axis_title}, {"axis", axis_format(percent)}};
    Json colour = {{"field", colour_field}, {"type", "nominal"}, {"scale", colour_scale(series)}, {"title", nullptr}};
    if (colour_field == category)
        colour["legend"] = nullptr;  // the axis already names each bar
    else
        colour["legend"] = wrapped_legend(spec, series);
    Json tooltip = Json::array({{{"field", category}}, {{"field", "text"}, {"title", "figure"}}});
    Json bar = {{"mark", {{"type", "bar"}, {"height", {{"band", 0.8}}}}},
                {"encoding", {{"y", y}, {"x", x}, {"color", colour}, {"tooltip", tooltip}}}};
    Json rule = {
        {"mark", {{"type", "rule"}, {"color", colour::black}, {"strokeWidth", 1.5}}},
        {"encoding", {{"y", y}, {"x", {{"field", "lo"}, {"type", "quantitative"}}}, {"x2", {{"field", "hi"}}}}}};
    // A suppressed figure is a word where its bar would be, never an empty row that reads as none.
    bar["transform"] = rule["transform"] = Json::array({{{"filter", "!datum.hidden"}}});
    Json hidden = {
        {"transform", Json::array({{{"filter", "datum.hidden"}}})},
        {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 4}, {"fontStyle", "italic"}, {"color", colour::black}}},
        {"encoding",
         {{"y", y},
          {"x", {{"datum", 0}, {"type", "quantitative"}}},
          {"text", {{"field", "text"}}},
          {"tooltip", tooltip}}}};
    if (colour_field != category) {
        Json offset = {{"field", colour_field}, {"type", "nominal"}, {"sort", series.names}};
        bar["encoding"]["yOffset"] = offset;
        rule["encoding"]["yOffset"] = offset;
        hidden["encoding"]["yOffset"] = offset;
        spec["height"] = {{"step", 16}};
    }
    spec["layer"] = Json::array({bar, rule, hidden});
    return spec;
}

Json hidden_bar(const std::string& category, const std::string& colour, const std::string& text) {
    const std::string label = text == "suppressed" ? "suppressed, not zero" : text + " (hidden)";
    return {{"category", category}, {"colour", colour}, {"hidden", true}, {"text", label}};
}

Json day_lines(const std::string& description, const Json& values, const Series& series, const std::string& y_title,
               bool percent) {
    Json spec = base_spec(description);
    spec["height"] = 320;
    spec["data"] = {{"values", values}};
    spec["mark"] = {{"type", "line"}, {"strokeWidth", 2.5}, {"interpolate", "monotone"}};
    spec["encoding"] = {
        {"x", {{"field", "day"}, {"type", "quantitative"}, {"title", "Days since arriving"}}},
        {"y", {{"field", "value"}, {"type", "quantitative"}, {"title", y_title}, {"axis", axis_format(percent)}}},
        {"color",
         {{"field", "series"},
          {"type", "nominal"},
          {"scale", colour_scale(series)},
          {"title", nullptr},
          {"legend", wrapped_legend(spec, series)}}},
        {"strokeDash",
         {{"field", "dashed"},
          {"type", "nominal"},
          {"legend", nullptr},
          {"scale", {{"domain", {"no", "yes"}}, {"range", {{1, 0}, {6, 4}}}}}}},
        {"tooltip",
         Json::array({{{"field", "series"}}, {{"field", "day"}}, {{"field", "text"}, {"title", "figure"}}})}};
    return spec;
}

Json stage_rows(const std::string& description, const Json& values) {
    Json spec = {{"description", description}, {"config", base_spec("")["config"]}};
    spec["data"] = {{"values", values}};
    Json line = {
        {"mark", {{"type", "line"}, {"color", colour::blue}, {"strokeWidth", 2}}},
        {"encoding",
         {{"x", {{"field", "day"}, {"type", "quantitative"}, {"title", "Day of the run"}}},
          {"y", {{"field", "people"}, {"type", "quantitative"}, {"title", "Households"}}},
          {"tooltip",
           Json::array({{{"field", "stage"}}, {{"field", "day"}}, {{"field", "people"}, {"format", ",.1f"}}})}}}};
    // Stage names are long: each goes above its panel, not beside it.
    wrap_labels(spec, field_values(values, "stage"), header_label_chars);
    Json header = {{"labelOrient", "top"},   {"labelAngle", 0},           {"labelAlign", "left"},
                   {"labelAnchor", "start"}, {"labelFontWeight", "bold"}, {"labelLimit", 0},
                   {"labelPadding", 4},      {"labelExpr", wrapped_label}};
    spec["facet"] = {
        {"row", {{"field", "stage"}, {"type", "nominal"}, {"sort", nullptr}, {"title", nullptr}, {"header", header}}}};
    spec["spec"] = {{"width", 600}, {"height", 110}, {"layer", Json::array({line})}};
    spec["resolve"] = {{"scale", {{"y", "independent"}}}};
    return spec;
}

Json tornado_bars(const std::string& description, const Json& values, const Series& directions,
                  const std::string& axis_title) {
    Json spec = base_spec(description);
    spec["data"] = {{"values", values}};
    const Json y = names_in_data_order(spec, values, "parameter");
    Json colour = {{"field", "direction"},
                   {"type", "nominal"},
                   {"title", nullptr},
                   {"scale", colour_scale(directions)},
                   {"legend", wrapped_legend(spec, directions)}};
    Json tooltip = Json::array({{{"field", "parameter"}}, {{"field", "text"}, {"title", "effect"}}});
    Json bar = {{"mark", {{"type", "bar"}, {"height", {{"band", 0.7}}}}},
                {"encoding",
                 {{"y", y},
                  {"x", {{"field", "mean"}, {"type", "quantitative"}, {"title", axis_title}}},
                  {"color", colour},
                  {"tooltip", tooltip}}}};
    Json spread = {
        {"mark", {{"type", "rule"}, {"color", colour::black}, {"strokeWidth", 1.5}}},
        {"encoding", {{"y", y}, {"x", {{"field", "lo"}, {"type", "quantitative"}}}, {"x2", {{"field", "hi"}}}}}};
    spec["layer"] = Json::array({bar, spread, zero_rule()});
    return spec;
}

Json change_dots(const std::string& description, const Json& values, const std::string& axis_title) {
    Json spec = base_spec(description);
    spec["data"] = {{"values", values}};
    const Json y = names_in_data_order(spec, values, "item");
    Json colour = {
        {"field", "noise"},
        {"type", "nominal"},
        {"title", nullptr},
        {"scale", {{"domain", {"clear of noise", "within noise"}}, {"range", {colour::blue, colour::grey}}}}};
    Json rule = {{"mark", {{"type", "rule"}, {"strokeWidth", 2}}},
                 {"encoding",
                  {{"y", y},
                   {"x", {{"field", "lo"}, {"type", "quantitative"}, {"title", axis_title}}},
                   {"x2", {{"field", "hi"}}},
                   {"color", colour}}}};
    Json dot = {{"mark", {{"type", "point"}, {"filled", true}, {"size", 80}}},
                {"encoding",
                 {{"y", y},
                  {"x", {{"field", "mean"}, {"type", "quantitative"}}},
                  {"color", colour},
                  {"shape", {{"field", "noise"}, {"type", "nominal"}, {"legend", nullptr}}},
                  {"tooltip", Json::array({{{"field", "item"}}, {{"field", "text"}, {"title", "change"}}})}}}};
    spec["layer"] = Json::array({zero_rule(), rule, dot});
    return spec;
}

}  // namespace pathways::report
