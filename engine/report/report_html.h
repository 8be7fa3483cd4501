#pragma once
// The gap-analysis report: one self-contained HTML file (inline CSS, the
// pathway diagram as inline SVG, charts drawn by the inlined Vega-Lite
// libraries) that makes no network request of any kind, for a Steering
// Group member to read without help, on screen or printed on A4.
#include <stdexcept>
#include <string>

#include "model/load.h"
#include "model/model.h"
#include "report/gaps.h"
#include "report/gaps_suppression.h"

namespace pathways {

struct ReportInput {
    const Model& model;
    const Json& summary;       // pathways-results/1 of the baseline
    const GapAnalysis& gaps;
    const Json* comparison = nullptr;  // the "scenarios" array of a pathways-comparison/1, if any
    const Json* occupancy = nullptr;   // {"days": [...], "stages": {id: [...]}}, see occupancy_json
    SmallNumbers small;
    // The (patched) model document, for the sources and notes of arrivals and
    // deadlines, which the Model does not keep; optional.
    const Json* model_document = nullptr;
};

// The chart libraries' source, ready to inline.
struct ChartLibrary {
    std::string vega, vega_lite, vega_embed;
};

// The report's assets could not be read (the npm packages were not installed).
struct ReportAssetsMissing : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The assets folder: $PATHWAYS_ASSETS_DIR, else the source tree's engine/report/assets.
std::string report_assets_dir();
// Reads the Vega, Vega-Lite and Vega-Embed builds from node_modules under `assets_dir`,
// with every URL-like string made inert (see report_html_assets.cpp).
ChartLibrary load_chart_library(const std::string& assets_dir);

std::string report_html(const ReportInput& input, const ChartLibrary& charts);

// Daily occupancy ([stage][day], as RunResults::daily_occupancy) of the
// capacity-limited (service and supply) stages, thinned to at most
// `max_points` days: {"days": [...], "stages": {id: [...]}}. Each kept day
// stands for the mean of the days it replaces, so peaks are smoothed, not lost at random.
Json occupancy_json(const Model& model, const std::vector<std::vector<double>>& daily, std::size_t max_points = 300);

}  // namespace pathways
