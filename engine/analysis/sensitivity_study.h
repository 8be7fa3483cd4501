#pragma once
// A sensitivity study's findings from the metric values at every point of
// its design: each metric's spread over the plausible worlds, the importance
// of each parameter, and the robustness of the gap ranking and of each
// what-if. Pure arithmetic on typed values; running the draws and writing the
// files happen at the edge.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/plausible_worlds.h"
#include "analysis/sensitivity_design.h"
#include "analysis/sensitivity_indices.h"

namespace pathways {

// A metric the study follows: its path, words, unit and direction, and its
// value in the model as written (the central estimate).
struct StudyMetric {
    std::string path, label;
    Unit unit = Unit::share;
    Better better = Better::neither;
    double central = 0;
};

// A ranked gap: the metric holding its size (people), in the central ranking's order.
struct StudyGap {
    std::string stage, kind, label;
    std::size_t metric = 0;
};

// A what-if: for each headline metric it was compared on, the metric holding its effect.
struct StudyScenario {
    std::string name, file;
    std::vector<std::size_t> headline;  // the metric the effect is on
    std::vector<std::size_t> effect;    // the metric holding the effect (parallel)
};

struct StudyInputs {
    Design design;
    std::vector<UncertainParameter> parameters;
    std::vector<std::vector<double>> drawn;  // [design point][parameter]: the values each point sets
    std::vector<StudyMetric> metrics;
    std::vector<StudyGap> gaps;
    std::vector<StudyScenario> scenarios;
    std::vector<std::vector<double>> values;  // [design point][metric]
    std::uint64_t seed = 1;
};

struct MetricFindings {
    Spread95 spread;
    bool varies = false;                // false: no variation, and no indices
    std::vector<MorrisIndices> morris;  // by parameter (Morris)
    std::vector<SobolIndices> sobol;    // by parameter (Sobol)
    // The parameter that matters most (largest ST or mu_star); none without indices.
    std::optional<std::size_t> leading_parameter() const;
};

// Shares of the worlds, each parallel to StudyScenario::effect. Rises and
// falls as well as the central's sign: a reader's run of the what-if, with
// more replications than the study's central one, may go the other way.
struct ScenarioFindings {
    std::vector<double> same_sign, rises, falls;
};

// How often each scenario does best on one headline metric.
struct BestScenario {
    std::size_t headline = 0;
    std::vector<double> shares;  // by scenario
};

struct StudyFindings {
    std::vector<MetricFindings> metrics;  // parallel to StudyInputs::metrics
    bool robustness = false;              // false for Morris: its trajectories are no sample of the worlds
    std::vector<RankOdds> gaps;           // parallel to StudyInputs::gaps
    std::vector<ScenarioFindings> scenarios;
    std::vector<BestScenario> best;  // headlines every scenario was compared on
};

StudyFindings study_findings(const StudyInputs& inputs);

}  // namespace pathways
