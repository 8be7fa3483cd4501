// Section: checks against published figures. Each target's value in the
// model as written against its published range, the figures the model was
// tuned or fitted to apart from the checks it never saw. Given the
// calibration behind `gaps --worlds`, each target also says how often the
// plausible worlds meet it, and the backtests' targets join them.
#include <algorithm>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"

namespace pathways::report {

namespace {

std::string status_words(const std::string& status) {
    if (status == "met") return "<span class=\"status-met\">Met</span>: the model matches the published figure";
    if (status == "missed") return "<span class=\"status-missed\">Missed</span>: the model does not match";
    return "<span class=\"status-unclear\">Unclear</span>: close, but the interval crosses the edge of the range";
}

std::string target_value(double v, bool share) { return share ? percent(v) : people_number(v); }

// The model's own target behind a result: its role and status note live there.
const Target* model_target(const ReportInput& in, const std::string& id) {
    for (const Target& m : in.model.targets) {
        if (m.id == id) return &m;
    }
    return nullptr;
}

// The role a target had when the plausible worlds were fitted decides what
// meeting it proves, even if the model has relabelled it since.
bool is_calibration(const ReportInput& in, const std::string& id) {
    const auto* fitted = in.calibration ? in.calibration->find_target(id) : nullptr;
    if (fitted) return !fitted->validation;
    const Target* m = model_target(in, id);
    return m && m->role == TargetRole::calibration;
}

// A calibration target this calibration left out (`--fit` named others):
// not fitted here, but perhaps tuned to by hand before, so no honest test.
std::string unfitted_note(const CalibrationDigest::Target* t) {
    if (!t || t->validation || t->fitted) return "";
    return "<br><span class=\"note\">not fitted in this calibration</span>";
}

std::string result_cell(const ReportInput& in, const TargetResult& t) {
    std::string out = status_words(t.status);
    const Target* m = model_target(in, t.id);
    if (m && !m->status_note.empty()) out += "<br><span class=\"note\">" + html(m->status_note) + "</span>";
    return out;
}

std::string range_cell(double low, double high) {
    const bool share = high <= 1;
    return html(target_value(low, share) + " to " + target_value(high, share));
}

// How often the plausible worlds meet a figure, when there are some.
bool shows_met_share(const ReportInput& in) { return in.calibration && in.calibration->worlds_kept > 0; }

std::vector<std::string> result_row(const ReportInput& in, const TargetResult& t) {
    const bool share = t.high <= 1;
    const Stat& v = t.value;
    std::vector<std::string> row{
        html(t.label.empty() ? readable_id(t.id) : t.label) +
            unfitted_note(in.calibration ? in.calibration->find_target(t.id) : nullptr),
        html(target_value(v.mean, share) + " (" + target_value(v.lo, share) + " to " + target_value(v.hi, share) + ")"),
        range_cell(t.low, t.high), result_cell(in, t)};
    if (shows_met_share(in)) row.push_back(met_in_worlds(*in.calibration, t.id));
    row.push_back(html(t.source));
    return row;
}

// A target the calibration checked that this run does not have: a
// backtest's, run under its scenario by the calibration alone.
std::vector<std::string> backtest_row(const CalibrationDigest& c, const CalibrationDigest::Target& t) {
    const std::string id = t.name.substr(t.name.find(':') + 1);
    std::string label = html(t.label.empty() ? readable_id(id) : t.label);
    if (!t.scenario.empty()) label += "<br><span class=\"note\">backtest: " + html(t.scenario) + "</span>";
    label += unfitted_note(&t);
    std::vector<std::string> row{label, "<span class=\"note\">run only by the calibration</span>",
                                 range_cell(t.range.low, t.range.high), "&ndash;"};
    if (c.worlds_kept > 0) row.push_back(met_in_worlds(c, t.name));
    row.push_back(html(t.source));
    return row;
}

bool in_results(const ReportInput& in, const std::string& name) {
    return std::any_of(in.results.targets.begin(), in.results.targets.end(),
                       [&](const TargetResult& t) { return t.id == name; });
}

Table targets_table(const ReportInput& in, const std::string& caption, const std::string& first_column,
                    bool calibration) {
    Table table{caption, {first_column, "Model value (95% interval)", "Published range", "Result"}, {}};
    if (shows_met_share(in)) table.columns.push_back("Met in");
    table.columns.push_back("Source");
    for (const TargetResult& t : in.results.targets) {
        if (is_calibration(in, t.id) == calibration) table.rows.push_back(result_row(in, t));
    }
    if (!in.calibration) return table;
    for (const auto& t : in.calibration->targets) {
        if (t.validation != calibration && !in_results(in, t.name))
            table.rows.push_back(backtest_row(*in.calibration, t));
    }
    return table;
}

// Figures the model was tuned to meet, apart from the checks: meeting them
// shows the tuning worked, not that the model is right.
std::string calibration_part(const ReportInput& in) {
    const std::string heading = "Calibration targets (the model was tuned to meet these; not an independent check)";
    Table validation = targets_table(in, "Validation checks", "Check", false);
    std::string out = "<h3>Validation checks</h3>\n";
    out += validation.rows.empty()
               ? paragraph("None: every published figure given was used to tune the model, so none is an "
                           "independent check of it.")
               : validation.html();
    return out + "<h3>" + html(heading) + "</h3>\n" + targets_table(in, html(heading), "Target", true).html();
}

// With a calibration the two groups say what each proves: the figures fitted
// to prove little, those never used to fit are the honest test.
std::string fitted_part(const ReportInput& in) {
    Table validation = targets_table(in, "Validation checks: the honest test", "Check", false);
    std::string out = "<h3>Validation checks: the honest test</h3>\n" +
                      paragraph("These figures were never used to fit the model, so they are the honest test of it." +
                                std::string(shows_met_share(in) ? " &ldquo;Met in&rdquo; is the share of the plausible "
                                                                  "worlds kept by the calibration whose result falls "
                                                                  "inside the published range."
                                                                : ""));
    out += validation.rows.empty()
               ? paragraph("None: every published figure given was used to fit the model, so none is an "
                           "independent test of it.")
               : validation.html();
    const std::string heading = "Calibration targets: the figures the model was fitted to";
    return out + "<h3>" + heading + "</h3>\n" +
           paragraph(shows_met_share(in) ? "The calibration kept only the worlds that come close to these figures, so "
                                           "meeting them proves little: it shows the fitting worked, not that the "
                                           "model is right."
                                         : "The calibration tried to fit the model to these figures and found no "
                                           "world that meets them together.") +
           targets_table(in, heading, "Target", true).html();
}

const char* const targets_heading = "Checks against published figures";

std::string calibrated_section(const ReportInput& in, const std::string& intro) {
    return section("targets", targets_heading, intro + calibration_summary(in) + fitted_part(in) + narrowing_part(in));
}

}  // namespace

std::string targets_section(const ReportInput& in) {
    const std::vector<TargetResult>& targets = in.results.targets;
    std::string body = paragraph(
        "The model is checked against figures published elsewhere. Each check has a range of plausible values; "
        "the model's value should fall inside it.");
    if (in.calibration) return calibrated_section(in, body);
    if (targets.empty())
        return section("targets", targets_heading,
                       body + paragraph("This model has no checks against published figures."));
    if (std::any_of(targets.begin(), targets.end(), [&](const TargetResult& t) { return is_calibration(in, t.id); })) {
        body += paragraph(
            "Some figures were used to tune the model: its parameters were chosen to meet them. They are shown "
            "apart, because meeting them shows only that the tuning worked.");
        return section("targets", targets_heading, body + calibration_part(in));
    }
    Table table = targets_table(in, targets_heading, "Check", false);
    return section("targets", targets_heading, body + table.html());
}

}  // namespace pathways::report
