// Exact, hand-checkable cases: fixed durations and batches, so every figure is known.
#include <gtest/gtest.h>

#include "model_builder.h"
#include "run_helpers.h"

namespace pathways::testing {
namespace {

Model deadline_model(double after) {
    ModelBuilder b;
    b.settings(1000, 0, 1);
    b.batch("start", 1);
    b.delay("start", fixed(10), {{"waiting", 1.0}});
    b.delay("waiting", fixed(100), {{"home", 1.0}});
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    b.deadline("start", fixed(after), {"waiting"}, "street");
    return b.build();
}

TEST(Deadlines, DivertsAPersonStillInAnAppliedStageWhenTheClockFires) {
    RunResults r = run(deadline_model(28));
    EXPECT_EQ(r.stat("outcomes.street.count").mean, 1);
    EXPECT_EQ(r.stat("outcomes.street.days_to_outcome.mean").mean, 28);
    EXPECT_EQ(r.stat("stages.waiting.diverted_by_deadline").mean, 1);
    EXPECT_EQ(r.stat("stages.waiting.drop_offs_after").mean, 1);
    EXPECT_EQ(r.stat("stages.waiting.mean_days_in_stage").mean, 18);
    EXPECT_EQ(r.stat("flows.waiting.street.count").mean, 1);
}

TEST(Deadlines, DoNothingWhenThePersonHasLeftTheAppliedStages) {
    RunResults r = run(deadline_model(200));
    EXPECT_EQ(r.stat("outcomes.home.count").mean, 1);
    EXPECT_EQ(r.stat("outcomes.home.days_to_outcome.mean").mean, 110);
    EXPECT_EQ(r.stat("stages.waiting.diverted_by_deadline").mean, 0);
}

TEST(Deadlines, DoNotFireBeforeTheirTimeInAStageTheyStartIn) {
    // The clock starts on entering `start`, which it also applies to.
    ModelBuilder b;
    b.settings(1000, 0, 1);
    b.batch("start", 1);
    b.delay("start", fixed(40), {{"home", 1.0}});
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    b.deadline("start", fixed(28), {"start"}, "street");
    RunResults r = run(b.build());
    EXPECT_EQ(r.stat("outcomes.street.days_to_outcome.mean").mean, 28);
}

// Seven single adults take a long way and five families a short one; the
// deadline only catches the long way, so only single adults, from the first
// stream, are counted in its gap.
TEST(Deadlines, CountWhoTheyCatchByGroupAndByArrivalStream) {
    ModelBuilder b;
    b.settings(1000, 0, 1).attribute("household", {"single", "family"});
    for (const auto& [size, mix] : {std::pair<std::uint64_t, Mix>{7, {{1, 0}}}, {5, {{0, 1}}}}) {
        ArrivalStream& stream = b.arrivals("start", 0.0);
        stream.plan.batches.push_back({0, size});
        stream.mix = mix;
    }
    b.delay("start", fixed(0), {});
    b.conditional_edge("start", "long_way", 1, 0, 0).conditional_edge("start", "short_way", 1, 0, 1);
    b.delay("long_way", fixed(100), {{"home", 1.0}});
    b.delay("short_way", fixed(1), {{"home", 1.0}});
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    b.deadline("start", fixed(28), {"long_way", "short_way"}, "street");
    const Model model = b.build();
    RunResults r = run(model);
    // Group slots: household single, family; then the two streams.
    const std::size_t groups = 4, deadline = static_cast<std::size_t>(GapKind::deadline) * groups,
                      drop_off = static_cast<std::size_t>(GapKind::drop_off) * groups;
    const std::vector<double>& caught = r.gap_groups[b.index("long_way")];
    ASSERT_EQ(caught.size(), gap_kind_count * groups);
    EXPECT_EQ(std::vector<double>(caught.begin() + deadline, caught.begin() + deadline + groups),
              (std::vector<double>{7, 0, 7, 0}));
    EXPECT_EQ(std::vector<double>(caught.begin() + drop_off, caught.begin() + drop_off + groups),
              (std::vector<double>{7, 0, 7, 0}));
    for (double n : r.gap_groups[b.index("short_way")]) EXPECT_EQ(n, 0);
}

TEST(Reneging, WaitingPeopleLeaveWhenPatienceRunsOutButPeopleInServiceDoNot) {
    ModelBuilder b;
    b.settings(1000, 0, 1);
    b.batch("desk", 3);
    b.service("desk", 1, fixed(50), {{"done", 1.0}});
    b.outcome("done");
    b.outcome("gone", OutcomeKind::drop_off);
    b.renege_to("desk", "gone", fixed(20));
    RunResults r = run(b.build());
    EXPECT_EQ(r.stat("stages.desk.reneged").mean, 2);
    EXPECT_EQ(r.stat("outcomes.gone.count").mean, 2);
    EXPECT_EQ(r.stat("outcomes.gone.days_to_outcome.mean").mean, 20);
    EXPECT_EQ(r.stat("outcomes.done.days_to_outcome.mean").mean, 50);
    EXPECT_EQ(r.stat("stages.desk.mean_wait_days").mean, 0);  // reneged waits are left out
    // Quantiles come from a sketch accurate to 1%.
    EXPECT_NEAR(r.stat("stages.desk.days_since_arrival.renege.p50").mean, 20, 0.2);
}

TEST(Batches, EveryBatchMemberJoinsTheCohort) {
    ModelBuilder b;
    b.settings(100, 0, 3);
    ArrivalStream& a = b.arrivals("start", 0.0);
    a.plan.batches = {{5, 10}, {7, 3}, {150, 99}};  // the last is after the horizon: never arrives
    b.delay("start", fixed(1), {{"home", 1.0}});
    b.outcome("home");
    RunResults r = run(b.build());
    EXPECT_EQ(r.stat("cohort.size").mean, 13);
    EXPECT_EQ(r.stat("cohort.size").sd, 0);
}

TEST(Schedules, WindowsReplaceTheBaseRateInsideThem) {
    // Base rate 0; a window of 100 days at 2 a day: 200 expected arrivals.
    ModelBuilder b;
    b.settings(300, 0, 40);
    ArrivalStream& a = b.arrivals("start", 0.0);
    a.plan.schedule = {{100, 200, 2.0}};
    b.delay("start", fixed(0), {{"home", 1.0}});
    b.outcome("home");
    RunResults r = run(b.build());
    EXPECT_TRUE(agrees(r, "cohort.size", 200));
    EXPECT_GT(r.stat("cohort.size").sd, 0);
}

TEST(Costs, PerDayAndPerEntryCountForTheCohortAndTheWindowBudget) {
    ModelBuilder b;
    b.settings(1000, 0, 1);
    b.batch("hotel", 2);
    Stage& hotel = b.delay("hotel", fixed(10), {{"home", 1.0}});
    hotel.cost = Cost{5, 100};
    b.outcome("home");
    RunResults r = run(b.build());
    EXPECT_DOUBLE_EQ(r.stat("cost.per_person").mean, 150);
    EXPECT_DOUBLE_EQ(r.stat("cost.total").mean, 300);
}

TEST(InitialOccupants, TakePlacesAndQueueButStayOutOfTheCohort) {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.batch("ta", 1, 1);
    Stage& ta = b.service("ta", 2, fixed(30), {{"home", 1.0}});
    ta.initial.count = 3;
    b.outcome("home");
    RunResults r = run(b.build());
    EXPECT_EQ(r.stat("cohort.size").mean, 1);
    EXPECT_EQ(r.stat("stages.ta.entries").mean, 1);
    EXPECT_DOUBLE_EQ(r.stat("stages.ta.mean_wait_days").mean, 29);
    // People in the stage: 3 on day 0-1, 4 on 1-30, 2 on 30-60, none after: 179 person-days over 100.
    EXPECT_DOUBLE_EQ(r.stat("stages.ta.mean_occupancy").mean, 1.79);
    EXPECT_DOUBLE_EQ(r.stat("stages.ta.utilisation").mean, (2 * 60.0) / (2 * 100));
}

TEST(Supply, BatchUnitsGoToTheHeadOfTheLineAndNobodyElseMoves) {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.batch("lets", 3);
    Stage& lets = b.supply("lets", 0.0, {{"home", 1.0}});
    lets.supply->batches = {{50, 2}};
    b.outcome("home");
    RunResults r = run(b.build());
    EXPECT_EQ(r.stat("outcomes.home.count").mean, 2);
    EXPECT_EQ(r.stat("cohort.unfinished").mean, 1);
    EXPECT_EQ(r.stat("outcomes.home.share").mean + 1.0 / 3, 1.0);
}

TEST(Supply, ARunWithACohortStuckAtARateZeroSupplyEndsWhileOtherSuppliesRelease) {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.batch("stuck", 1);
    b.batch("lets", 1);
    b.supply("stuck", 0.0, {{"home", 1.0}});
    b.supply("lets", 5.0, {{"home", 1.0}});
    b.outcome("home");
    RunRequest request;
    request.replications = 1;
    request.options.max_events = 100000;  // an endless run would pass this and throw
    RunResults r = run_model(b.build(), request);
    EXPECT_EQ(r.stat("cohort.unfinished").mean, 1);
    EXPECT_EQ(r.stat("outcomes.home.count").mean, 1);
}

TEST(FollowUp, PeopleStillInAStageWhenFollowUpEndsAreUnfinished) {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.batch("long", 1);
    b.delay("long", fixed(500), {{"home", 1.0}});
    b.outcome("home");
    Model m = b.build();
    m.simulation.follow_up_days = 50;
    RunResults r = run(m);
    EXPECT_EQ(r.stat("cohort.unfinished").mean, 1);
    EXPECT_EQ(r.stat("outcomes.home.count").mean, 0);
}

TEST(Warmup, OnlyArrivalsAfterTheWarmupAreInTheCohort) {
    ModelBuilder b;
    b.settings(100, 50, 1);
    ArrivalStream& a = b.arrivals("start", 0.0);
    a.plan.batches = {{10, 4}, {60, 6}};
    b.delay("start", fixed(1), {{"home", 1.0}});
    b.outcome("home");
    RunResults r = run(b.build());
    EXPECT_EQ(r.stat("cohort.size").mean, 6);
}

TEST(Conservation, SharesOfAllOutcomesAndUnfinishedSumToOneInEveryReplication) {
    ModelBuilder b;
    b.settings(400, 50, 8, 21);
    b.arrivals("desk", 1.5);
    b.service("desk", 2, exponential(1.5), {{"home", 0.6}, {"street", 0.4}});
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    b.renege_to("desk", "street", exponential(3));
    RunResults r = run(b.build());
    auto home = r.column("outcomes.home.share"), street = r.column("outcomes.street.share");
    auto size = r.column("cohort.size"), unfinished = r.column("cohort.unfinished");
    for (std::size_t i = 0; i < home.size(); ++i) {
        EXPECT_NEAR(home[i] + street[i] + unfinished[i] / size[i], 1.0, 1e-12);
    }
}

}  // namespace
}  // namespace pathways::testing
