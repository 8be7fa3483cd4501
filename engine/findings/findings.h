#pragma once
// What a gap analysis finds, decided once from the results, the gaps and the
// what-ifs: the headline counts, the losses to name and what to do about
// each. The report, findings.json and every other output read these and only
// put them into words; none decides again which loss is named or which
// what-if is recommended.
#include <optional>
#include <string>
#include <vector>

#include "analysis/gap_ranking.h"
#include "findings/appraisal_digest.h"
#include "findings/arrival_totals.h"
#include "findings/first_steps.h"
#include "findings/losses.h"
#include "model/model.h"
#include "results/results.h"
#include "run/comparison.h"

namespace pathways::findings {

// What to do about one named loss: at its place, in its window, for its
// group, about its count (the measure), the action (the what-if that closes
// most of it; none: support no what-if yet tries), what the action costs, and
// who decides it ("": the model's own organisation; else a body to press).
struct Recommendation {
    std::size_t loss = 0;  // in Findings::losses: the place, the window, the group and the measure
    std::optional<std::size_t> what_if;
    std::optional<double> cost_one_off, cost_per_year;
    std::string decided_by;
};

struct Findings {
    Headline headline;
    std::vector<Loss> losses;  // in the order the summary names them
    std::vector<Recommendation> recommendations;
    // With an appraisal of the council's actions (`gaps --appraisal`): what to do first.
    std::optional<FirstSteps> first_steps;
};

Findings find(const Model& model, const Results& results, const GapAnalysis& gaps,
              const std::vector<ScenarioComparison>& what_ifs, const AppraisalDigest* appraisal = nullptr);

}  // namespace pathways::findings
