// Paired comparison on common random numbers.
#include <gtest/gtest.h>

#include <optional>

#include "model_builder.h"
#include "run/comparison.h"
#include "run/what_if_study.h"
#include "run_helpers.h"

namespace pathways::testing {
namespace {

Model casework(std::uint64_t capacity, double stay = 10) {
    ModelBuilder b;
    b.settings(400, 40, 10, 17);
    b.arrivals("casework", 1.0);
    b.service("casework", capacity, exponential(3), {{"rental", 1.0}});
    b.delay("rental", fixed(stay), {{"home", 1.0}});
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    b.renege_to("casework", "street", exponential(2));
    return b.build();
}

const MetricDifference& find(const std::vector<MetricDifference>& all, const std::string& path) {
    for (const auto& d : all) {
        if (d.path == path) return d;
    }
    throw std::runtime_error("no difference for " + path);
}

TEST(Comparison, AScenarioThatChangesNothingGivesDifferencesOfExactlyZero) {
    RunResults base = run(casework(2)), same = run(casework(2));
    for (const auto& d : paired_differences(base, same)) {
        EXPECT_EQ(d.difference.mean, 0) << d.path;
        EXPECT_EQ(d.difference.sd, 0) << d.path;
        EXPECT_FALSE(d.clear()) << d.path;
    }
}

TEST(Comparison, AKnownDeterministicChangeHasTheRightSignAndSize) {
    // Rental takes exactly 5 days more. Casework draws from its own streams, so
    // the same people reach rental in both runs, and the mean time in the
    // pathway rises by exactly 5 times the share who settle, replication by replication.
    RunResults base = run(casework(2, 10));
    auto diffs = paired_differences(base, run(casework(2, 15)));
    const auto& rental = find(diffs, "stages.rental.mean_days_in_stage");
    EXPECT_NEAR(rental.difference.mean, 5, 1e-9);
    EXPECT_NEAR(rental.difference.sd, 0, 1e-9);
    const auto& time = find(diffs, "time_in_system_days.mean");
    EXPECT_NEAR(time.difference.mean, 5 * base.stat("outcomes.home.share").mean, 1e-9);
    EXPECT_TRUE(time.clear());
    EXPECT_EQ(find(diffs, "outcomes.home.share").difference.sd, 0);
}

TEST(Comparison, MoreCapacityClearlyReducesGivingUp) {
    auto diffs = paired_differences(run(casework(1)), run(casework(3)));
    const auto& d = find(diffs, "stages.casework.reneged");
    EXPECT_LT(d.difference.hi, 0);
    EXPECT_TRUE(d.clear());
    EXPECT_LT(d.scenario.mean, d.baseline.mean);
}

TEST(Comparison, PairingNarrowsTheIntervalComparedWithIndependentRuns) {
    Model a = casework(2, 10), b = casework(2, 11);
    auto paired = find(paired_differences(run(a), run(b)), "time_in_system_days.mean");
    Model other_seed = b;
    other_seed.simulation.seed = 99;
    auto independent = find(paired_differences(run(a), run(other_seed)), "time_in_system_days.mean");
    EXPECT_LT(paired.difference.half_width(), independent.difference.half_width());
}

// Casework sends a share `to_private` of households to a private let and the
// rest to a social let: two settled outcomes.
Model two_homes(double to_private) {
    ModelBuilder b;
    b.settings(400, 40, 10, 17);
    b.arrivals("casework", 1.0);
    b.service("casework", 2, exponential(3), {{"private_let", to_private}, {"social_let", 1 - to_private}});
    b.delay("private_let", exponential(5), {{"private_home", 1.0}});
    b.delay("social_let", exponential(5), {{"social_home", 1.0}});
    b.outcome("private_home");
    b.outcome("social_home");
    b.outcome("street", OutcomeKind::drop_off);
    b.renege_to("casework", "street", exponential(2));
    return b.build();
}

TEST(Comparison, SettledOutcomesTakenTogetherArePairedReplicationByReplication) {
    // The what-if moves households from one settled outcome to the other: each
    // outcome's share changes a lot, the settled share hardly at all, and its
    // interval is that of the per-replication sums, far narrower than the sum
    // of the two outcomes' interval bounds.
    const Model before = two_homes(0.3), after = two_homes(0.7);
    RunResults base = run(before), scenario = run(after);
    const std::vector<std::string> settled = settled_share_paths(before, *base.layout);
    ASSERT_EQ(settled, (std::vector<std::string>{"outcomes.private_home.share", "outcomes.social_home.share"}));
    const SumDifference sum = paired_sum(base, scenario, settled);
    std::vector<double> by_hand;
    const auto p = base.column(settled[0]), q = base.column(settled[1]);
    const auto p2 = scenario.column(settled[0]), q2 = scenario.column(settled[1]);
    for (std::size_t r = 0; r < p.size(); ++r) by_hand.push_back((p2[r] + q2[r]) - (p[r] + q[r]));
    const Stat expected = summarise(by_hand);
    EXPECT_DOUBLE_EQ(sum.difference.mean, expected.mean);
    EXPECT_DOUBLE_EQ(sum.difference.lo, expected.lo);
    EXPECT_DOUBLE_EQ(sum.difference.hi, expected.hi);
    const auto diffs = paired_differences(base, scenario);
    const double bounds_added =
        find(diffs, settled[0]).difference.half_width() + find(diffs, settled[1]).difference.half_width();
    EXPECT_LT(sum.difference.half_width(), bounds_added / 2);
}

TEST(Comparison, AWhatIfStudyGivesTheSettledChangeAsOneFigure) {
    // The baseline's model is gone by the time the what-ifs run, as when the
    // command line's loaded model has been moved: the study does not need it.
    const Model after = two_homes(0.7);
    std::optional<Model> before = two_homes(0.3);
    const RunResults base = run(*before);
    const std::vector<std::string> settled = settled_share_paths(*before, *base.layout);
    before.reset();
    RunRequest request;
    request.threads = 2;
    const auto out = run_what_ifs(base, {WhatIf{"more private lets", "", &after, {}, {}}}, request);
    ASSERT_EQ(out.size(), 1u);
    const SumDifference expected = paired_sum(base, run(after), settled);
    EXPECT_DOUBLE_EQ(out[0].settled.difference.mean, expected.difference.mean);
    EXPECT_DOUBLE_EQ(out[0].settled.difference.hi, expected.difference.hi);
    EXPECT_GT(out[0].settled.baseline.mean, 0.5);  // most settle, by one let or the other
}

TEST(Comparison, RunsWithDifferentReplicationCountsCannotBePaired) {
    Model a = casework(2), b = casework(2);
    b.simulation.replications = 3;
    EXPECT_THROW(paired_differences(run(a), run(b)), std::invalid_argument);
}

TEST(Statistic, OneValueHasNoSpreadAndADegenerateInterval) {
    Stat s = summarise({4.0});
    EXPECT_EQ(s.mean, 4);
    EXPECT_EQ(s.sd, 0);
    EXPECT_EQ(s.lo, 4);
    EXPECT_EQ(s.hi, 4);
}

TEST(Statistic, TheIntervalUsesStudentT) {
    // Values 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445.
    Stat s = summarise({1, 2, 3, 4, 5});
    EXPECT_DOUBLE_EQ(s.mean, 3);
    EXPECT_NEAR(s.sd, std::sqrt(2.5), 1e-12);
    EXPECT_NEAR(s.hi - 3, 2.776445105 * std::sqrt(2.5) / std::sqrt(5.0), 1e-6);
}

TEST(AutoReplications, StopsOnceThePrecisionIsReachedInWholeBatches) {
    RunRequest request;
    request.automatic = AutoReplications{};
    request.automatic->share_half_width = 0.05;
    request.automatic->mean_relative = 0.05;
    request.threads = 2;
    RunResults r = run_model(casework(2), request);
    EXPECT_TRUE(r.precision_met);
    EXPECT_EQ(r.replications.size() % 10, 0u);
    EXPECT_LE(r.stat("outcomes.home.share").half_width(), 0.05);
}

TEST(AutoReplications, SaysSoWhenTheMaximumComesFirst) {
    RunRequest request;
    request.automatic = AutoReplications{};
    request.automatic->share_half_width = 1e-6;
    request.automatic->maximum = 20;
    RunResults r = run_model(casework(2), request);
    EXPECT_FALSE(r.precision_met);
    EXPECT_EQ(r.replications.size(), 20u);
}

}  // namespace
}  // namespace pathways::testing
