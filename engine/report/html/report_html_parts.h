#pragma once
// The report's sections and the building blocks they share. Every function
// returns finished HTML; text from the model is escaped on the way in.
#include <optional>
#include <string>
#include <vector>

#include "report/html/report_html.h"
#include "report/html/report_html_charts.h"

namespace pathways::report {

// Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
namespace colour {
inline constexpr const char* black = "#000000";
inline constexpr const char* orange = "#E69F00";
inline constexpr const char* sky_blue = "#56B4E9";
inline constexpr const char* green = "#009E73";
inline constexpr const char* yellow = "#F0E442";
inline constexpr const char* blue = "#0072B2";
inline constexpr const char* vermillion = "#D55E00";
inline constexpr const char* purple = "#CC79A7";
inline constexpr const char* grey = "#7A7A7A";
// Households still in the pathway: no outcome takes this colour.
inline constexpr const char* still = grey;
}  // namespace colour
// The categorical order for series without a meaning of their own.
const std::vector<std::string>& palette();

// A table of already-escaped cells; the first cell of each row is its header.
struct Table {
    std::string caption;
    std::vector<std::string> columns;  // escaped
    std::vector<std::vector<std::string>> rows;
    std::string html() const;
};

// A chart drawn by Vega-Lite from `spec` into a figure, with `table` as the
// readable fallback (without JavaScript, in print, for screen readers).
std::string chart_figure(const std::string& id, const std::string& caption, const Json& spec, const Table& table);

// <section id=...><h2>...</h2> body </section>
std::string section(const std::string& id, const std::string& heading, const std::string& body);
std::string paragraph(const std::string& escaped);

// An outcome's figures in the baseline; all 0 for an outcome the results lack.
const Figures& outcome_figures(const ReportInput& in, const std::string& id);
std::string stage_label(const Model& model, const std::string& id);
// Outcome ids in model order with their kind ("settled", "drop_off", "neutral").
struct OutcomeInfo {
    std::string id, label, kind;
};
std::vector<OutcomeInfo> outcome_list(const Model& model);
std::string outcome_colour(const std::string& kind, std::size_t nth_of_kind);
// Each outcome's name and colour, in model order, for a chart's legend.
Series outcome_series(const std::vector<OutcomeInfo>& outcomes);
// What the colours of those outcomes mean, from the same colours the charts
// use: "Colours: green and dark blue for settled homes; red for drop-offs; ...;
// grey for households still in the pathway."
std::string outcome_colour_words(const std::vector<OutcomeInfo>& outcomes, const std::string& still);

// For a chart's caption when counts are suppressed: that a bar marked hidden is not zero.
std::string hidden_bars_caption(const ReportInput& in);

std::string summary_section(const ReportInput& in);
// Format 1.2 journey rules: "N rules checked, all held", or the broken ones first; empty without rules.
std::string rules_section(const ReportInput& in);
std::string diagram_section(const ReportInput& in);
std::string outcomes_section(const ReportInput& in);
std::string curves_section(const ReportInput& in);
std::string by_attribute_section(const ReportInput& in);
std::string occupancy_section(const ReportInput& in);
std::string gaps_section(const ReportInput& in);
std::string comparison_section(const ReportInput& in);
std::string targets_section(const ReportInput& in);
std::string sources_section(const ReportInput& in);
// Empty unless the report was given a sensitivity study.
std::string sensitivity_section(const ReportInput& in);
// How a what-if moves a figure in the report's own run, and in how many of a
// sensitivity study's plausible worlds it moves that way. The study's own
// central run has fewer replications, so its direction is not the report's.
struct WhatIfMove {
    std::optional<double> change;  // the report's paired change; none: the report did not compare the what-if
    bool clear = false;            // its interval excludes zero
    std::optional<double> share;   // of the worlds; none: not measured, or not for this direction
};
WhatIfMove what_if_move(const ReportInput& in, const std::string& what_if, const SensitivityDigest::Effect& effect);

// The calibration behind `gaps --worlds` (all empty without one): its waves and
// worlds kept, or, when it kept none, which targets cannot be met together.
std::string calibration_summary(const ReportInput& in);
// "What the published figures taught us": each uncertain parameter's prior range and plausible range now.
std::string narrowing_part(const ReportInput& in);
// The share of the plausible worlds meeting a target: "64% of 143 plausible worlds", or a dash.
std::string met_in_worlds(const CalibrationDigest& calibration, const std::string& target);

// What a gap means, in words ("had to leave their accommodation when a deadline passed").
std::string gap_kind_words(const Gap& gap);
// "+3.1" (percentage points) for a change in a share; "0.0" for none.
std::string points(double change);
// The what-ifs side by side for the summary: settled homes, each drop-off,
// cost a year, with intervals and, given a sensitivity study, how robust.
std::string what_if_summary(const ReportInput& in);
// Costs a year: the model's costed stages, the baseline and each what-if.
std::string costs_section(const ReportInput& in);
// The headline figures for each year of the run, from the model's calendar periods.
std::string periods_section(const ReportInput& in);
// What people told us apart from published evidence, stage by stage.
std::string evidence_section(const ReportInput& in);
// Statistics, law and practice attached to stages, for the appendix.
std::string published_evidence_section(const ReportInput& in);
// The words the report uses, defined from the model's own outcomes and deadlines.
std::string glossary_section(const ReportInput& in);
// What to do first, from an appraisal of the council's actions (`gaps --appraisal`); empty without one.
std::string what_first_section(const ReportInput& in);
// The summary's lines on what to fund first within each budget; empty without an appraisal.
std::string what_first_in_summary(const ReportInput& in);
// The easy read's paragraph on it; none without an appraisal.
std::vector<std::string> easy_read_first(const ReportInput& in);
// The easy-read summary, on a page of its own.
std::string easy_read_section(const ReportInput& in);

std::string report_css();
std::string report_bootstrap_js();

}  // namespace pathways::report
