// Every duration distribution: the sample mean agrees with the exact mean, and
// the lognormal's median and p90 are those asked for.
#include <algorithm>
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "sim/sampling.h"

namespace pathways {
namespace {

constexpr int draws = 200000;

std::vector<double> draw(const Duration& d, std::uint64_t index) {
    Rng rng(2026, 0, StreamPurpose::stage_duration, index);
    std::vector<double> v(draws);
    for (double& x : v) x = sample(d, rng);
    return v;
}

// The sample mean lies within 4 standard errors of the exact mean.
void expect_mean(const Duration& d, std::uint64_t index) {
    auto v = draw(d, index);
    double mean = 0;
    for (double x : v) mean += x;
    mean /= draws;
    double se = std::sqrt(d.variance() / draws);
    EXPECT_NEAR(mean, d.mean(), 4 * se + 1e-12) << dist_name(d.kind);
}

TEST(Sampling, FixedIsAlwaysItsValue) { expect_mean(Duration{DistKind::fixed, 7, 0, 0, {}}, 1); }
TEST(Sampling, ExponentialHasItsMean) { expect_mean(Duration{DistKind::exponential, 30, 0, 0, {}}, 2); }
TEST(Sampling, UniformHasItsMean) { expect_mean(Duration{DistKind::uniform, 3, 21, 0, {}}, 3); }
TEST(Sampling, TriangularHasItsMean) { expect_mean(Duration{DistKind::triangular, 5, 20, 60, {}}, 4); }
TEST(Sampling, LognormalHasItsMean) { expect_mean(Duration{DistKind::lognormal, 3, 0.6, 0, {}}, 5); }
TEST(Sampling, GammaHasItsMean) { expect_mean(Duration{DistKind::gamma, 6.25, 4.8, 0, {}}, 6); }
TEST(Sampling, GammaWithShapeBelowOneHasItsMean) { expect_mean(Duration{DistKind::gamma, 0.4, 10, 0, {}}, 7); }
TEST(Sampling, WeibullHasItsMean) { expect_mean(Duration{DistKind::weibull, 1.5, 40, 0, {}}, 8); }
TEST(Sampling, EmpiricalHasItsMean) { expect_mean(Duration{DistKind::empirical, 0, 0, 0, {1, 2, 2, 10}}, 9); }

TEST(Sampling, EmpiricalDrawsOnlyItsSamples) {
    auto v = draw(Duration{DistKind::empirical, 0, 0, 0, {1, 2, 10}}, 10);
    for (double x : v) EXPECT_TRUE(x == 1 || x == 2 || x == 10);
}

TEST(Sampling, LognormalByMedianAndP90HasThem) {
    // median 20, p90 40: mu = ln 20, sigma = ln 2 / z(0.9).
    Duration d{DistKind::lognormal, std::log(20.0), std::log(2.0) / 1.2815515655446004, 0, {}};
    EXPECT_NEAR(d.quantile(0.5), 20, 1e-9);
    EXPECT_NEAR(d.quantile(0.9), 40, 1e-9);
    auto v = draw(d, 11);
    std::sort(v.begin(), v.end());
    // Order statistics: the sample quantile's standard error is about
    // sqrt(p(1-p)/n) / f(q); 1% is more than 4 of them at n = 200,000.
    EXPECT_NEAR(v[draws / 2], 20, 0.2);
    EXPECT_NEAR(v[draws * 9 / 10], 40, 0.6);
}

TEST(Sampling, GammaQuantileInvertsTheDistribution) {
    Duration d{DistKind::gamma, 2.5, 4, 0, {}};
    auto v = draw(d, 12);
    std::sort(v.begin(), v.end());
    EXPECT_NEAR(v[draws / 2], d.quantile(0.5), 0.05);
}

TEST(Sampling, StreamsOfDifferentPurposesDiffer) {
    Rng a(1, 0, StreamPurpose::stage_duration, 0), b(1, 0, StreamPurpose::stage_route, 0);
    EXPECT_NE(a.next(), b.next());
}

}  // namespace
}  // namespace pathways
