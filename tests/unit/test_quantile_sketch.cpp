// The streaming quantile estimator is accurate to 1%.
#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "sim/sampling.h"
#include "tallies/quantile_sketch.h"

namespace pathways {
namespace {

TEST(QuantileSketch, QuantilesAreWithinOnePercentOfTheExactOnes) {
    Rng rng(5, 0, StreamPurpose::stage_duration, 0);
    QuantileSketch sketch;
    std::vector<double> values;
    for (int i = 0; i < 100000; ++i) {
        double x = sample(Duration{DistKind::lognormal, 4, 1.2, 0, {}}, rng);
        values.push_back(x);
        sketch.add(x);
    }
    std::sort(values.begin(), values.end());
    for (double p : {0.1, 0.5, 0.9, 0.99}) {
        double exact = values[static_cast<std::size_t>(p * values.size())];
        EXPECT_NEAR(sketch.quantile(p), exact, 0.01 * exact) << "p = " << p;
    }
}

TEST(QuantileSketch, ZeroesAreCountedAsZero) {
    QuantileSketch sketch;
    for (int i = 0; i < 10; ++i) sketch.add(0);
    sketch.add(5);
    EXPECT_EQ(sketch.quantile(0.5), 0);
    EXPECT_EQ(sketch.count(), 11u);
}

TEST(QuantileSketch, CountAtMostIsACumulativeCount) {
    QuantileSketch sketch;
    for (double x : {1.0, 2.0, 3.0, 100.0}) sketch.add(x);
    EXPECT_NEAR(sketch.count_at_most(50), 3, 1e-9);
    EXPECT_NEAR(sketch.count_at_most(1000), 4, 1e-9);
    EXPECT_NEAR(sketch.count_at_most(0.5), 0, 1e-9);
}

TEST(QuantileSketch, SharesOverAGridEqualEachCountAtMostDividedToTheLastBit) {
    Rng rng(7, 0, StreamPurpose::stage_duration, 0);
    QuantileSketch sketch;
    for (int i = 0; i < 20000; ++i) sketch.add(sample(Duration{DistKind::lognormal, 3, 1.5, 0, {}}, rng));
    sketch.add(0);
    std::vector<double> grid;
    for (double d = 0; d <= 2000; d += 7) grid.push_back(d);
    const double total = 25000;
    const std::vector<double> shares = sketch.shares_at_most(grid, total);
    ASSERT_EQ(shares.size(), grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i) {
        EXPECT_EQ(shares[i], sketch.count_at_most(grid[i]) / total) << "day " << grid[i];
    }
}

TEST(QuantileSketch, SharesOfAnEmptySketchOrOfNoOneAreZero) {
    QuantileSketch empty, one;
    one.add(1);
    const std::vector<double> grid{0, 1, 2};
    EXPECT_EQ(empty.shares_at_most(grid, 10), std::vector<double>(3, 0.0));
    EXPECT_EQ(one.shares_at_most(grid, 0), std::vector<double>(3, 0.0));
}

TEST(QuantileSketch, AnEmptySketchReportsZero) {
    QuantileSketch sketch;
    EXPECT_EQ(sketch.quantile(0.9), 0);
}

}  // namespace
}  // namespace pathways
