// Sensitivity designs and estimators on functions whose answers are known:
// the shape of Morris trajectories and Saltelli matrices, quantiles, and the
// robustness shares.
#include <cmath>

#include <gtest/gtest.h>

#include "analysis/plausible_worlds.h"
#include "analysis/sensitivity_indices.h"

namespace pathways {
namespace {

TEST(MorrisDesign, EachTrajectoryMovesEveryParameterOnceByTheStepOnTheGrid) {
    const Design d = morris_design(3, 10, 7);
    ASSERT_EQ(d.points.size(), 10u * 4u);
    for (std::size_t t = 0; t < 10; ++t) {
        std::vector<int> moved(3, 0);
        for (std::size_t step = 0; step < 3; ++step) {
            const auto& before = d.points[t * 4 + step];
            const auto& after = d.points[t * 4 + step + 1];
            const MorrisMove m = d.moves[t][step];
            moved[m.parameter] += 1;
            EXPECT_NEAR(after[m.parameter] - before[m.parameter], m.sign * morris_step, 1e-12);
            for (std::size_t i = 0; i < 3; ++i) {
                if (i != m.parameter) {
                    EXPECT_EQ(after[i], before[i]);
                }
                const double level = after[i] * (morris_levels - 1);
                EXPECT_NEAR(level, std::round(level), 1e-12);
            }
        }
        EXPECT_EQ(moved, std::vector<int>(3, 1));
    }
}

TEST(MorrisDesign, TheSameSeedGivesTheSameTrajectoriesAndAnotherSeedOthers) {
    EXPECT_EQ(morris_design(4, 5, 1).points, morris_design(4, 5, 1).points);
    EXPECT_NE(morris_design(4, 5, 1).points, morris_design(4, 5, 2).points);
}

TEST(SaltelliDesign, EachBasePointHasAAndBAndAWithOneColumnFromB) {
    const Design d = saltelli_design(3, 8);
    ASSERT_EQ(d.points.size(), 8u * 5u);
    for (std::size_t j = 0; j < 8; ++j) {
        const auto& a = d.points[j * 5];
        const auto& b = d.points[j * 5 + 1];
        for (std::size_t i = 0; i < 3; ++i) {
            std::vector<double> expected = a;
            expected[i] = b[i];
            EXPECT_EQ(d.points[j * 5 + 2 + i], expected);
        }
    }
    EXPECT_EQ(world_points(d).size(), 16u);
}

TEST(SobolPoints, FollowBoostsSequenceWithoutTheZeroPoint) {
    const Design d = sobol_points(2, 3);
    EXPECT_EQ(d.points[0], (std::vector<double>{0.5, 0.5}));
    EXPECT_EQ(d.points[1], (std::vector<double>{0.75, 0.25}));
    EXPECT_EQ(d.points[2], (std::vector<double>{0.25, 0.75}));
}

TEST(ParameterValue, MapsQuantilesThroughEachSpread) {
    UncertainParameter p;
    p.low = 2;
    p.high = 8;
    EXPECT_DOUBLE_EQ(parameter_value(p, 0.5), 5);
    p.dist = Spread::loguniform;
    EXPECT_DOUBLE_EQ(parameter_value(p, 0.5), 4);
    p.dist = Spread::triangular;
    p.mode = 2;  // F(x) = 1 - ((8 - x) / 6)^2
    EXPECT_NEAR(parameter_value(p, 0.75), 8 - 6 * std::sqrt(0.25), 1e-12);
}

// Morris on f = 3 x0 - 2 x1 + 0 x2 over ranges of width 1: every effect is the slope.
TEST(MorrisIndices, OnALinearFunctionEveryEffectIsTheSlopeTimesTheRange) {
    const Design d = morris_design(3, 12, 3);
    std::vector<double> y;
    for (const auto& x : d.points) y.push_back(3 * 10 * x[0] - 2 * 4 * x[1]);  // ranges 10 and 4
    const auto m = morris_indices(d, y, bootstrap_resamples_for(d.base, 1, 200));
    EXPECT_NEAR(m[0].mu.value, 30, 1e-9);
    EXPECT_NEAR(m[0].mu_star.value, 30, 1e-9);
    EXPECT_NEAR(m[1].mu.value, -8, 1e-9);
    EXPECT_NEAR(m[1].mu_star.value, 8, 1e-9);
    EXPECT_NEAR(m[2].mu_star.value, 0, 1e-12);
    for (const auto& one : m) EXPECT_NEAR(one.sigma.value, 0, 1e-9);
    EXPECT_NEAR(m[0].mu_star.lo, 30, 1e-9);
    EXPECT_NEAR(m[0].mu_star.hi, 30, 1e-9);
}

TEST(SobolIndices, AConstantMetricHasNoVarianceToApportion) {
    const Design d = saltelli_design(2, 16);
    EXPECT_FALSE(sobol_indices(d, std::vector<double>(d.points.size(), 4.0), {}).has_value());
}

TEST(Quantile, InterpolatesBetweenOrderStatistics) {
    EXPECT_DOUBLE_EQ(quantile({4, 1, 3, 2}, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(quantile({4, 1, 3, 2}, 0.0), 1);
    EXPECT_DOUBLE_EQ(quantile({4, 1, 3, 2}, 1.0), 4);
    EXPECT_DOUBLE_EQ(quantile({0, 10}, 0.05), 0.5);
}

TEST(GapRankOdds, CountDrawsInWhichEachGapLeadsOrIsInTheTopThree) {
    const auto odds = gap_rank_odds({{5, 4, 3, 1}, {1, 4, 3, 5}, {2, 2, 1, 9}, {9, 1, 1, 1}});
    EXPECT_DOUBLE_EQ(odds[0].first, 0.5);
    EXPECT_DOUBLE_EQ(odds[3].first, 0.5);
    EXPECT_DOUBLE_EQ(odds[1].first, 0.0);
    EXPECT_DOUBLE_EQ(odds[0].top3, 0.75);
    EXPECT_DOUBLE_EQ(odds[1].top3, 1.0);  // ties keep the central order
    EXPECT_DOUBLE_EQ(odds[2].top3, 0.75);
    EXPECT_DOUBLE_EQ(odds[3].top3, 0.5);
}

TEST(SameSignShare, CountsDrawsAgreeingWithTheCentralEstimate) {
    EXPECT_DOUBLE_EQ(same_sign_share({-1, -2, 0.5, -0.1}, -3), 0.75);
    EXPECT_DOUBLE_EQ(same_sign_share({0, 0, 1, 0}, 0), 0.75);
}

TEST(BestShares, FollowTheMetricsBetterDirection) {
    const std::vector<std::vector<double>> effects = {{-1, -2}, {-3, -2}, {-1, -5}};
    EXPECT_EQ(best_shares(effects, Better::lower), (std::vector<double>{1.0 / 3, 2.0 / 3}));
    EXPECT_EQ(best_shares(effects, Better::higher), (std::vector<double>{2.0 / 3, 1.0 / 3}));
    EXPECT_EQ(best_shares(effects, Better::neither), (std::vector<double>{0, 0}));
}

}  // namespace
}  // namespace pathways
