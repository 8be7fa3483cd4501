#include "report/results/sensitivity_combine.h"

namespace pathways {

namespace {

bool screens(const SensitivityDigest& s) { return s.method == "morris" || s.method == "sobol"; }

// The spread of each figure from the sample; what it rests on from the screening.
std::vector<SensitivityDigest::Metric> combined_metrics(const SensitivityDigest& screening,
                                                        const SensitivityDigest& sample) {
    std::vector<SensitivityDigest::Metric> out = sample.metrics;
    for (auto& m : out) {
        const SensitivityDigest::Metric* screened = screening.find(m.path);
        m.importance = screened ? screened->importance : std::vector<SensitivityDigest::Importance>{};
    }
    return out;
}

}  // namespace

SensitivityDigest combine_sensitivity(std::vector<SensitivityDigest> studies) {
    if (studies.size() == 1) return std::move(studies.front());
    if (studies.size() != 2)
        throw SensitivityMismatch("give at most two studies: a screening and a sample of the plausible worlds");
    if (studies[0].model_sha256 != studies[1].model_sha256 || studies[0].scenario_sha256 != studies[1].scenario_sha256)
        throw SensitivityMismatch("the two studies are of different models (their model or -s scenario files differ)");
    // A Morris screening is never the sample; otherwise the first given screens.
    const std::size_t first = studies[1].method == "morris" ? 1 : 0;
    const SensitivityDigest& screening = studies[first];
    const SensitivityDigest& sample = studies[1 - first];
    if (!screens(screening) || !sample.sampled)
        throw SensitivityMismatch(
            "of two studies, one must be a screening (--method morris or sobol) and the other a sample "
            "(--method uncertainty or sobol)");
    SensitivityDigest out = sample;
    out.method = screening.method;
    out.index = screening.index;
    out.runs = screening.runs + sample.runs;
    out.studies = {screening.studies.front(), sample.studies.front()};
    out.metrics = combined_metrics(screening, sample);
    return out;
}

}  // namespace pathways
