// The appraisal's arithmetic on cases whose answers are known exactly:
// packages and their clashes, the optimal computing budget allocation's
// shares, the cost-effectiveness frontier of a textbook example, the
// expected value of partial perfect information of a decision that one
// parameter flips and another leaves alone, the choice within a budget, and
// the appraisal that puts them together.
#include <cmath>
#include <stdexcept>

#include <gtest/gtest.h>

#include "analysis/action_packages.h"
#include "analysis/appraisal.h"
#include "analysis/budget_choice.h"
#include "analysis/cost_effectiveness.h"
#include "analysis/evppi.h"
#include "analysis/ocba.h"

namespace pathways {
namespace {

TEST(ActionPackages, AFigureClashesWithItselfAndWhatLiesInsideItOnly) {
    EXPECT_TRUE(writes_clash("/stages/ta/capacity", "/stages/ta/capacity"));
    EXPECT_TRUE(writes_clash("/stages/ta", "/stages/ta/capacity"));
    EXPECT_TRUE(writes_clash("/stages/ta/capacity", "/stages/ta"));
    EXPECT_FALSE(writes_clash("/stages/ta", "/stages/tab/capacity"));
    EXPECT_FALSE(writes_clash("/levers/a", "/levers/b"));
}

TEST(ActionPackages, EveryPackageWithoutAClashIsTriedAndTheClashesListed) {
    const std::vector<Action> actions{{"more_ta", 100, {"/stages/ta/capacity"}},
                                      {"ta_rebuilt", 50, {"/stages/ta"}},
                                      {"deposits", 20, {"/stages/tab/capacity", "/levers/deposit"}}};
    const PackageSearch s = packages_of(actions);
    EXPECT_TRUE(s.exhaustive);
    ASSERT_EQ(s.clashes.size(), 1u);
    EXPECT_EQ(s.clashes[0].first, 0u);
    EXPECT_EQ(s.clashes[0].second, 1u);
    EXPECT_EQ(s.clashes[0].paths, std::vector<std::string>{"/stages/ta"});
    // 7 subsets, less the 2 holding both clashing actions.
    ASSERT_EQ(s.packages.size(), 5u);
    std::vector<std::string> ids;
    for (const Package& p : s.packages) ids.push_back(package_id(p, actions));
    EXPECT_EQ(ids, (std::vector<std::string>{"more_ta", "ta_rebuilt", "deposits", "deposits+more_ta",
                                             "deposits+ta_rebuilt"}));
    EXPECT_EQ(s.packages[3].cost_per_year, 120);
}

TEST(ActionPackages, BeyondTenActionsTheHeuristicNeedsEachEffectAndFollowsEffectPerPound) {
    std::vector<Action> actions;
    std::vector<double> effect;
    for (int i = 0; i < 12; ++i) {
        std::string id = "a", lever = "/levers/l";  // appended: GCC 12 misreads `+` at -O3
        id.append(std::to_string(i));
        lever.append(std::to_string(i));
        actions.push_back({id, 10.0 * (i + 1), {lever}});
        effect.push_back(i < 3 ? 12 - i : 0);  // a0, a1, a2 help; a0 most per £
    }
    EXPECT_THROW(packages_of(actions), std::invalid_argument);
    const PackageSearch s = packages_of(actions, effect);
    EXPECT_FALSE(s.exhaustive);
    // 12 alone, 66 pairs, and the chain's one package of 3 (its first two are a pair).
    ASSERT_EQ(s.packages.size(), 12u + 66u + 1u);
    EXPECT_EQ(s.packages.back().actions, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Ocba, SharesFollowChenEtAlsRatios) {
    const std::vector<OptionEstimate> options{{10, 1, 10}, {8, 1, 10}, {0, 1, 10}};
    const std::vector<double> s = ocba_shares(options, true);
    // N1 ~ 1/2^2, N2 ~ 1/10^2, N0 = sqrt(N1^2 + N2^2).
    const double n1 = 0.25, n2 = 0.01, n0 = std::sqrt(n1 * n1 + n2 * n2), sum = n0 + n1 + n2;
    EXPECT_NEAR(s[0], n0 / sum, 1e-12);
    EXPECT_NEAR(s[1], n1 / sum, 1e-12);
    EXPECT_NEAR(s[2], n2 / sum, 1e-12);
    // Lower is better: the same shares, mirrored.
    const std::vector<double> low = ocba_shares({{-10, 1, 10}, {-8, 1, 10}, {0, 1, 10}}, false);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_NEAR(low[i], s[i], 1e-12);
}

TEST(Ocba, FurtherReplicationsGoToTheBestAndItsCloseRivalNotToTheFarOne) {
    const std::vector<OptionEstimate> options{{10, 1, 10}, {8, 1, 10}, {0, 1, 10}};
    const std::vector<std::size_t> more = ocba_allocation(options, 100, true);
    // Of 130, the far option's share (2.5) is below the 10 it has: it keeps
    // them; the other two share 120 as 0.2502 : 0.25.
    EXPECT_EQ(more, (std::vector<std::size_t>{50, 50, 0}));
    const std::vector<std::size_t> noisy = ocba_allocation({{10, 1, 10}, {8, 9, 10}, {0, 1, 10}}, 100, true);
    EXPECT_GT(noisy[1], noisy[0]);  // a noisier rival needs more
    EXPECT_EQ(noisy[0] + noisy[1] + noisy[2], 100u);
}

TEST(CostEffectiveness, FrontierOfATextbookExample) {
    const std::vector<CostEffect> o{{0, 0}, {100, 10}, {300, 15}, {250, 12}, {200, 8}, {100, 10}};
    const std::vector<FrontierPoint> f = cost_effectiveness_frontier(o);
    EXPECT_EQ(f[0].dominance, Dominance::none);
    EXPECT_FALSE(f[0].incremental_ratio);
    EXPECT_EQ(f[1].dominance, Dominance::none);
    EXPECT_DOUBLE_EQ(*f[1].incremental_ratio, 10);
    EXPECT_EQ(f[2].dominance, Dominance::none);
    EXPECT_DOUBLE_EQ(*f[2].incremental_ratio, 40);               // over the option at 100, once 250 is dropped
    EXPECT_EQ(f[3].dominance, Dominance::extendedly_dominated);  // 75 a unit, then 16.7: a mix does better
    EXPECT_EQ(f[4].dominance, Dominance::dominated);             // costs more than 100 and does less
    EXPECT_EQ(f[5].dominance, Dominance::dominated);             // the same as the option at 100, which came first
}

// Worlds in which option 1 is worth theta1 - 0.55 (and a trace of theta2),
// option 0 nothing: knowing theta1 flips the choice in 45% of worlds.
struct TwoParameters {
    std::vector<double> theta1, theta2;
    std::vector<std::vector<double>> values;
    TwoParameters() {
        const int n = 400;
        for (int i = 0; i < n; ++i) {
            theta1.push_back((i + 0.5) / n);
            theta2.push_back(std::fmod(0.5 + i * 0.6180339887498949, 1.0));
            values.push_back({0, theta1.back() - 0.55 + 0.01 * (theta2.back() - 0.5)});
        }
    }
};

TEST(Evppi, IsLargestForTheParameterThatFlipsTheChoiceAndAboutNothingForOneThatDoesNot) {
    const TwoParameters t;
    const Evppi flips = evppi(t.theta1, t.values);
    EXPECT_NEAR(flips.value, 0.45 * 0.45 / 2, 2e-3);  // E[max(0, theta1 - 0.55)]
    EXPECT_NEAR(flips.choice_changes, 0.45, 0.01);
    const Evppi idle = evppi(t.theta2, t.values);
    EXPECT_LT(idle.value, 0.01 * flips.value + 1e-3);
    // Knowing everything is worth at least as much (up to the regression's error at the kink).
    EXPECT_LE(flips.value, evpi(t.values) + 2e-3);
}

TEST(Evppi, IsExactForAParameterWithFewValuesAndZeroWhenNothingDependsOnIt) {
    std::vector<double> theta;
    std::vector<std::vector<double>> values, flat;
    for (int i = 0; i < 30; ++i) {
        theta.push_back(i % 3);
        values.push_back({0, theta.back() - 1});
        flat.push_back({1, 2});
    }
    EXPECT_NEAR(evppi(theta, values).value, 1.0 / 3, 1e-12);
    EXPECT_EQ(evppi(theta, flat).value, 0);
    EXPECT_EQ(evppi(theta, flat).choice_changes, 0);
    EXPECT_THROW(evppi({1}, {{1}}), std::invalid_argument);
}

TEST(BudgetChoice, BestAffordableOnAverageAndHowOftenEachIsBest) {
    const std::vector<double> costs{0, 50, 100};
    const std::vector<std::vector<double>> values{{0, 2, 3}, {0, 2, 1}, {0, 1, 2}};
    const BudgetChoice all = choose_within(100, costs, values);
    EXPECT_EQ(all.best, 2u);
    EXPECT_NEAR(all.probability_best[1], 1.0 / 3, 1e-12);
    EXPECT_NEAR(all.probability_best[2], 2.0 / 3, 1e-12);
    const BudgetChoice less = choose_within(60, costs, values);
    EXPECT_EQ(less.best, 1u);
    EXPECT_EQ(less.probability_best, (std::vector<double>{0, 1, 0}));
    // Options that do equally well: the cheaper is chosen, and the first of equal cost.
    const BudgetChoice tied = choose_within(100, costs, {{0, 2, 2}});
    EXPECT_EQ(tied.probability_best, (std::vector<double>{0, 1, 0}));
    EXPECT_EQ(tied.best, 1u);
    const BudgetChoice same_cost = choose_within(100, {0, 50, 50}, {{0, 2, 2}});
    EXPECT_EQ(same_cost.probability_best, (std::vector<double>{0, 1, 0}));
    EXPECT_THROW(choose_within(-1, costs, values), std::invalid_argument);
}

// Options whose every sample is the same: the appraisal's figures are exact.
// Lower is better (households losing their home): 35 as things are; the
// actions settle 10 (a, £10,000), 8 (b, £30,000) and 5 (c, £4,000).
AppraisalInputs known_options() {
    AppraisalInputs in;
    in.higher_is_better = {false};
    const std::vector<std::pair<double, double>> options = {{0, 35},     {4000, 30},  {10000, 25},
                                                            {14000, 20}, {30000, 27}, {34000, 22}};
    for (const auto& [cost, lost] : options) in.options.push_back({cost, {std::vector<double>(4, lost)}});
    in.budgets = {15000, 35000};
    return in;
}

TEST(Appraisal, KnownOptionsGiveTheBestWithinEachBudgetAndTheExactFrontier) {
    const Appraisal a = appraise(known_options());
    EXPECT_EQ(a.budgets[0].best, 3u);  // a and c
    EXPECT_EQ(a.budgets[1].best, 3u);  // b costs more and does less
    EXPECT_DOUBLE_EQ(a.options[3].effect.mean, 15);
    EXPECT_DOUBLE_EQ(a.options[3].cost_per_household->mean, 14000.0 / 15);
    EXPECT_EQ(a.options[2].frontier.dominance, Dominance::extendedly_dominated);
    EXPECT_EQ(a.options[4].frontier.dominance, Dominance::dominated);
    EXPECT_EQ(a.options[5].frontier.dominance, Dominance::dominated);
    EXPECT_DOUBLE_EQ(*a.options[1].frontier.incremental_ratio, 800);
    EXPECT_DOUBLE_EQ(*a.options[3].frontier.incremental_ratio, 1000);
    EXPECT_DOUBLE_EQ(a.budgets[0].probability_best, 1);
    EXPECT_FALSE(a.options[0].cost_per_household.has_value());
}

TEST(Appraisal, ABudgetBelowDoingNothingOrSamplesThatDoNotLineUpAreRefused) {
    AppraisalInputs in = known_options();
    in.budgets = {-1};
    EXPECT_THROW(appraise(in), std::invalid_argument);
    in = known_options();
    in.samples = AppraisalSamples::worlds;
    in.options[2].values[0].pop_back();
    EXPECT_THROW(appraise(in), std::invalid_argument);
}

// Ranking and selection: the best and its close rival get the round's
// replications; an option far behind, or over every budget, gets none.
TEST(Appraisal, NextRoundSpendsReplicationsWhereTheRankingIsUnclear) {
    AppraisalInputs in;
    in.higher_is_better = {true};
    in.budgets = {100};
    // Each option's noise in its own order, so that the paired differences vary too.
    const auto noisy = [](double mean, std::size_t turn) {
        const std::vector<double> noise = {-2, 2, -1, 1, 0};
        std::vector<double> out;
        for (std::size_t s = 0; s < noise.size(); ++s) out.push_back(mean + noise[(s + turn) % noise.size()]);
        return out;
    };
    in.options = {
        {0, {noisy(0, 0)}}, {50, {noisy(1, 1)}}, {60, {noisy(20, 2)}}, {70, {noisy(20.5, 3)}}, {500, {noisy(40, 4)}}};
    const std::vector<std::uint32_t> more = next_round(in, 100);
    EXPECT_EQ(more[0] + more[1] + more[2] + more[3] + more[4], 100u);
    EXPECT_EQ(more[4], 0u);
    EXPECT_GT(more[2], 30u);
    EXPECT_GT(more[3], 30u);
    EXPECT_LT(more[1], 5u);
}

// Across worlds: the choice flips with the first parameter, so knowing it is
// worth something and the second, which nothing depends on, is worth nothing.
TEST(Appraisal, AcrossWorldsTheChoiceAndTheEvidenceWorthCollecting) {
    AppraisalInputs in;
    in.samples = AppraisalSamples::worlds;
    in.higher_is_better = {true};
    in.budgets = {100};
    in.options = {{0, {{}}}, {50, {{}}}, {80, {{}}}};
    for (int w = 0; w < 40; ++w) {
        const double flip = w % 2, idle = w / 20;
        in.parameters.push_back({flip, idle});
        in.options[0].values[0].push_back(0);
        in.options[1].values[0].push_back(flip ? 10 : 2);
        in.options[2].values[0].push_back(flip ? 4 : 6);
    }
    const Appraisal a = appraise(in);
    EXPECT_EQ(a.budgets[0].best, 1u);  // 6 against 5 on average
    EXPECT_DOUBLE_EQ(a.options[1].probability_best[0], 0.5);
    EXPECT_DOUBLE_EQ(a.options[2].probability_best[0], 0.5);
    ASSERT_EQ(a.budgets[0].evidence.size(), 2u);
    EXPECT_NEAR(a.budgets[0].evidence[0].evppi.value, 2, 1e-9);  // (10 + 6) / 2 - 6
    EXPECT_NEAR(a.budgets[0].evidence[1].evppi.value, 0, 1e-9);
    EXPECT_NEAR(a.budgets[0].evpi, 2, 1e-9);
    EXPECT_DOUBLE_EQ(a.options[1].effect.low, 2);  // the middle 90% of worlds
}

TEST(Appraisal, PosteriorProbabilityOfBeingBestFavoursTheClearLeaderAndIsReproducible) {
    const std::vector<ValueRange> effects = {{0, 0, 0, 1}, {10, 9, 11, 30}, {12, 11, 13, 30}, {12, 11, 13, 30}};
    const std::vector<double> costs = {0, 10, 20, 30};
    const std::vector<bool> affordable = {true, true, true, false};
    const auto p = probability_best_posterior(effects, costs, affordable, 5);
    EXPECT_EQ(p, probability_best_posterior(effects, costs, affordable, 5));
    EXPECT_EQ(p[0], 0);
    EXPECT_EQ(p[3], 0);
    EXPECT_GT(p[2], 0.95);
    EXPECT_NEAR(p[1] + p[2], 1, 1e-9);
}

}  // namespace
}  // namespace pathways
