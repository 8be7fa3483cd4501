#include "compare_worlds.h"

#include <algorithm>
#include <thread>

#include "analysis/plausible_worlds.h"
#include "report/results/comparison_table.h"
#include "sensitivity_draws.h"

namespace pathways::cli {

namespace {

// Every what-if's headline figures, each once, in the order the table first shows them.
std::vector<std::string> headline_paths(const SimulationRun& baseline,
                                        const std::vector<ScenarioComparison>& scenarios) {
    std::vector<std::string> paths;
    for (const ScenarioComparison& s : scenarios) {
        for (const MetricDifference* d : headline_differences(*baseline.loaded.model, baseline.results, s)) {
            if (std::find(paths.begin(), paths.end(), d->path) == paths.end()) paths.push_back(d->path);
        }
    }
    return paths;
}

// What-if w's effects across the worlds. values: [world][the followed paths'
// values, then each what-if's effect on each of them] (DrawRunner::follow).
AcrossWorlds across(const std::string& file, const std::vector<std::string>& paths,
                    const std::vector<std::vector<double>>& values, std::size_t w, const SimulationRun& baseline,
                    const ScenarioComparison& s) {
    AcrossWorlds out{file, values.size(), {}};
    for (const MetricDifference* d : headline_differences(*baseline.loaded.model, baseline.results, s)) {
        const auto p = static_cast<std::size_t>(std::find(paths.begin(), paths.end(), d->path) - paths.begin());
        std::vector<double> effects;
        for (const auto& world : values) effects.push_back(world[paths.size() * (1 + w) + p]);
        out.effects.push_back(effect_across_worlds(d->path, effects, d->difference.mean));
    }
    return out;
}

}  // namespace

WorldsComparison read_worlds_comparison(const std::string& worlds_file, const SimulationOptions& options) {
    return {read_worlds_option(worlds_file, options.model_path), world_changes(options.scenarios)};
}

void add_effects_across_worlds(const WorldsComparison& in, const SimulationOptions& options,
                               const SimulationRun& baseline, std::vector<ScenarioComparison>& scenarios,
                               DrawSharing& sharing) {
    const std::vector<std::string> paths = headline_paths(baseline, scenarios);
    const auto replications = static_cast<std::uint32_t>(baseline.run.replications.size());
    DrawRunner runner(read_json_file(options.model_path), {}, in.what_ifs, options, replications);
    runner.follow(paths);
    const unsigned threads = options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.threads;
    const auto values = runner.evaluate_all(sharing, in.worlds.values, threads);
    if (!sharing.root()) return;
    for (std::size_t w = 0; w < scenarios.size(); ++w)
        scenarios[w].across_worlds = across(in.worlds.file, paths, values, w, baseline, scenarios[w]);
}

}  // namespace pathways::cli
