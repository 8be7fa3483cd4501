// The streaming quantile estimator is accurate to 1%.
#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "sim/sampling.h"
#include "stats/quantile_sketch.h"

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

TEST(QuantileSketch, AnEmptySketchReportsZero) {
    QuantileSketch sketch;
    EXPECT_EQ(sketch.quantile(0.9), 0);
}

}  // namespace
}  // namespace pathways
