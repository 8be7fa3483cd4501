// History matching on models whose answers are known: the implausibility's
// arithmetic, the Kolmogorov-Smirnov test against its tabled values, and
// whole calibrations of functions with a known truth, an unconstrained
// parameter and figures that cannot be met together.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "analysis/history_matching.h"
#include "analysis/sensitivity_design.h"
#include "analysis/two_sample_ks.h"

namespace pathways {
namespace {

TEST(Implausibility, IsTheDistanceFromTheCentreInStandardDeviationsOfEveryUncertainty) {
    const MatchTarget t{0.5, 0.7, true};  // centre 0.6, sd 0.05
    EXPECT_DOUBLE_EQ(implausibility(t, {0.5, 0}, 0), 2);
    EXPECT_DOUBLE_EQ(implausibility(t, {0.5, 0.0075}, 0), 1);  // 0.1 / sqrt(0.0025 + 0.0075)
    EXPECT_NEAR(implausibility(t, {0.5, 0}, 0.1), 0.1 / std::sqrt(0.0025 + 0.0036), 1e-12);
    EXPECT_EQ(implausibility(t, {std::nan(""), 0}, 0), std::numeric_limits<double>::infinity());
    const MatchTarget exact{2, 2, true};
    EXPECT_EQ(implausibility(exact, {2, 0}, 0), 0);
    EXPECT_EQ(implausibility(exact, {2.1, 0}, 0), std::numeric_limits<double>::infinity());
}

TEST(KolmogorovSmirnov, TailMatchesTheTabledCriticalValues) {
    EXPECT_NEAR(kolmogorov_tail(1.36), 0.0495, 5e-4);  // the 5% point
    EXPECT_NEAR(kolmogorov_tail(1.63), 0.0098, 2e-4);  // the 1% point
    EXPECT_EQ(kolmogorov_tail(0.1), 1);
}

TEST(KolmogorovSmirnov, TellsSamplesApartOnlyWhenTheyDiffer) {
    std::vector<double> a, b, shifted;
    for (int i = 0; i < 40; ++i) {
        a.push_back(i / 40.0);
        b.push_back((i + 0.5) / 40.0);
        shifted.push_back(2 + i / 40.0);
    }
    const KsTest same = two_sample_ks(a, b);
    EXPECT_NEAR(same.statistic, 1.0 / 40, 1e-12);
    EXPECT_GT(same.p_value, 0.99);
    const KsTest apart = two_sample_ks(a, shifted);
    EXPECT_EQ(apart.statistic, 1);
    EXPECT_LT(apart.p_value, 1e-10);
}

TEST(SobolSequencePart, ContinuesTheSequence) {
    const auto whole = sobol_points(3, 12).points;
    const auto part = sobol_sequence_part(3, 5, 7);
    ASSERT_EQ(part.size(), 7u);
    for (std::size_t i = 0; i < part.size(); ++i) EXPECT_EQ(part[i], whole[5 + i]);
}

// A "model" whose figures are its first two parameters (the third touches
// nothing), with no noise.
std::vector<std::vector<SimulatedValue>> first_two(const std::vector<std::vector<double>>& points) {
    std::vector<std::vector<SimulatedValue>> out;
    for (const auto& x : points) out.push_back({{x[0], 0}, {x[1], 0}});
    return out;
}

double width(const UnitRange& r) { return r.high - r.low; }

UnitRange kept_span(const HistoryMatch& m, std::size_t p) {
    UnitRange s{1, 0};
    for (const MatchedWorld* w : m.kept()) s = {std::min(s.low, w->unit[p]), std::max(s.high, w->unit[p])};
    return s;
}

TEST(HistoryMatch, KeepsTheTruthNarrowsWhatTheFiguresConstrainAndLeavesTheRest) {
    // Truth (0.3, 0.7, anything); figures +-0.1 either side read as 95% intervals.
    const std::vector<MatchTarget> targets{{0.2, 0.4, true}, {0.6, 0.8, true}};
    HistoryMatchSettings s;
    s.draws = 400;
    const HistoryMatch m = history_match(3, targets, s, first_two);
    ASSERT_FALSE(m.kept().empty());
    EXPECT_GE(m.waves.front().kept, s.least_kept_to_narrow);
    EXPECT_EQ(m.waves.front().narrowed, (std::vector<std::size_t>{0, 1}));
    const UnitRange x0 = kept_span(m, 0), x1 = kept_span(m, 1), x2 = kept_span(m, 2);
    EXPECT_LE(x0.low, 0.3);
    EXPECT_GE(x0.high, 0.3);
    EXPECT_LE(x1.low, 0.7);
    EXPECT_GE(x1.high, 0.7);
    EXPECT_LT(width(x0), 0.5);
    EXPECT_LT(width(x1), 0.5);
    EXPECT_GT(width(x2), 0.9);  // no figure says anything about it
    for (const MatchWave& w : m.waves) EXPECT_EQ(w.region[2].low, 0);
    for (const MatchedWorld* w : m.kept()) EXPECT_LT(w->worst, s.cutoff);
    // Every world kept lies where the figures allow: |x - centre| < 3 sd.
    for (const MatchedWorld* w : m.kept()) EXPECT_LT(std::abs(w->unit[0] - 0.3), 3 * 0.05);
}

TEST(HistoryMatch, NoWorldMeetingAFigureStopsAndNamesIt) {
    const std::vector<MatchTarget> targets{{2, 3, true}, {0.4, 0.6, true}};
    const HistoryMatch m = history_match(2, targets, {}, first_two);
    EXPECT_EQ(m.stop, MatchStop::none_kept);
    EXPECT_EQ(m.waves.size(), 1u);
    const CannotMeet c = cannot_meet(m, targets, {});
    EXPECT_EQ(c.targets, (std::vector<std::size_t>{0}));
    EXPECT_TRUE(c.pairs.empty());
}

TEST(HistoryMatch, FiguresMetApartButNeverTogetherAreNamedAsAPair) {
    // Both figures read the first parameter: it cannot be near 0.2 and near 0.8 at once.
    const auto same_parameter = [](const std::vector<std::vector<double>>& points) {
        std::vector<std::vector<SimulatedValue>> out;
        for (const auto& x : points) out.push_back({{x[0], 0}, {x[0], 0}, {x[1], 0}});
        return out;
    };
    const std::vector<MatchTarget> targets{{0.15, 0.25, true}, {0.75, 0.85, true}, {0, 1, false}};
    const HistoryMatch m = history_match(2, targets, {}, same_parameter);
    EXPECT_EQ(m.stop, MatchStop::none_kept);
    const CannotMeet c = cannot_meet(m, targets, {});
    EXPECT_TRUE(c.targets.empty());
    ASSERT_EQ(c.pairs.size(), 1u);
    EXPECT_EQ(c.pairs[0], (std::pair<std::size_t, std::size_t>{0, 1}));
}

TEST(HistoryMatch, TooFewKeptToNarrowStopsAfterThatWave) {
    HistoryMatchSettings s;
    s.draws = 30;
    const std::vector<MatchTarget> targets{{0.25, 0.35, true}, {0.65, 0.75, true}};
    const HistoryMatch m = history_match(3, targets, s, first_two);
    EXPECT_EQ(m.stop, MatchStop::too_few_kept);
    EXPECT_EQ(m.waves.size(), 1u);
    EXPECT_GT(m.waves[0].kept, 0u);
    EXPECT_LT(m.waves[0].kept, s.least_kept_to_narrow);
}

TEST(HistoryMatch, ValidationFiguresNeverRuleAWorldOut) {
    const std::vector<MatchTarget> targets{{0.25, 0.35, true}, {5, 6, false}};
    const HistoryMatch m = history_match(2, targets, {}, first_two);
    ASSERT_FALSE(m.kept().empty());
    EXPECT_EQ(met_share(m, 1, targets[1]), 0);
    EXPECT_GT(met_share(m, 0, targets[0]), 0.5);
}

TEST(HistoryMatch, WavesDrawFreshPointsOfTheSequenceInsideTheRegion) {
    const std::vector<MatchTarget> targets{{0.2, 0.4, true}, {0.6, 0.8, true}};
    HistoryMatchSettings s;
    s.draws = 400;
    const HistoryMatch m = history_match(3, targets, s, first_two);
    ASSERT_GE(m.waves.size(), 2u);
    for (const MatchWave& w : m.waves) {
        for (const MatchedWorld& world : w.worlds) {
            for (std::size_t p = 0; p < 3; ++p) {
                EXPECT_GE(world.unit[p], w.region[p].low);
                EXPECT_LE(world.unit[p], w.region[p].high);
            }
        }
    }
    EXPECT_NE(m.waves[0].worlds[0].unit, m.waves[1].worlds[0].unit);
}

}  // namespace
}  // namespace pathways
