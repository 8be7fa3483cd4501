#pragma once
// The gap-analysis report: one self-contained HTML file (inline CSS, the
// pathway diagram as inline SVG, charts drawn by the inlined Vega-Lite
// libraries) that makes no network request of any kind, for a Steering
// Group member to read without help, on screen or printed on A4.
#include <stdexcept>
#include <string>

#include "findings/findings.h"
#include "format/load.h"
#include "model/model.h"
#include "report/results/calibration_read.h"
#include "report/results/gaps_output.h"
#include "report/results/gaps_suppression.h"
#include "report/results/sensitivity_read.h"
#include "report/results/suppression_plan.h"
#include "results/results.h"

namespace pathways {

// Daily occupancy of the stages with limited places (service and supply),
// thinned for a chart: each kept day stands for the mean of the days it
// replaces, so peaks are smoothed, not lost at random.
struct OccupancySeries {
    std::vector<std::size_t> days;
    std::vector<std::pair<std::string, std::vector<double>>> stages;  // id, values by kept day
};
OccupancySeries thin_occupancy(const Model& model, const Results& results, std::size_t max_points = 300);

struct ReportInput {
    const Model& model;
    const Results& results;  // the baseline
    const GapAnalysis& gaps;
    const std::vector<ScenarioComparison>& comparison;  // the what-ifs; may be empty
    SmallNumbers small;
    const SensitivityDigest* sensitivity = nullptr;  // `gaps --sensitivity`: adds "How sure are we"
    // The counts hidden in the whole published folder; when null, the report plans its own from `small`.
    const SuppressionPlan* hidden = nullptr;
    // `gaps --worlds` with calibration.json: the calibration behind the plausible worlds.
    const CalibrationDigest* calibration = nullptr;
    // What the analysis finds, as findings.json holds it; when null, the report finds it itself.
    const findings::Findings* found = nullptr;
    // `gaps --appraisal`: adds "What to do first" (when the report finds its findings itself).
    const AppraisalDigest* appraisal = nullptr;
};

// The chart libraries' source, ready to inline.
struct ChartLibrary {
    std::string vega, vega_lite, vega_embed;
    // Vega's expression interpreter, so that charts draw under a Content-Security-Policy without 'unsafe-eval'.
    std::string vega_interpreter;
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

}  // namespace pathways
