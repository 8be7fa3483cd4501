// Sensitivity analysis on models whose answers are known in closed form, with
// the exact chain (`analyse`) as a noise-free evaluator: each design point's
// values are set into the model document as the command sets them, the model
// is loaded and solved.
#include <gtest/gtest.h>

#include "analysis/absorbing_chain.h"
#include "analysis/sensitivity_indices.h"
#include "format/parameter_draw.h"

namespace pathways {
namespace {

// A capacity-free pathway: triage, then (with p) review or lost contact;
// review, then (with q) housed or lost contact. Nobody waits, so the share
// housed is p x q and the time in the pathway the sum of the two stays.
Json two_step_model(const Json& uncertainty) {
    return {{"format", "pathways/1.1"},
            {"name", "Two steps"},
            {"arrivals", {{"referrals", {{"to", "triage"}, {"rate_per_day", 1}}}}},
            {"stages",
             {{"triage", {{"duration", 3}, {"next", {{{"to", "review"}, {"p", 0.5}}, {{"to", "lost"}, {"p", 0.5}}}}}},
              {"review", {{"duration", 5}, {"next", {{{"to", "housed"}, {"p", 0.5}}, {{"to", "lost"}, {"p", 0.5}}}}}},
              {"housed", {{"outcome", "settled"}}},
              {"lost", {{"outcome", "drop_off"}}}}},
            {"simulation", {{"horizon_days", 100}, {"replications", 2}, {"seed", 1}}},
            {"uncertainty", uncertainty}};
}

Json range(const std::string& path, double low, double high) { return {{"path", path}, {"low", low}, {"high", high}}; }

struct ChainEvaluator {
    Json document;
    Model model;
    explicit ChainEvaluator(Json doc) : document(std::move(doc)) {
        LoadResult loaded = load_model_document(document);
        if (!loaded.ok()) throw std::runtime_error(loaded.diagnostics.front().to_string());
        model = *loaded.model;
    }
    // The share housed, or the time in the pathway, at each design point.
    std::vector<double> at(const Design& d, bool time) const {
        std::vector<double> y;
        for (const auto& point : d.points) {
            const Json drawn =
                apply_parameter_values(document, model.uncertainty, parameter_values(model.uncertainty, point));
            const Model m = *load_model_document(drawn).model;
            const ChainFigures f = analyse_chain(m).overall;
            y.push_back(time ? f.time_in_system_days : f.outcome_probability[*m.find_stage("housed")]);
        }
        return y;
    }
};

TEST(SobolClosedForm, AnOutcomeShareThatIsOneRoutingShareOwesAllItsVarianceToThatShare) {
    const ChainEvaluator e(two_step_model({{"into_review", range("/stages/triage/next/0/p", 0.2, 0.8)},
                                           {"triage_days", range("/stages/triage/duration", 1, 9)}}));
    // With q fixed at 0.5, the share housed is p / 2: linear in the one parameter.
    const Design d = saltelli_design(2, 512);
    const auto s = *sobol_indices(d, e.at(d, false), bootstrap_resamples_for(d.base, 1, 200));
    // Saltelli's first-order estimator is the noisier of the two: its interval
    // must hold the exact value, and the estimate be near it.
    EXPECT_NEAR(s[0].s1.value, 1, 0.05);
    EXPECT_LE(s[0].s1.lo, 1);
    EXPECT_GE(s[0].s1.hi, 1);
    EXPECT_NEAR(s[0].st.value, 1, 0.02);
    EXPECT_DOUBLE_EQ(s[1].s1.value, 0);
    EXPECT_DOUBLE_EQ(s[1].st.value, 0);
}

// For Y = X1 X2 with independent X_i of mean m_i and variance v_i:
// V = (v1 + m1^2)(v2 + m2^2) - m1^2 m2^2, S1_1 = m2^2 v1 / V and
// ST_1 = v1 (m2^2 + v2) / V.
TEST(SobolClosedForm, AProductOfTwoSharesHasTheIndicesOfAProductOfUniforms) {
    const ChainEvaluator e(two_step_model({{"into_review", range("/stages/triage/next/0/p", 0.1, 0.9)},
                                           {"housed_after_review", range("/stages/review/next/0/p", 0.3, 0.7)}}));
    const double m1 = 0.5, v1 = 0.8 * 0.8 / 12, m2 = 0.5, v2 = 0.4 * 0.4 / 12;
    const double V = (v1 + m1 * m1) * (v2 + m2 * m2) - m1 * m1 * m2 * m2;
    const Design d = saltelli_design(2, 1024);
    const auto s = *sobol_indices(d, e.at(d, false), bootstrap_resamples_for(d.base, 1, 200));
    EXPECT_NEAR(s[0].s1.value, m2 * m2 * v1 / V, 0.02);
    EXPECT_NEAR(s[0].st.value, v1 * (m2 * m2 + v2) / V, 0.02);
    EXPECT_NEAR(s[1].s1.value, m1 * m1 * v2 / V, 0.02);
    EXPECT_NEAR(s[1].st.value, v2 * (m1 * m1 + v1) / V, 0.02);
    EXPECT_LE(s[0].s1.lo, s[0].s1.value);
    EXPECT_GE(s[0].s1.hi, s[0].s1.value);
}

// The time in the pathway is triage's stay plus half of review's: linear, so
// every elementary effect is exact.
TEST(MorrisClosedForm, TimeInAPathwayOfTwoStaysHasEffectsEqualToEachRangeTimesTheShareStaying) {
    const ChainEvaluator e(two_step_model({{"triage_days", range("/stages/triage/duration", 1, 5)},
                                           {"review_days", range("/stages/review/duration", 2, 10)},
                                           {"housed_after_review", range("/stages/review/next/0/p", 0.3, 0.7)}}));
    const Design d = morris_design(3, 10, 11);
    const auto m = morris_indices(d, e.at(d, true), bootstrap_resamples_for(d.base, 1, 200));
    EXPECT_NEAR(m[0].mu_star.value, 4, 1e-9);
    EXPECT_NEAR(m[1].mu_star.value, 0.5 * 8, 1e-9);  // half the people go on to review
    EXPECT_NEAR(m[2].mu_star.value, 0, 1e-9);
    for (const auto& one : m) EXPECT_NEAR(one.sigma.value, 0, 1e-9);
}

}  // namespace
}  // namespace pathways
