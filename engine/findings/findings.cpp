#include "findings/findings.h"

namespace pathways::findings {

namespace {

Recommendation recommend(const std::vector<Loss>& losses, std::size_t l,
                         const std::vector<ScenarioComparison>& what_ifs) {
    Recommendation r;
    r.loss = l;
    r.what_if = losses[l].best;
    if (!r.what_if || *r.what_if >= what_ifs.size()) return r;
    const ScenarioDescription& about = what_ifs[*r.what_if].about;
    r.cost_one_off = about.cost_one_off;
    r.cost_per_year = about.cost_per_year;
    r.decided_by = about.decided_by;
    return r;
}

}  // namespace

Findings find(const Model& model, const Results& results, const GapAnalysis& gaps,
              const std::vector<ScenarioComparison>& what_ifs, const AppraisalDigest* appraisal) {
    Findings f;
    f.headline = headline_totals(results);
    f.losses = losses_to_name(model, gaps);
    for (std::size_t l = 0; l < f.losses.size(); ++l) f.recommendations.push_back(recommend(f.losses, l, what_ifs));
    if (appraisal) f.first_steps = first_steps(*appraisal);
    return f;
}

}  // namespace pathways::findings
