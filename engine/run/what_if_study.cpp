#include "run/what_if_study.h"

#include <chrono>

namespace pathways {

StudyRun run_and_summarise(const Model& model, const RunRequest& request, RunProvenance provenance) {
    const auto start = std::chrono::steady_clock::now();
    StudyRun out{run_model(model, request), {}};
    provenance.auto_replications = request.automatic.has_value();
    provenance.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out.results = build_results(model, out.run, provenance);
    return out;
}

std::vector<ScenarioComparison> run_what_ifs(const RunResults& baseline, const std::vector<WhatIf>& what_ifs,
                                             RunRequest request) {
    request.automatic.reset();
    request.replications = static_cast<std::uint32_t>(baseline.replications.size());
    std::vector<ScenarioComparison> out;
    for (const WhatIf& w : what_ifs) {
        StudyRun run = run_and_summarise(*w.model, request, w.provenance);
        // Which outcomes settle is read from the what-if's model, which is alive
        // here: a run keeps a reference to its model, and the baseline's may
        // have been moved since it ran.
        const SumDifference settled = paired_sum(baseline, run.run, settled_share_paths(*w.model, *run.run.layout));
        out.push_back(
            {w.name, w.file, std::move(run.results), paired_differences(baseline, run.run), w.about, {}, settled});
    }
    return out;
}

}  // namespace pathways
