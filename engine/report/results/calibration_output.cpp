#include "report/results/calibration_output.h"

#include <algorithm>
#include <cmath>

#include "analysis/sensitivity_design.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

struct Span {
    double low = 0, high = 0;
};

std::vector<double> world_values(const CalibrationRun& run, const MatchedWorld& world) {
    return written_parameter_values(run.parameters, world.unit);
}

// Parameter p's range over the kept worlds, in its own units; none when no world was kept.
std::optional<Span> calibrated_region(const CalibrationRun& run, std::size_t p) {
    const auto kept = run.match.kept();
    if (kept.empty()) return std::nullopt;
    Span s{INFINITY, -INFINITY};
    for (const MatchedWorld* w : kept) {
        const double v = world_values(run, *w)[p];
        s = {std::min(s.low, v), std::max(s.high, v)};
    }
    return s;
}

bool was_narrowed(const CalibrationRun& run, std::size_t p) {
    return std::any_of(run.match.waves.begin(), run.match.waves.end(), [&](const MatchWave& w) {
        return std::find(w.narrowed.begin(), w.narrowed.end(), p) != w.narrowed.end();
    });
}

Json calibrated_parameters_json(const CalibrationRun& run) {
    Json out = Json::object();
    for (std::size_t p = 0; p < run.parameters.size(); ++p) {
        const UncertainParameter& u = run.parameters[p];
        const auto region = calibrated_region(run, p);
        out[u.id] = {{"label", u.label.empty() ? u.id : u.label},
                     {"prior", {u.low, u.high}},
                     {"region", region ? Json{region->low, region->high} : Json()},
                     {"narrowed", was_narrowed(run, p)}};
    }
    return out;
}

Json calibration_waves_json(const CalibrationRun& run) {
    Json out = Json::array();
    for (std::size_t w = 0; w < run.match.waves.size(); ++w) {
        const MatchWave& wave = run.match.waves[w];
        Json names = Json::array();
        for (std::size_t p : wave.narrowed) names.push_back(run.parameters[p].id);
        out.push_back({{"wave", w + 1}, {"tried", wave.worlds.size()}, {"kept", wave.kept}, {"narrowed", names}});
    }
    return out;
}

// Target t's values over the kept worlds: what the plausible worlds give.
Json simulated_json(const CalibrationRun& run, std::size_t t) {
    const Spread95 s = simulated_spread(run, t);
    return {{"p5", s.p5}, {"p50", s.p50}, {"p95", s.p95}};
}

Json calibrated_targets_json(const CalibrationRun& run) {
    Json out = Json::object();
    const bool any = !run.match.kept().empty();
    for (std::size_t t = 0; t < run.figures.size(); ++t) {
        const CalibrationFigure& f = run.figures[t];
        out[f.name] = {{"label", f.label},
                       {"role", target_role_name(f.role)},
                       {"fitted", f.match.fit},
                       {"scenario", f.scenario.empty() ? Json() : Json(f.scenario)},
                       {"low", f.match.low},
                       {"high", f.match.high},
                       {"source", f.source},
                       {"met_share", any ? Json(met_share(run.match, t, f.match)) : Json()},
                       {"simulated", any ? simulated_json(run, t) : Json()}};
    }
    return out;
}

Json cannot_meet_json(const CalibrationRun& run) {
    std::vector<MatchTarget> targets;
    for (const CalibrationFigure& f : run.figures) targets.push_back(f.match);
    const CannotMeet c = cannot_meet(run.match, targets, run.settings);
    Json alone = Json::array(), pairs = Json::array();
    for (std::size_t t : c.targets) alone.push_back(run.figures[t].name);
    for (const auto& [a, b] : c.pairs) pairs.push_back({run.figures[a].name, run.figures[b].name});
    return {{"targets", alone}, {"pairs", pairs}};
}

std::string calibration_stop_words(const CalibrationRun& run) {
    const std::string wave = "wave " + std::to_string(run.match.waves.size());
    const std::size_t pooled = run.match.pooled_waves();
    switch (run.match.stop) {
        case MatchStop::waves_done:
            if (run.settings.waves == 1) return "its one wave ran";
            if (pooled < 2) return "all " + std::to_string(run.settings.waves) + " waves ran";
            return "all " + std::to_string(run.settings.waves) + " waves ran; the last " + std::to_string(pooled) +
                   " sampled the same region (no range narrowed between them), so their kept worlds are pooled";
        case MatchStop::none_kept: return wave + " kept no world: the fitted figures cannot be met together";
        case MatchStop::too_few_kept:
            return wave + " kept " + std::to_string(run.match.waves.back().kept) + " worlds, fewer than the " +
                   std::to_string(run.settings.least_kept_to_narrow) +
                   " needed to narrow any range, so it was the last; its worlds are the plausible ones (run more "
                   "--draws "
                   "to go further)";
    }
    return "";
}

Json calibration_settings_json(const CalibrationRun& run) {
    return {{"waves", run.settings.waves},
            {"draws", run.settings.draws},
            {"replications", run.replications},
            {"cutoff", run.settings.cutoff},
            {"discrepancy", run.settings.discrepancy},
            {"narrowing_test", "two-sample Kolmogorov-Smirnov, p < 0.01, with at least 20 kept worlds"},
            {"seed", run.seed},
            {"scenarios", run.scenarios},
            {"with_targets", run.with_targets},
            {"fit", run.fit}};
}

}  // namespace

Json calibration_json(const CalibrationRun& run) {
    Json out = {{"format", "pathways-calibration/1"},
                {"model",
                 {{"name", run.model_name},
                  {"file", run.model_file},
                  {"sha256", run.model_sha256},
                  {"uncertainty_sha256", run.uncertainty_sha256}}},
                {"settings", calibration_settings_json(run)},
                {"parameters", calibrated_parameters_json(run)},
                {"waves", calibration_waves_json(run)},
                {"targets", calibrated_targets_json(run)},
                {"worlds_kept", run.match.kept().size()},
                {"stopped", calibration_stop_words(run)}};
    if (run.match.kept().empty()) out["cannot_meet"] = cannot_meet_json(run);
    return out;
}

WorldTable kept_worlds(const CalibrationRun& run) {
    WorldTable table;
    table.uncertainty_sha256 = run.uncertainty_sha256;
    for (const UncertainParameter& p : run.parameters) table.parameters.push_back(p.id);
    for (const CalibrationFigure& f : run.figures) table.targets.push_back("simulated:" + f.name);
    for (const MatchedWorld* w : run.match.kept()) {
        table.values.push_back(world_values(run, *w));
        std::vector<double> simulated;
        for (const SimulatedValue& v : w->values) simulated.push_back(v.mean);
        table.simulated.push_back(std::move(simulated));
    }
    return table;
}

Spread95 simulated_spread(const CalibrationRun& run, std::size_t t) {
    std::vector<double> values;
    for (const MatchedWorld* w : run.match.kept()) values.push_back(w->values[t].mean);
    return spread_of(values);
}

}  // namespace pathways
