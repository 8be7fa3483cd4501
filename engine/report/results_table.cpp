#include "report/results_table.h"

#include <cstdio>
#include <sstream>

namespace pathways {

namespace {

std::string fmt(const char* format, double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, v);
    return buffer;
}

std::string pad(const std::string& s, std::size_t width, bool right = false) {
    if (s.size() >= width) return s;
    return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

double mean(const Json& stat) { return stat.value("mean", 0.0); }

std::string with_interval(const Json& stat, const char* format, double scale = 1) {
    return fmt(format, mean(stat) * scale) + " (" + fmt(format, stat["ci95"][0].get<double>() * scale) + "-" +
           fmt(format, stat["ci95"][1].get<double>() * scale) + ")";
}

void outcomes(std::ostringstream& out, const Model& model, const Json& s) {
    out << "Outcomes (share of the cohort, 95% interval; days since arrival)\n";
    out << "  " << pad("outcome", 24) << pad("kind", 10) << pad("share %", 22) << pad("mean d", 9, true)
        << pad("p50 d", 9, true) << pad("p90 d", 9, true) << "\n";
    for (const auto& [id, o] : s["outcomes"].items()) {
        const Json& d = o["days_to_outcome"];
        out << "  " << pad(id, 24) << pad(o["kind"].get<std::string>(), 10)
            << pad(with_interval(o["share"], "%.1f", 100), 22) << pad(fmt("%.0f", mean(d["mean"])), 9, true)
            << pad(fmt("%.0f", mean(d["p50"])), 9, true) << pad(fmt("%.0f", mean(d["p90"])), 9, true) << "\n";
    }
    out << "  " << pad("unfinished", 34)
        << pad(fmt("%.1f", 100 * mean(s["cohort"]["unfinished"]) / std::max(1.0, mean(s["cohort"]["size"]))), 22)
        << "\n";
    (void)model;
}

void stages(std::ostringstream& out, const Json& s) {
    out << "\nStages (cohort entries per replication; wait and stay in days; occupancy over the window)\n";
    out << "  " << pad("stage", 24) << pad("kind", 9) << pad("entries", 10, true) << pad("wait", 8, true)
        << pad("stay", 8, true) << pad("reneged", 9, true) << pad("diverted", 10, true)
        << pad("drop-offs", 11, true) << pad("occupancy", 11, true) << pad("use %", 7, true) << "\n";
    for (const auto& [id, st] : s["stages"].items()) {
        out << "  " << pad(id, 24) << pad(st["kind"].get<std::string>(), 9)
            << pad(fmt("%.1f", mean(st["entries"])), 10, true) << pad(fmt("%.1f", mean(st["mean_wait_days"])), 8, true)
            << pad(fmt("%.1f", mean(st["mean_days_in_stage"])), 8, true)
            << pad(fmt("%.1f", mean(st["reneged"])), 9, true)
            << pad(fmt("%.1f", mean(st["diverted_by_deadline"])), 10, true)
            << pad(fmt("%.1f", mean(st["drop_offs_after"])), 11, true)
            << pad(fmt("%.1f", mean(st["mean_occupancy"])), 11, true)
            << pad(st.contains("utilisation") ? fmt("%.0f", 100 * mean(st["utilisation"])) : "", 7, true) << "\n";
    }
}

void targets(std::ostringstream& out, const Json& s) {
    if (!s.contains("targets") || s["targets"].empty()) return;
    out << "\nValidation targets\n";
    for (const auto& [id, t] : s["targets"].items()) {
        out << "  " << pad(id, 28) << pad(with_interval(t["value"], "%.3g"), 26) << " band "
            << fmt("%.3g", t["low"].get<double>()) << "-" << fmt("%.3g", t["high"].get<double>()) << "  "
            << t["status"].get<std::string>() << "\n";
    }
}

}  // namespace

std::string results_table(const Model& model, const Json& s) {
    std::ostringstream out;
    out << model.name << "\n";
    out << "Cohort: " << fmt("%.1f", mean(s["cohort"]["size"])) << " people per replication, "
        << s["settings"]["replications"].get<std::size_t>() << " replications, seed "
        << s["settings"]["seed"].get<std::uint64_t>() << "\n\n";
    outcomes(out, model, s);
    const Json& t = s["time_in_system_days"];
    out << "\nTime in the pathway: mean " << with_interval(t["mean"], "%.1f") << " d, median "
        << fmt("%.0f", mean(t["p50"])) << " d, p90 " << fmt("%.0f", mean(t["p90"])) << " d\n";
    stages(out, s);
    const Json& cost = s["cost"];
    if (mean(cost["total"]) > 0) {
        std::string currency = cost.value("currency", "");
        out << "\nCost: " << fmt("%.0f", mean(cost["total"])) << " " << currency << " in the window; "
            << fmt("%.0f", mean(cost["per_person"])) << " " << currency << " per cohort member\n";
    }
    targets(out, s);
    if (s["settings"].contains("replications_auto") && !s["settings"]["replications_auto"]["precision_met"]) {
        out << "\nNote: the precision asked for was not reached within the maximum number of replications.\n";
    }
    out << "\n" << s["events_processed"].get<std::uint64_t>() << " events in " << fmt("%.2f", s["wall_seconds"].get<double>())
        << " s\n";
    return out.str();
}

}  // namespace pathways
