#include "report/results/results_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "report/results/rules_text.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

std::string fmt(const char* format, double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, v);
    return buffer;
}

std::string with_interval(const Stat& stat, const char* format, double scale = 1) {
    return fmt(format, stat.mean * scale) + " (" + fmt(format, stat.lo * scale) + "-" + fmt(format, stat.hi * scale) +
           ")";
}

void outcomes(std::ostringstream& out, const Results& r) {
    out << "Outcomes (share of the cohort, 95% interval; days since arrival)\n";
    out << "  " << table_cell("outcome", 24) << table_cell("kind", 10) << table_cell("share %", 22)
        << table_cell("mean d", 9, Align::right) << table_cell("p50 d", 9, Align::right)
        << table_cell("p90 d", 9, Align::right) << "\n";
    for (const OutcomeResult& o : r.outcomes) {
        const Figures& f = o.figures;
        out << "  " << table_cell(o.id, 24) << table_cell(outcome_kind_name(o.kind), 10)
            << table_cell(with_interval(f[Metric::outcome_share], "%.1f", 100), 22)
            << table_cell(fmt("%.0f", f[Metric::outcome_days_mean].mean), 9, Align::right)
            << table_cell(fmt("%.0f", f[Metric::outcome_days_p50].mean), 9, Align::right)
            << table_cell(fmt("%.0f", f[Metric::outcome_days_p90].mean), 9, Align::right) << "\n";
    }
    const double unfinished = r.whole[Metric::cohort_unfinished].mean;
    out << "  " << table_cell("unfinished", 34)
        << table_cell(fmt("%.1f", 100 * unfinished / std::max(1.0, r.whole[Metric::cohort_size].mean)), 22) << "\n";
}

void stages(std::ostringstream& out, const Results& r) {
    out << "\nStages (cohort entries per replication; wait and stay in days; occupancy over the window)\n";
    out << "  " << table_cell("stage", 24) << table_cell("kind", 9) << table_cell("entries", 10, Align::right)
        << table_cell("wait", 8, Align::right) << table_cell("stay", 8, Align::right)
        << table_cell("reneged", 9, Align::right) << table_cell("diverted", 10, Align::right)
        << table_cell("drop-offs", 11, Align::right) << table_cell("occupancy", 11, Align::right)
        << table_cell("use %", 7, Align::right) << "\n";
    for (const StageResult& s : r.stages) {
        const Figures& f = s.figures;
        auto cell = [&](Metric m, std::size_t width) {
            return table_cell(fmt("%.1f", f[m].mean), width, Align::right);
        };
        out << "  " << table_cell(s.id, 24) << table_cell(stage_kind_name(s.kind), 9) << cell(Metric::entries, 10)
            << cell(Metric::mean_wait_days, 8) << cell(Metric::mean_days_in_stage, 8) << cell(Metric::reneged, 9)
            << cell(Metric::diverted_by_deadline, 10) << cell(Metric::drop_offs_after, 11)
            << cell(Metric::mean_occupancy, 11)
            << table_cell(f.has(Metric::utilisation) ? fmt("%.0f", 100 * f[Metric::utilisation].mean) : "", 7,
                          Align::right)
            << "\n";
    }
}

// Each cohort stream apart (format 1.1), so a borough's own grants and people
// arriving from elsewhere are never read as one figure.
void streams(std::ostringstream& out, const Results& r) {
    if (r.by_arrival.size() < 2) return;
    out << "\nBy arrival stream (households per replication; share of each stream's own cohort)\n";
    for (const ArrivalResult& a : r.by_arrival) {
        out << "  " << table_cell(a.id + (a.headline ? " (headline)" : ""), 34)
            << fmt("%.1f", a.figures[Metric::arrival_cohort].mean) << " households, mean "
            << fmt("%.1f", a.figures[Metric::arrival_time_mean].mean) << " d in the pathway\n   ";
        for (std::size_t o = 0; o < a.outcomes.size() && o < r.outcomes.size(); ++o)
            out << " " << r.outcomes[o].id << " "
                << fmt("%.1f", 100 * a.outcomes[o][Metric::arrival_outcome_share].mean) << "%";
        out << "\n";
    }
}

