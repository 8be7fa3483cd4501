// Section: how sure are we. Each headline's range across the plausible
// worlds with a tornado chart of the assumptions it rests on, how often each
// gap ranks first or in the top three, and how often each what-if keeps the
// direction of its effect.
#include "report/html/report_html_charts.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/results/sensitivity_output.h"
#include "report/text/figures_text.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace pathways::report {

namespace {

// Bars shown per headline: the assumptions that matter most.
constexpr std::size_t bars_per_tornado = 8;

bool headline(const SensitivityDigest::Metric& m) {
    if (m.path.rfind("gaps.", 0) == 0 || m.path.rfind("targets.", 0) == 0) return false;
    return m.path.rfind("outcomes.", 0) == 0 || m.unit == Unit::days || m.unit == Unit::money;
}

std::string figure(const ReportInput& in, const SensitivityDigest::Metric& m, double v) {
    return html(unit_figure(v, m.unit, in.model.currency));
}

// "the plausible worlds", or, when they are a calibration's, how many it kept.
std::string worlds_words(const SensitivityDigest& s) {
    const std::size_t n = s.calibrated_worlds();
    if (n == 0) return "the plausible worlds";
    return "the " + text::counted(std::to_string(n), "plausible world", "plausible worlds") + " kept by calibration";
}

std::string study_words(const SensitivityDigest::Study& study) {
    const std::string runs = std::to_string(study.runs) + " times (" + std::to_string(study.replications) +
                             " replications each, on the same random numbers)";
    if (study.method == "morris")
        return "A screening ran the model " + runs + " to find which assumptions each figure rests on. ";
    if (study.method == "sobol")
        return "A Sobol study ran the model " + runs +
               ", with the assumptions drawn across their ranges, to find what each figure rests on and how far it "
               "spreads. ";
    if (study.calibrated)
        return "The model ran once in each of the " +
               text::counted(std::to_string(study.runs), "plausible world", "plausible worlds") +
               " kept by calibration (" + std::to_string(study.replications) +
               " replications each, on the same random numbers): the worlds whose results come close to the "
               "published figures the model was fitted to. ";
    return "A sample of the plausible worlds ran the model " + runs +
           ", with the assumptions drawn across their ranges. ";
}

std::string how_it_ran(const SensitivityDigest& s) {
    std::string words = "Many of the model's numbers are assumptions with a plausible range. ";
    for (const auto& study : s.studies) words += study_words(study);
    if (s.sampled) return words + "Ranges run from the 5th to the 95th percentile of " + worlds_words(s) + ".";
    return words + "Its ranges run across the screening's grid points, which are no sample of the plausible "
                   "worlds: read them as how far the assumptions can move a figure, not how likely that is.";
}

std::string index_words(const SensitivityDigest& s) {
    if (s.method == "sobol")
        return "Each bar is the share of the spread in the figure that the assumption accounts for, alone and "
               "together with others (the total Sobol index), with its 95% interval.";
    return "Each bar is how far, and which way, the figure moves on average when the assumption goes from the low "
           "end of its range to the high end (Morris's mu): to the right it raises the figure, to the left it lowers "
           "it. The line across a bar is the spread of that effect (Morris's sigma, either side of the average): a "
           "long line means the effect depends on the other assumptions, and may even change its sign. Assumptions "
           "that do not move the figure are left out.";
}

// The axis of a tornado: Sobol indices are shares of the spread; Morris effects
// are in the metric's unit, shares in percentage points (a whole-percent axis
// would repeat its labels over a few points).
struct TornadoAxis {
    bool percent = false;
    double scale = 1;
    std::string title;
};

TornadoAxis tornado_axis(const SensitivityDigest& s, const SensitivityDigest::Metric& m) {
    if (s.method == "sobol") return {true, 1, "Share of the spread"};
    if (m.unit == Unit::share) return {false, 100, "How far it moves it, on average (percentage points)"};
    return {false, 1,
            std::string("How far it moves it, on average (") + (m.unit == Unit::days ? "days" : "per person") + ")"};
}

// An index in the figure's words: "2.5 points", "12 days", "£500", or a share of the spread.
std::function<std::string(double)> index_text(const ReportInput& in, const TornadoAxis& axis,
                                              const SensitivityDigest::Metric& m) {
    return [&in, axis, unit = m.unit](double v) {
        if (axis.percent) return text::percent(v);
        return unit == Unit::share ? text::counted(text::trimmed(v * 100, 1), "point", "points")
                                   : unit_figure(v, unit, in.model.currency);
    };
}

// The assumptions a chart shows: the most important that move the figure at
// all as written, never a bar of nothing to make up the number.
std::vector<const SensitivityDigest::Importance*> shown_assumptions(const SensitivityDigest::Metric& m,
                                                                    const std::function<std::string(double)>& show) {
    std::vector<const SensitivityDigest::Importance*> out;
    for (const auto& e : m.importance) {
        if (out.size() == bars_per_tornado) break;
        if (!text::reads_as_zero(show(e.value))) out.push_back(&e);
    }
    return out;
}

// Morris: a bar of each assumption's average effect with its sign, and its spread.
std::string morris_tornado(const ReportInput& in, const SensitivityDigest::Metric& m, std::size_t n,
                           const TornadoAxis& axis) {
    const auto show = index_text(in, axis, m);
    const Series directions{{"raises it", "lowers it"}, {colour::blue, colour::orange}};
    Json values = Json::array();
    Table table{"What " + html(m.label) + " rests on",
                {"Assumption", "Moves it, on average (mu)", "Spread of its effect (sigma)",
                 "Size either way (mu*, 95% interval)"},
                {}};
    for (const auto* e : shown_assumptions(m, show)) {
        const double mu = e->mu.value_or(0), sigma = e->sigma.value_or(0);
        const std::string moves = text::signed_figure(show(mu), mu);
        values.push_back({{"parameter", e->parameter},
                          {"mean", mu * axis.scale},
                          {"lo", (mu - sigma) * axis.scale},
                          {"hi", (mu + sigma) * axis.scale},
                          {"direction", mu < 0 ? "lowers it" : "raises it"},
                          {"text", moves + ", spread " + show(sigma)}});
        table.rows.push_back({html(e->parameter), html(moves), html(show(sigma)),
                              html(show(e->value) + " (" + show(e->lo) + " to " + show(e->hi) + ")")});
    }
    const Json spec = tornado_bars("What " + m.label + " rests on", values, directions, axis.title);
    return chart_figure("chart-sensitivity-" + std::to_string(n), "What " + html(m.label) + " rests on", spec, table);
}

std::string tornado(const ReportInput& in, const SensitivityDigest& s, const SensitivityDigest::Metric& m,
                    std::size_t n) {
    const TornadoAxis axis = tornado_axis(s, m);
    const bool signed_effects =
        !m.importance.empty() && m.importance.front().mu.has_value() && m.importance.front().sigma.has_value();
    if (s.method == "morris" && signed_effects) return morris_tornado(in, m, n, axis);
    const auto show = index_text(in, axis, m);
    Json values = Json::array();
    Series series{{}, {}};
    Table table{"What " + html(m.label) + " rests on", {"Assumption", "Importance", "95% interval"}, {}};
    for (const auto* e : shown_assumptions(m, show)) {
        values.push_back({{"parameter", e->parameter},
                          {"mean", e->value * axis.scale},
                          {"lo", e->lo * axis.scale},
                          {"hi", e->hi * axis.scale},
                          {"text", show(e->value)}});
        series.names.push_back(e->parameter);
        series.colours.push_back(colour::blue);
        table.rows.push_back({html(e->parameter), html(show(e->value)), html(show(e->lo) + " to " + show(e->hi))});
    }
    const Json spec = interval_bars("What " + m.label + " rests on", values, "parameter", "parameter", series,
                                    axis.title, axis.percent);
    return chart_figure("chart-sensitivity-" + std::to_string(n), "What " + html(m.label) + " rests on", spec, table);
}

// The spread only: the figure as written is the report's own, above, run with
// more replications than each draw has.
std::string headline_part(const ReportInput& in, const SensitivityDigest& s, const SensitivityDigest::Metric& m,
                          std::size_t n) {
    std::string words = "<strong>" + html(m.label) + "</strong>: " + figure(in, m, m.p5) + " to " +
                        figure(in, m, m.p95) + " across the plausible worlds.";
    if (s.method == "uncertainty") return paragraph(words);
    const auto shown = shown_assumptions(m, index_text(in, tornado_axis(s, m), m));
    if (shown.empty()) return paragraph(words + " No assumption moves it.");
    words += " It rests most on " + html(shown.front()->parameter);
    if (shown.size() > 1) words += ", then " + html(shown[1]->parameter);
    return paragraph(words + ".") + tornado(in, s, m, n);
}

std::string share_or_dash(const std::optional<double>& p) { return p ? html(text::percent_of_all(*p)) : "&ndash;"; }

// Robustness needs a sample of the plausible worlds, which Morris's grid is not.
const char* const robustness_needs_sample =
    "A Morris screening says which assumptions matter, not how often the ranking holds: run "
    "pathways sensitivity with --method sobol or --method uncertainty for that.";

// The study's gaps in the order of the report's own ranking, then any it ranks
// that the report does not.
std::vector<const SensitivityDigest::Gap*> gaps_in_report_order(const ReportInput& in, const SensitivityDigest& s) {
    std::vector<const SensitivityDigest::Gap*> out;
    for (const Gap& gap : in.gaps.gaps) {
        const std::string path = "gaps." + gap.stage + "." + gap_kind_name(gap.kind) + ".people";
        for (const auto& g : s.gaps) {
            if (g.path == path) out.push_back(&g);
        }
    }
    for (const auto& g : s.gaps) {
        if (std::find(out.begin(), out.end(), &g) == out.end()) out.push_back(&g);
    }
    return out;
}

std::string gaps_part(const ReportInput& in, const SensitivityDigest& s) {
    if (s.gaps.empty()) return "";
    if (!s.gaps.front().p_first)
        return "<h3>Is the gap ranking robust?</h3>\n" + paragraph(html(robustness_needs_sample));
    Table table{"How often each gap is the biggest", {"Gap", "Ranked first in", "In the top three in"}, {}};
    for (const auto* g : gaps_in_report_order(in, s))
        table.rows.push_back({html(g->label), share_or_dash(g->p_first), share_or_dash(g->p_top3)});
    return "<h3>Is the gap ranking robust?</h3>\n" +
           paragraph("The share of plausible worlds in which each gap (in the order of the ranking above) touches "
                     "the most people, and in which it is among the three biggest.") +
           table.html();
}

// A change's sign; below 1e-9 it is none (a figure the what-if does not touch).
int sign_of(double change) {
    if (std::abs(change) < 1e-9) return 0;
    return change > 0 ? 1 : -1;
}

// The share of the worlds in which the effect has the sign of `change`. A
// study written before rises and falls were kept has only the share with its
// central's sign, which serves when the signs agree.
std::optional<double> share_moving(const SensitivityDigest::Effect& e, double change) {
    const int sign = sign_of(change);
    if (e.p_rises && e.p_falls) {
        if (sign != 0) return sign > 0 ? e.p_rises : e.p_falls;
        return std::max(0.0, 1 - *e.p_rises - *e.p_falls);
    }
    if (sign == sign_of(e.central)) return e.p_same_sign;
    return std::nullopt;
}

// Which way a what-if moves a figure in the report's own run: "falls", or
// "rises, within noise" when its interval holds zero.
std::string direction(const WhatIfMove& move) {
    if (!move.change) return "not compared in this report";
    const int sign = sign_of(*move.change);
    if (sign == 0) return "no change";
    return std::string(sign > 0 ? "rises" : "falls") + (move.clear ? "" : ", within noise");
}

std::string best_share(const SensitivityDigest::Scenario& sc, const std::string& metric) {
    for (const auto& [path, share] : sc.p_best) {
        if (path == metric) return html(text::percent_of_all(share));
    }
    return "&ndash;";
}

std::string what_ifs_part(const ReportInput& in, const SensitivityDigest& s) {
    if (s.scenarios.empty()) return "";
    if (!s.sampled) return "<h3>Do the what-ifs hold?</h3>\n" + paragraph(html(robustness_needs_sample));
    const bool several = s.scenarios.size() > 1;
    std::vector<std::string> columns{"What-if", "Figure", "In this report's run, it", "Same way in"};
    if (several) columns.push_back("Best of the what-ifs in");
    Table table{"How robust each what-if is", columns, {}};
    for (const auto& sc : s.scenarios) {
        for (const auto& e : sc.effects) {
            const SensitivityDigest::Metric* m = s.find(e.metric);
            const WhatIfMove move = what_if_move(in, sc.name, e);
            if (!m || !headline(*m)) continue;
            const bool moves = move.change && sign_of(*move.change) != 0;
            std::vector<std::string> row{html(sc.name), html(m->label), html(direction(move)),
                                         moves ? share_or_dash(move.share) : "&ndash;"};
            if (several) row.push_back(best_share(sc, e.metric));
            table.rows.push_back(row);
        }
    }
    return "<h3>Do the what-ifs hold?</h3>\n" +
           paragraph("For each what-if, which way it moves each figure in this report's own run (the what-ifs "
                     "above, on the same simulated households), and the share of plausible worlds in which it moves "
                     "the same way" +
                     std::string(several ? ", and how often it does best of the what-ifs compared." : ".")) +
           table.html();
}

}  // namespace

WhatIfMove what_if_move(const ReportInput& in, const std::string& what_if, const SensitivityDigest::Effect& effect) {
    WhatIfMove out;
    for (const ScenarioComparison& s : in.comparison) {
        if (s.name != what_if) continue;
        for (const MetricDifference& d : s.differences) {
            if (d.path != effect.metric) continue;
            out = {d.difference.mean, d.clear(), share_moving(effect, d.difference.mean)};
        }
    }
    return out;
}

std::string sensitivity_section(const ReportInput& in) {
    if (!in.sensitivity) return "";
    const SensitivityDigest& s = *in.sensitivity;
    std::string body = paragraph(html(how_it_ran(s)));
    if (s.method != "uncertainty") body += paragraph(html(index_words(s)));
    std::size_t n = 0;
    for (const auto& m : s.metrics) {
        if (headline(m)) body += headline_part(in, s, m, ++n);
    }
    body += gaps_part(in, s) + what_ifs_part(in, s);
    return section("sensitivity", "How sure are we", body);
}

}  // namespace pathways::report
