// The findings layer: what is decided once for every output (clear of noise,
// the best what-if, the window and its cliffs).
#include <gtest/gtest.h>

#include "findings/findings.h"

namespace pathways {
namespace {

Stat change(double mean, double lo, double hi) { return {mean, 0, lo, hi}; }

TEST(Findings, AChangeIsClearOfNoiseOnlyWhenItsIntervalExcludesZero) {
    EXPECT_TRUE(clear_of_noise(change(-3, -5, -1)));
    EXPECT_TRUE(clearly_lower(change(-3, -5, -1)));
    EXPECT_TRUE(clearly_higher(change(2, 0.5, 3)));
    EXPECT_FALSE(clear_of_noise(change(-3, -5, 0)));
    EXPECT_FALSE(clear_of_noise(change(0, 0, 0)));
}

TEST(Findings, TheBestWhatIfLowersTheCountMostClearOfNoiseOrThereIsNone) {
    Gap g;
    g.scenarios = {{"a", change(-9, -20, 1), {}}, {"b", change(-4, -6, -2), {}}, {"c", change(-6, -7, -5), {}}};
    ASSERT_TRUE(findings::best_what_if(g).has_value());
    EXPECT_EQ(*findings::best_what_if(g), 2u);  // "a" lowers it more, but within noise
    g.scenarios = {{"a", change(-9, -20, 1), {}}, {"b", change(3, 1, 5), {}}};
    EXPECT_FALSE(findings::best_what_if(g).has_value());
}

// Those touched by each whole day: 10 a day over days 1 to 100, and 250 more on day 56.
Gap with_deadline_at_day_56() {
    Gap g;
    double reached = 0;
    for (int d = 0; d <= 120; ++d) {
        if (d >= 1 && d <= 100) reached += 10;
        if (d == 56) reached += 250;
        g.reached_by_day.push_back(reached);
    }
    g.days_p10 = {12, 0, 10, 14};
    g.days_p50 = {52, 0, 50, 54};
    g.days_p90 = {92, 0, 90, 94};
    return g;
}

TEST(Findings, TheWindowRunsFromTheTenthToTheNinetiethPercentileWithItsCliffs) {
    const findings::Window w = findings::window_of(with_deadline_at_day_56());
    EXPECT_EQ(w.from_day, 12);
    EXPECT_EQ(w.to_day, 92);
    ASSERT_EQ(w.cliffs.size(), 1u);
    EXPECT_EQ(w.cliffs[0].day, 56);
    EXPECT_NEAR(w.cliffs[0].share, 270.0 / 1250.0, 1e-12);
}

TEST(Findings, AnEvenSpreadHasNoCliff) {
    Gap g = with_deadline_at_day_56();
    for (std::size_t d = 56; d < g.reached_by_day.size(); ++d) g.reached_by_day[d] -= 250;
    EXPECT_TRUE(findings::window_of(g).cliffs.empty());
}

}  // namespace
}  // namespace pathways
