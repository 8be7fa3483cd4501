#include "report/html/report_html_charts.h"

#include <algorithm>

#include "report/html/report_html_parts.h"

namespace pathways::report {

namespace {

Json colour_scale(const Series& s) { return {{"domain", s.names}, {"range", s.colours}}; }

Json axis_format(bool percent) { return percent ? Json{{"format", ".0%"}} : Json{{"format", ",.0f"}}; }

}  // namespace

Json base_spec(const std::string& description) {
    return {
        {"description", description},
        {"width", 620},
        {"config",
         {{"font", "Segoe UI, Noto Sans, DejaVu Sans, Arial, sans-serif"},
          {"axis", {{"labelFontSize", 13}, {"titleFontSize", 14}, {"labelLimit", 320}}},
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
    Json y = {{"field", category}, {"type", "nominal"}, {"sort", order}, {"title", nullptr}};
    Json x = {{"field", "mean"}, {"type", "quantitative"}, {"title", axis_title}, {"axis", axis_format(percent)}};
    Json colour = {{"field", colour_field}, {"type", "nominal"}, {"scale", colour_scale(series)}, {"title", nullptr}};
    if (colour_field == category) colour["legend"] = nullptr;  // the axis already names each bar
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
        {"color", {{"field", "series"}, {"type", "nominal"}, {"scale", colour_scale(series)}, {"title", nullptr}}},
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
    Json line = {{"mark", {{"type", "line"}, {"color", colour::blue}, {"strokeWidth", 2}}},
                 {"encoding",
                  {{"x", {{"field", "day"}, {"type", "quantitative"}, {"title", "Day of the run"}}},
                   {"y", {{"field", "people"}, {"type", "quantitative"}, {"title", "Households"}}},
                   {"tooltip", Json::array({{{"field", "day"}}, {{"field", "people"}, {"format", ",.1f"}}})}}}};
    // Stage names are long: each goes above its panel, not beside it.
    Json header = {{"labelOrient", "top"},      {"labelAngle", 0}, {"labelAlign", "left"}, {"labelAnchor", "start"},
                   {"labelFontWeight", "bold"}, {"labelLimit", 0}, {"labelPadding", 4}};
    spec["facet"] = {
        {"row", {{"field", "stage"}, {"type", "nominal"}, {"sort", nullptr}, {"title", nullptr}, {"header", header}}}};
    spec["spec"] = {{"width", 600}, {"height", 110}, {"layer", Json::array({line})}};
    spec["resolve"] = {{"scale", {{"y", "independent"}}}};
    return spec;
}

Json change_dots(const std::string& description, const Json& values, const std::string& axis_title) {
    Json spec = base_spec(description);
    spec["data"] = {{"values", values}};
    Json y = {{"field", "item"}, {"type", "nominal"}, {"sort", nullptr}, {"title", nullptr}};
    Json colour = {
        {"field", "noise"},
        {"type", "nominal"},
        {"title", nullptr},
        {"scale", {{"domain", {"clear of noise", "within noise"}}, {"range", {colour::blue, colour::grey}}}}};
    Json zero = {{"data", {{"values", Json::array({{{"zero", 0}}})}}},
                 {"mark", {{"type", "rule"}, {"color", colour::black}}},
                 {"encoding", {{"x", {{"field", "zero"}, {"type", "quantitative"}}}}}};
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
    spec["layer"] = Json::array({zero, rule, dot});
    return spec;
}

}  // namespace pathways::report
