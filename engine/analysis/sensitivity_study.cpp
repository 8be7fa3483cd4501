#include "analysis/sensitivity_study.h"

#include <algorithm>
#include <cmath>

namespace pathways {

namespace {

// Metric m's values at the given design points.
std::vector<double> column(const StudyInputs& in, std::size_t m, const std::vector<std::size_t>& points) {
    std::vector<double> out;
    out.reserve(points.size());
    for (std::size_t p : points) out.push_back(in.values[p][m]);
    return out;
}

std::vector<double> all_points(const StudyInputs& in, std::size_t m) {
    std::vector<double> out;
    out.reserve(in.values.size());
    for (const auto& row : in.values) out.push_back(row[m]);
    return out;
}

bool varies(const std::vector<double>& v) {
    return std::any_of(v.begin(), v.end(), [&](double x) { return x != v.front(); });
}

MetricFindings metric_findings(const StudyInputs& in, std::size_t m, const std::vector<std::size_t>& worlds,
                               const Resamples& resamples) {
    MetricFindings f;
    f.spread = spread_of(column(in, m, worlds));
    const std::vector<double> y = all_points(in, m);
    f.varies = varies(y);
    if (!f.varies) return f;
    if (in.design.method == SensitivityMethod::morris) f.morris = morris_indices(in.design, y, resamples);
    if (in.design.method == SensitivityMethod::sobol) {
        auto s = sobol_indices(in.design, y, resamples);
        f.varies = s.has_value();
        if (s) f.sobol = std::move(*s);
    }
    return f;
}

void add_robustness(const StudyInputs& in, const std::vector<std::size_t>& worlds, StudyFindings& out) {
    std::vector<std::vector<double>> people;
    for (std::size_t p : worlds) {
        std::vector<double> row;
        for (const StudyGap& g : in.gaps) row.push_back(in.values[p][g.metric]);
        people.push_back(std::move(row));
    }
    out.gaps = gap_rank_odds(people);
    for (const StudyScenario& s : in.scenarios) {
        ScenarioFindings f;
        for (std::size_t e : s.effect) {
            const std::vector<double> effects = column(in, e, worlds);
            f.same_sign.push_back(same_sign_share(effects, in.metrics[e].central));
            f.rises.push_back(same_sign_share(effects, 1));
            f.falls.push_back(same_sign_share(effects, -1));
        }
        out.scenarios.push_back(std::move(f));
    }
}

// The effect metric of scenario s on headline h, if it was compared on it.
std::optional<std::size_t> effect_on(const StudyScenario& s, std::size_t h) {
    const auto at = std::find(s.headline.begin(), s.headline.end(), h);
    if (at == s.headline.end()) return std::nullopt;
    return s.effect[static_cast<std::size_t>(at - s.headline.begin())];
}

std::optional<BestScenario> best_on(const StudyInputs& in, std::size_t h, const std::vector<std::size_t>& worlds) {
    std::vector<std::size_t> effects;
    for (const StudyScenario& s : in.scenarios) {
        auto e = effect_on(s, h);
        if (!e) return std::nullopt;
        effects.push_back(*e);
    }
    std::vector<std::vector<double>> rows;
    for (std::size_t p : worlds) {
        std::vector<double> row;
        for (std::size_t e : effects) row.push_back(in.values[p][e]);
        rows.push_back(std::move(row));
    }
    return BestScenario{h, best_shares(rows, in.metrics[h].better)};
}

}  // namespace

std::optional<std::size_t> MetricFindings::leading_parameter() const {
    std::vector<double> weight;
    for (const auto& m : morris) weight.push_back(m.mu_star.value);
    for (const auto& s : sobol) weight.push_back(s.st.value);
    if (weight.empty()) return std::nullopt;
    return static_cast<std::size_t>(std::max_element(weight.begin(), weight.end()) - weight.begin());
}

StudyFindings study_findings(const StudyInputs& in) {
    StudyFindings out;
    const std::vector<std::size_t> worlds = world_points(in.design);
    const Resamples resamples = bootstrap_resamples_for(in.design.base, in.seed);
    for (std::size_t m = 0; m < in.metrics.size(); ++m)
        out.metrics.push_back(metric_findings(in, m, worlds, resamples));
    out.robustness = in.design.method != SensitivityMethod::morris;
    if (!out.robustness) return out;
    add_robustness(in, worlds, out);
    if (in.scenarios.empty()) return out;
    for (std::size_t h : in.scenarios.front().headline) {
        if (in.metrics[h].better == Better::neither) continue;
        if (auto best = best_on(in, h, worlds)) out.best.push_back(std::move(*best));
    }
    return out;
}

}  // namespace pathways
