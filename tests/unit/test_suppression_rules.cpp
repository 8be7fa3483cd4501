// The rules of small-number suppression that reach past one table: changes
// between runs, groups that are the same people, and the outcome curves.
#include <gtest/gtest.h>

#include "report/results/curve_suppression.h"
#include "report/results/suppression_plan.h"

namespace pathways {
namespace {

// Today's count, the what-if's (shown nowhere) and the change between them.
SuppressionPlan change_plan(double now, double what_if) {
    SuppressionPlan plan{SmallNumbers(10)};
    plan.shown("now", now);
    plan.unshown("what-if", what_if);
    plan.difference("change", what_if - now, now, what_if);
    plan.relate({"change", "what-if", "now"});
    plan.solve();
    return plan;
}

// -8.3 households between two runs of 53.5 and 45.2 is a clear change, not 8 people.
TEST(SuppressionPlan, ShowsASmallChangeBetweenLargeCounts) {
    const SuppressionPlan plan = change_plan(53.5, 45.2);
    EXPECT_FALSE(plan.hides("change"));
    EXPECT_FALSE(plan.hides("now"));
}

// A change of -9 from 9.5 puts the what-if's count under 0.5: the change hides.
TEST(SuppressionPlan, HidesAChangeThatWouldPlaceASmallCount) {
    const SuppressionPlan plan = change_plan(9.5, 0.5);
    EXPECT_TRUE(plan.hides("change"));
    EXPECT_EQ(plan.hidden_text("change"), "suppressed");  // not "<10": it is no count
}

// Two names for the same households, bound as equal: hiding one hides the other.
TEST(SuppressionPlan, HidesBothNamesOfOneGroup) {
    SuppressionPlan plan{SmallNumbers(10)};
    for (const auto& [key, count] : std::vector<std::pair<std::string, double>>{{"gap", 137},
                                                                                {"single", 100.5},
                                                                                {"family", 36.5},
                                                                                {"stream/singles", 97.9},
                                                                                {"stream/families", 36.5},
                                                                                {"stream/elsewhere", 2.6}})
        plan.shown(key, count);
    plan.relate({"gap", "single", "family"});
    plan.relate({"gap", "stream/singles", "stream/families", "stream/elsewhere"});
    plan.relate({"family", "stream/families"});
    plan.solve();
    EXPECT_TRUE(plan.hides("stream/elsewhere"));
    EXPECT_TRUE(plan.hides("stream/families"));  // the smallest partner of the small one
    EXPECT_TRUE(plan.hides("family"));           // else it gives stream/families, then stream/elsewhere
    EXPECT_TRUE(plan.hides("single"));           // else the gap minus single gives family
}

Gap gap_by(const std::string& stage, double people,
           const std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>>& breakdowns) {
    Gap g;
    g.stage = stage;
    g.kind = GapKind::deadline;
    g.people = {people, 0, people, people};
    for (const auto& [by, groups] : breakdowns) {
        g.breakdowns.push_back({by, {}});
        for (const auto& [value, count] : groups) g.breakdowns.back().groups.push_back({value, "", count});
    }
    return g;
}

// Families and the families stream agree in every gap: the same people, found
// from the counts. Priority need "yes" agrees with them in one gap only.
TEST(SuppressionPlan, FindsTheSamePeopleUnderTwoNamesFromTheCounts) {
    GapAnalysis a;
    a.gaps.push_back(gap_by("move_on", 50,
                            {{"household", {{"single", 20}, {"family", 30}}},
                             {"priority_need", {{"no", 40}, {"yes", 10}}},
                             {"arrival_stream", {{"singles", 20}, {"families", 30}, {"elsewhere", 0}}}}));
    a.gaps.push_back(gap_by("prevention", 137,
                            {{"household", {{"single", 100.5}, {"family", 36.5}}},
                             {"priority_need", {{"no", 100.5}, {"yes", 36.5}}},
                             {"arrival_stream", {{"singles", 97.9}, {"families", 36.5}, {"elsewhere", 2.6}}}}));
    const SuppressionPlan plan = plan_suppression(Results{}, a, {}, SmallNumbers(10));
    const Gap& prevention = a.gaps[1];
    EXPECT_TRUE(plan.hides(published::gap_group(prevention, "arrival_stream", "elsewhere")));
    EXPECT_TRUE(plan.hides(published::gap_group(prevention, "arrival_stream", "families")));
    EXPECT_TRUE(plan.hides(published::gap_group(prevention, "household", "family")));  // else it gives the stream's
    EXPECT_FALSE(plan.hides(published::gap_group(prevention, "priority_need", "yes")));
    EXPECT_FALSE(plan.hides(published::gap_group(a.gaps[0], "household", "family")));  // nothing small there
}

// Curves of 100 households over six days: one rises from nothing to 40, one
// stays flat at 30 (hidden on the days the other is small would leave it
// between two shown 30s), the rest are still in the pathway.
std::vector<std::vector<double>> rising_and_flat() {
    const std::vector<double> rising = {0, 2, 5, 8, 20, 40}, flat = {30, 30, 30, 30, 30, 30};
    std::vector<double> still;
    for (std::size_t k = 0; k < rising.size(); ++k) still.push_back(100 - rising[k] - flat[k]);
    return {rising, flat, still};
}

TEST(CurveSuppression, KeepsEveryHiddenPointThatMayBeSmallInABandAtLeastHalfTheThresholdWide) {
    const auto counts = rising_and_flat();
    const auto hidden = hidden_curve_points(SmallNumbers(10), counts, 100);
    for (std::size_t k = 1; k <= 3; ++k) EXPECT_TRUE(hidden[0][k]) << "day " << k;
    const auto bands = curve_bands(counts, hidden, 100);
    for (std::size_t s = 0; s < counts.size(); ++s) {
        for (std::size_t k = 0; k < counts[s].size(); ++k) {
            if (!hidden[s][k] || bands[s][k].lo >= 10) continue;
            EXPECT_GE(bands[s][k].hi - bands[s][k].lo, 5) << "curve " << s << ", day " << k;
            EXPECT_LE(bands[s][k].lo, counts[s][k]);
            EXPECT_GE(bands[s][k].hi, counts[s][k]);
        }
    }
}

// What hiding the small points and one partner a day used to leave: the flat
// curve's hidden points lie between shown 30s, and the small ones follow exactly.
TEST(CurveSuppression, FindsASmallPointWorkedBackThroughAFlatCurve) {
    const auto counts = rising_and_flat();
    std::vector<std::vector<bool>> hidden(3, std::vector<bool>(6, false));
    for (std::size_t k = 1; k <= 3; ++k) hidden[0][k] = hidden[1][k] = true;
    const auto bands = curve_bands(counts, hidden, 100);
    EXPECT_NEAR(bands[0][2].lo, 5, 1e-9);
    EXPECT_NEAR(bands[0][2].hi, 5, 1e-9);
}

TEST(CurveSuppression, HidesNothingWhenOff) {
    const auto hidden = hidden_curve_points(SmallNumbers(), rising_and_flat(), 100);
    for (const auto& curve : hidden) EXPECT_EQ(std::count(curve.begin(), curve.end(), true), 0);
}

}  // namespace
}  // namespace pathways
