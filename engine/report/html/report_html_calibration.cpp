// The calibration behind `gaps --worlds`, for the checks against published
// figures: what it tried and kept, what the figures taught us about each
// uncertain assumption, and, when it kept nothing, which figures the model
// cannot meet together. Shown in each parameter's own units, so a reader can
// hold the ranges against the model file and its sources.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "format/model_paths.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways::report {

namespace {

const UncertainParameter* uncertain(const Model& model, const std::string& id) {
    for (const UncertainParameter& p : model.uncertainty) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

// Routing shares and arrival mixes are shares; every path of the parameter must be one.
bool sets_shares(const UncertainParameter& p) {
    const auto share = [](const std::string& path) {
        return share_place(path).has_value() || path.find("/mix/") != std::string::npos;
    };
    return !p.scale && !p.paths.empty() && std::all_of(p.paths.begin(), p.paths.end(), share);
}

// Three significant figures, thousands with commas: 0.05, 2.5, 14, 1,825.
std::string plain_number(double v) {
    if (std::abs(v) >= 1000) return people_number(v);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", v);
    return buffer;
}

// Capacities and counts: a world's value is rounded when it is set.
bool sets_integers(const UncertainParameter& p) {
    return !p.scale && !p.paths.empty() && std::all_of(p.paths.begin(), p.paths.end(), integer_parameter);
}

// A value in the parameter's own units: a multiplier, a share or a number.
std::string parameter_figure(const UncertainParameter* p, double v) {
    if (p && p->scale) return "\xC3\x97" + text::trimmed(v, 2);
    if (p && sets_shares(*p)) return percent(v);
    if (p && sets_integers(*p)) return plain_number(std::round(v));
    return plain_number(v);
}

std::string range_words(const UncertainParameter* p, const CalibrationDigest::Range& r) {
    return parameter_figure(p, r.low) + " to " + parameter_figure(p, r.high);
}

std::string target_words(const CalibrationDigest& c, const std::string& name) {
    const auto* t = c.find_target(name);
    const std::string id = name.substr(name.find(':') + 1);
    std::string out = "\xE2\x80\x9C" + (t && !t->label.empty() ? t->label : readable_id(id)) + "\xE2\x80\x9D";
    if (t && !t->scenario.empty()) out += " (backtest: " + t->scenario + ")";
    return out;
}

// Text from the file ends as a sentence does.
std::string sentence(std::string text) {
    if (text.find_last_of(".!?") != text.size() - 1) text += ".";
    return text;
}

std::string counts(const std::vector<CalibrationDigest::Wave>& waves, bool kept) {
    std::vector<std::string> out;
    for (const auto& w : waves) out.push_back(with_thousands(std::to_string(kept ? w.kept : w.tried)));
    return listed(out);
}

std::string waves_sentence(const CalibrationDigest& c) {
    std::string out = "The calibration ";
    if (!c.waves.empty())
        out += "ran " + text::counted(std::to_string(c.waves.size()), "wave", "waves") + " (" + counts(c.waves, false) +
               " sets of values for the uncertain assumptions tried; " + counts(c.waves, true) + " kept) and ";
    if (c.worlds_kept == 0) return out + "kept none.";
    return out + "kept " +
           text::counted(with_thousands(std::to_string(c.worlds_kept)), "plausible world", "plausible worlds") +
           ": those whose results are not implausibly far from the figures it was fitted to, allowing for the "
           "figures' own uncertainty and the model's chance variation.";
}

// The finding when nothing was kept: the structure, not the numbers, is wrong.
std::string cannot_meet_words(const CalibrationDigest& c) {
    std::string out =
        "<strong>No choice of the uncertain assumptions within their ranges meets the figures the model was "
        "fitted to together.</strong> ";
    std::vector<std::string> alone, pairs;
    for (const auto& name : c.cannot_meet) alone.push_back(target_words(c, name));
    for (const auto& [a, b] : c.cannot_meet_pairs) pairs.push_back(target_words(c, a) + " with " + target_words(c, b));
    if (!alone.empty()) out += html("No world tried meets " + listed(alone) + ", even alone. ");
    if (!pairs.empty()) {
        std::string joined;
        for (const auto& p : pairs) joined += (joined.empty() ? "" : "; ") + p;
        out += html("These are each met in some worlds but never together: " + joined + ". ");
    }
    if (alone.empty() && pairs.empty())
        out += "Every two of them are met together in some world, but no world meets three or more at once. ";
    return out + "That is a finding about the model's structure, not its numbers: some part of the pathway works "
                 "differently from the way the model draws it.";
}

}  // namespace

std::string met_in_worlds(const CalibrationDigest& c, const std::string& target) {
    const auto* t = c.find_target(target);
    if (!t || !t->met_share) return "&ndash;";
    return html(percent(*t->met_share) + " of " +
                text::counted(with_thousands(std::to_string(c.worlds_kept)), "plausible world", "plausible worlds"));
}

std::string calibration_summary(const ReportInput& in) {
    if (!in.calibration) return "";
    const CalibrationDigest& c = *in.calibration;
    std::string out = paragraph(html(waves_sentence(c)));
    if (!c.stopped.empty())
        out += paragraph("<span class=\"note\">Why it stopped: " + html(sentence(c.stopped)) + "</span>");
    if (c.worlds_kept == 0) out += paragraph(cannot_meet_words(c));
    return out;
}

std::string narrowing_part(const ReportInput& in) {
    // Without a kept world the figures narrowed nothing: the finding is that they cannot be met together.
    if (!in.calibration || in.calibration->parameters.empty() || in.calibration->worlds_kept == 0) return "";
    const CalibrationDigest& c = *in.calibration;
    Table table{"What the published figures taught us",
                {"Assumption", "Range before calibration", "Plausible range now", "Narrowed by the figures?"},
                {}};
    for (const auto& p : c.parameters) {
        const UncertainParameter* u = uncertain(in.model, p.id);
        const std::string label = u && !u->label.empty() ? u->label : p.label;
        table.rows.push_back({html(label), html(range_words(u, p.prior)),
                              p.region ? html(range_words(u, *p.region)) : "none kept",
                              p.narrowed ? "<strong>Yes</strong>" : "No"});
    }
    const bool multipliers = std::any_of(in.model.uncertainty.begin(), in.model.uncertainty.end(),
                                         [](const UncertainParameter& p) { return p.scale; });
    return "<h3>What the published figures taught us</h3>\n" +
           paragraph("Each uncertain assumption's range before calibration, and the range it spans across the "
                     "plausible worlds now" +
                     std::string(multipliers ? " (\xC3\x97 marks a multiplier of the model's own figure)" : "") +
                     ". Where the figures narrowed a range, they pin the assumption down; where they did not, they "
                     "say nothing about it, and its whole range stays plausible.") +
           table.html();
}

}  // namespace pathways::report