// Journey rules lead: a model that breaks its own rules is read with that in mind.
void rules_block(std::ostringstream& out, const Results& r) {
    if (r.rules.empty()) return;
    out << "Journey rules: " << rules_checked(r.rules) << "\n";
    for (const RuleResult& rule : r.rules) {
        if (rule.held()) continue;
        out << "  " << rule.id << " (" << one_line(rule.label) << "): " << rule_broken_by(rule) << "\n";
    }
    out << "\n";
}

// Format 1.2 measures, headline ones first: what the model says it counts.
void measures(std::ostringstream& out, const Results& r) {
    if (r.measures.empty()) return;
    out << "Measures (households a year of the cohort window; share of the measure's population; 95% interval)\n";
    for (bool headline : {true, false}) {
        for (const MeasureResult& m : r.measures) {
            if (m.headline != headline) continue;
            out << "  " << table_cell(m.id + (m.headline ? " (headline)" : ""), 34)
                << table_cell(with_interval(m.figures[Metric::measure_per_year], "%.1f") + " a year", 28)
                << with_interval(m.figures[Metric::measure_share], "%.1f", 100) << " %\n";
            out << "    " << one_line(m.label.empty() ? m.id : m.label) << " ("
                << (m.higher_is_better ? "higher" : "lower") << " is better)\n";
        }
    }
    out << "\n";
}

// Three significant figures without an exponent, so 120000 and 0.00002 read as they are.
std::string target_number(double v) {
    if (std::abs(v) >= 1000) return fmt("%.0f", v);
    if (v != 0 && std::abs(v) < 1e-4) return text::trimmed(v, 8);
    return fmt("%.3g", v);
}

void target_rows(std::ostringstream& out, const Results& r, TargetRole role, const char* heading) {
    bool any = false;
    for (const TargetResult& t : r.targets) {
        if (t.role != role) continue;
        if (!any) out << "\n" << heading << "\n";
        any = true;
        const Stat& v = t.value;
        const std::string value = t.unclear_because.empty() ? target_number(v.mean) + " (" + target_number(v.lo) + "-" +
                                                                  target_number(v.hi) + ")"
                                                            : "no value";
        out << "  " << table_cell(t.id, 28) << table_cell(value, 26) << " band " << target_number(t.low) << "-"
            << target_number(t.high) << "  " << t.status << "\n";
        if (!t.unclear_because.empty()) out << "    " << one_line(t.unclear_because) << "\n";
        if (!t.status_note.empty()) out << "    note: " << one_line(t.status_note) << "\n";
    }
}

// Targets the parameters were tuned to are never shown as independent checks.
void targets(std::ostringstream& out, const Results& r) {
    // A pathways/1 model cannot say what was tuned, so its targets are not called independent.
    target_rows(out, r, TargetRole::validation,
                r.version_1_1 ? "Validation targets (nothing was tuned to these)" : "Validation targets");
    target_rows(out, r, TargetRole::calibration, "Calibration targets (parameters were chosen to meet these)");
}

}  // namespace

std::string results_table(const Results& r) {
    std::ostringstream out;
    out << one_line(r.model_name) << "\n";
    out << "Cohort: " << fmt("%.1f", r.whole[Metric::cohort_size].mean) << " people per replication, "
        << r.settings.replications << (r.settings.replications == 1 ? " replication" : " replications") << ", seed "
        << r.settings.seed << "\n\n";
    rules_block(out, r);
    measures(out, r);
    outcomes(out, r);
    out << "\nTime in the pathway: mean " << with_interval(r.whole[Metric::time_mean], "%.1f") << " d, median "
        << fmt("%.0f", r.whole[Metric::time_p50].mean) << " d, p90 " << fmt("%.0f", r.whole[Metric::time_p90].mean)
        << " d\n";
    streams(out, r);
    stages(out, r);
    if (r.whole[Metric::cost_total].mean > 0) {
        out << "\nCost: " << text::money(r.whole[Metric::cost_total].mean, r.currency) << " in the window; "
            << text::money(r.whole[Metric::cost_per_person].mean, r.currency) << " per cohort member\n";
    }
    targets(out, r);
    if (r.settings.precision_met && !*r.settings.precision_met) {
        out << "\nNote: the precision asked for was not reached within the maximum number of replications.\n";
    }
    out << "\n" << r.events << " events in " << fmt("%.2f", r.wall_seconds) << " s\n";
    return out.str();
}

}  // namespace pathways
