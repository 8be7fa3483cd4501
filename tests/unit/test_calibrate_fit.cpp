// Fitting durations: the right family wins by AIC, censoring is counted, and
// degenerate samples give fixed durations.
#include <cmath>

#include <gtest/gtest.h>

#include "analysis/fit_duration.h"
#include "model/dist_exponential.h"
#include "model/dist_gamma.h"
#include "model/dist_lognormal.h"
#include "sim/random.h"
#include "sim/sampling.h"

namespace pathways {
namespace {

std::vector<Days> draws(const Duration& d, std::size_t n, std::uint64_t seed) {
    Rng rng(seed, 0, StreamPurpose::stage_duration, 0);
    std::vector<Days> xs;
    for (std::size_t i = 0; i < n; ++i) xs.push_back(sample(d, rng));
    return xs;
}

// How many of 50 samples of n draws from `truth` choose `truth`'s family.
int times_chosen(const Duration& truth, std::size_t n) {
    int right = 0;
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        right += fit_duration({draws(truth, n, seed), {}}, 0.5).chosen.kind == truth.kind;
    }
    return right;
}

// A gamma (or lognormal) fits any exponential sample at least as well, so
// AIC picks the exponential only when the extra parameter does not pay for
// itself: about 96% of samples of 400. Hence a count over 50 samples.
TEST(DurationFit, ChoosesExponentialForExponentialData) {
    EXPECT_GE(times_chosen(Duration{DistKind::exponential, 30, 0, 0, {}}, 400), 45);
}

TEST(DurationFit, ChoosesLognormalForLognormalData) {
    EXPECT_GE(times_chosen(Duration{DistKind::lognormal, std::log(20.0), 0.8, 0, {}}, 400), 48);
}

TEST(DurationFit, ChoosesGammaForGammaDataWithAClearShape) {
    EXPECT_GE(times_chosen(Duration{DistKind::gamma, 4, 10, 0, {}}, 1000), 48);
}

TEST(DurationFit, EstimatesTheExponentialMean) {
    DurationFit fit = fit_duration({draws(Duration{DistKind::exponential, 30, 0, 0, {}}, 400, 1), {}}, 0.5);
    EXPECT_NEAR(fit.candidates.front().duration->mean(), 30, 30 * 4 / std::sqrt(400.0));  // four standard errors
}

TEST(DurationFit, EstimatesTheLognormalParameters) {
    DurationFit fit = fit_duration({draws(Duration{DistKind::lognormal, std::log(20.0), 0.8, 0, {}}, 400, 2), {}}, 0.5);
    ASSERT_EQ(fit.chosen.kind, DistKind::lognormal) << fit.describe();
    EXPECT_NEAR(fit.chosen.a, std::log(20.0), 4 * 0.8 / std::sqrt(400.0));
    EXPECT_NEAR(fit.chosen.b, 0.8, 4 * 0.8 / std::sqrt(800.0));
}

TEST(DurationFit, CensoredExponentialMeanIsAllTimeOverCompletedStays) {
    DurationSample s{{10, 20, 30}, {40, 60}};
    EXPECT_DOUBLE_EQ(ExponentialDist::censored_mean(s), 160.0 / 3);
    DurationFit fit = fit_duration(s, 0.5);
    EXPECT_DOUBLE_EQ(fit.candidates.front().duration->mean(), 160.0 / 3);
}

TEST(DurationFit, CountingCensoredStaysRecoversTheTrueMean) {
    // Stays of mean 50 observed for at most 40 days: the completed ones alone
    // understate the mean badly; with censoring the estimate is unbiased.
    DurationSample s;
    for (Days x : draws(Duration{DistKind::exponential, 50, 0, 0, {}}, 2000, 14)) {
        (x <= 40 ? s.events : s.censored).push_back(std::min(x, 40.0));
    }
    DurationFit fit = fit_duration(s, 0.5);
    EXPECT_EQ(fit.n_censored, s.censored.size());
    EXPECT_NEAR(fit.candidates.front().duration->mean(), 50, 50 * 4 / std::sqrt(static_cast<double>(s.events.size())));
    DurationSample completed_only{s.events, {}};
    EXPECT_LT(ExponentialDist::censored_mean(completed_only), 25);
}

TEST(DurationFit, GivesAFixedDurationWhenEveryStayIsTheSame) {
    DurationFit fit = fit_duration({{7, 7, 7}, {2}}, 0.5);
    EXPECT_EQ(fit.chosen.kind, DistKind::fixed);
    EXPECT_EQ(fit.chosen.a, 7);
    EXPECT_EQ(fit.describe(), "fixed: all 3 completed stays and 1 still going on when the data end lasted 7 days");
}

TEST(DurationFit, TreatsDayNumberRoundingNoiseAsTheSameLength) {
    // Differences of fractional day numbers: 7 days, give or take 1e-13.
    DurationFit fit = fit_duration({{6.999999999999886, 7.000000000000114, 7.0}, {}}, 0.5);
    EXPECT_EQ(fit.chosen.kind, DistKind::fixed);
    EXPECT_NEAR(fit.chosen.a, 7, 1e-9);
}

TEST(DurationFit, TakesZeroStaysAsHalfTheResolutionForContinuousFits) {
    DurationFit fit = fit_duration({{0, 0, 2, 4, 4, 2, 0, 4}, {}}, 0.5);
    EXPECT_DOUBLE_EQ(fit.candidates.front().duration->mean(), (3 * 0.5 + 2 * 2 + 3 * 4) / 8);
    EXPECT_EQ(fit.candidates.back().duration->samples, (std::vector<Days>{0, 0, 0, 2, 2, 4, 4, 4}));
}

TEST(DurationFit, GivesStaysTooFewForACandidatesParametersToTheExponential) {
    DurationFit fit = fit_duration({{3, 9}, {}}, 0.5);
    EXPECT_EQ(fit.chosen.kind, DistKind::exponential);
    EXPECT_DOUBLE_EQ(fit.chosen.mean(), 6);
    EXPECT_FALSE(fit.candidates.back().duration.has_value());
    EXPECT_EQ(fit.candidates.back().not_fitted, "too few stays for its parameters");
}

TEST(DurationFit, ScoresByAICWithTheSmallSampleCorrection) {
    // The correction is 2k(k+1)/(n-k-1): 0.4 for the exponential's one
    // parameter here, and no finite score for an empirical candidate with a
    // parameter for each of the twelve distinct stays.
    DurationFit fit = fit_duration({{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {}}, 0.5);
    const CandidateFit& exponential = fit.candidates.front();
    EXPECT_NEAR(exponential.aic, 2 - 2 * exponential.log_likelihood + 2.0 * 1 * 2 / (12 - 1 - 1), 1e-9);
    EXPECT_FALSE(fit.candidates.back().duration.has_value());
}

TEST(DurationFit, RefusesEmpiricalWhenAnOpenStayOutlastsEveryCompletedOne) {
    DurationFit fit = fit_duration({{1, 2, 3}, {10}}, 0.5);
    EXPECT_FALSE(fit.candidates.back().duration.has_value());
    EXPECT_NE(fit.chosen.kind, DistKind::empirical);
}

TEST(DurationFit, PrefersEmpiricalForAFewRepeatedValues) {
    std::vector<Days> xs;
    for (int i = 0; i < 60; ++i) xs.push_back(i % 3 == 0 ? 1.0 : 14.0);
    EXPECT_EQ(fit_duration({xs, {}}, 0.5).chosen.kind, DistKind::empirical);
}

TEST(Likelihood, UpperIncompleteGammaOfShapeOneIsTheExponentialTail) {
    EXPECT_NEAR(log_gamma_q(1.0, 3.0), -3.0, 1e-12);
    EXPECT_NEAR(log_gamma_q(1.0, 0.2), -0.2, 1e-12);
    EXPECT_NEAR(log_gamma_q(1.0, 800.0), -800.0, 1e-9);
}

TEST(Likelihood, CensoredLognormalStaysAddTheirSurvivalProbability) {
    // At the median, survival is one half.
    DurationSample s{{}, {20}};
    EXPECT_NEAR(LognormalDist::log_likelihood(s, Duration{DistKind::lognormal, std::log(20.0), 0.7, 0, {}}),
                std::log(0.5), 1e-12);
}

}  // namespace
}  // namespace pathways
