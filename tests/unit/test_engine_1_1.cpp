// Exact cases for format 1.1 in the engine: attributes set by stages, places
// held while waiting for a unit, dated regimes, periods and arrival streams.
#include <memory>

#include <gtest/gtest.h>

#include "model/periods.h"
#include "model_builder.h"
#include "run/results_builder.h"
#include "run_helpers.h"

namespace pathways::testing {
namespace {

Model version_1_1(Model m) {
    m.format = "pathways/1.1";
    return m;
}

// Adds a regime in force from `from`: the rules are the given model's.
void add_regime(Model& m, double from, Model rules) {
    index_stages(rules);
    m.regimes.push_back(
        {"regime_" + std::to_string(m.regimes.size()), "", {}, from, std::make_shared<const Model>(std::move(rules))});
    index_stages(m);
}

// Two households in temporary accommodation (one place, 10 days); lets come
// on days 50 and 100. Each household keeps its place while it waits for a let.
Model held_place_model(bool held) {
    ModelBuilder b;
    b.settings(200, 0, 1);
    b.batch("ta", 2);
    Stage& ta = b.service("ta", 1, fixed(10), {{"social_wait", 1.0}});
    ta.cost.per_day = 1;
    Stage& wait = b.supply("social_wait", 0.0, {{"home", 1.0}});
    wait.supply->batches = {{50, 1}, {100, 1}};
    b.outcome("home");
    Model m = version_1_1(b.build());
    if (held) m.stages[*m.find_stage("social_wait")].held_in = *m.find_stage("ta");
    return m;
}

TEST(HeldPlaces, AreFreedExactlyWhenTheUnitIsReleased) {
    RunResults r = run(held_place_model(true));
    // The second household starts in TA on day 50, when the first gets a let.
    EXPECT_EQ(r.stat("stages.ta.mean_wait_days").mean, 25);
    EXPECT_EQ(r.stat("stages.ta.mean_days_in_stage").mean, 35);        // 10 and 50 + 10
    EXPECT_EQ(r.stat("outcomes.home.days_to_outcome.mean").mean, 75);  // 50 and 100
    EXPECT_EQ(r.stat("stages.ta.utilisation").mean, 0.5);              // one place busy on days 0-100
    EXPECT_EQ(r.stat("stages.ta.mean_occupancy").mean, 0.75);          // (50 + 100) / 200: held places count
    EXPECT_EQ(r.stat("stages.social_wait.mean_occupancy").mean, 0.4);  // waits 10-50 and 60-100
    EXPECT_EQ(r.stat("stages.social_wait.mean_wait_days").mean, 40);
    // The held place is paid for while waiting: 50 and 100 place-days.
    EXPECT_EQ(r.stat("cost.per_person").mean, 75);
    EXPECT_EQ(r.stat("cost.total").mean, 150);
}

TEST(HeldPlaces, WithoutHoldingTheNextHouseholdMovesInAtOnce) {
    RunResults r = run(held_place_model(false));
    EXPECT_EQ(r.stat("stages.ta.mean_wait_days").mean, 5);  // 0 and 10
    EXPECT_EQ(r.stat("cost.per_person").mean, 15);          // 10, and 10 waiting + 10 in a place
}

// Everyone goes from `start` to `a`; from day 100 the rules send them to `b`.
Model routing_switch_model(std::vector<double> batch_days) {
    ModelBuilder b;
    b.settings(300, 0, 1);
    for (double day : batch_days) b.batch("start", 1, day);
    b.delay("start", fixed(0), {{"a", 1.0}});
    b.outcome("a");
    b.outcome("b");
    Model m = version_1_1(b.build());
    Model rules = m;
    rules.stages[0].next = {Edge{*m.find_stage("b"), 1.0, {}}};
    add_regime(m, 100, rules);
    return m;
}

TEST(Regimes, SwitchRoutingOnTheirDayBeforeAnythingElseThatDay) {
    RunResults r = run(routing_switch_model({50, 100, 150}));
    EXPECT_EQ(r.stat("outcomes.a.count").mean, 1);
    EXPECT_EQ(r.stat("outcomes.b.count").mean, 2);  // the household arriving on day 100 too
    EXPECT_EQ(r.stat("flows.start.b.count").mean, 2);
}

TEST(Regimes, FromDayZeroOrEarlierAreInForceFromTheStart) {
    Model m = routing_switch_model({0, 50});
    m.regimes[0].from = -30;
    RunResults r = run(m);
    EXPECT_EQ(r.stat("outcomes.b.count").mean, 2);
}

// A 28-day notice; from day 10 notices are 56 days and lead elsewhere.
Model notice_model() {
    ModelBuilder b;
    b.settings(300, 0, 1);
    b.batch("grant", 1, 0);
    b.batch("grant", 1, 20);
    b.delay("grant", fixed(0), {{"waiting", 1.0}});
    b.delay("waiting", fixed(100), {{"home", 1.0}});
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    b.outcome("relief");
    b.deadline("grant", fixed(28), {"waiting"}, "street");
    Model m = version_1_1(b.build());
    Model rules = m;
    rules.deadlines[0].after = fixed(56);
    add_regime(m, 10, rules);
    return m;
}

TEST(Regimes, ADeadlineClockKeepsTheFireTimeSetWhenItStarted) {
    RunResults r = run(notice_model());
    // Day 0's notice fires on day 28; day 20's, under the new rule, on day 76.
    EXPECT_EQ(r.stat("outcomes.street.count").mean, 2);
    EXPECT_EQ(r.stat("outcomes.street.days_to_outcome.mean").mean, 42);  // 28 and 56
}

TEST(Regimes, WhereADeadlineSendsPeopleIsTheRuleInForceWhenItFires) {
    Model m = notice_model();
    Model rules = *m.regimes[0].rules;
    rules.deadlines[0].divert_to = {*m.find_stage("relief")};
    rules.deadlines[0].effect = {MoveEffect::handover};
    m.regimes.clear();
    add_regime(m, 10, rules);
    RunResults r = run(m);
    EXPECT_EQ(r.stat("outcomes.relief.count").mean, 2);
}

// Four households, two places of 10 days.
Model capacity_model(std::uint64_t capacity_from_day_5) {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.batch("desk", 4);
    b.service("desk", 2, fixed(10), {{"done", 1.0}});
    b.outcome("done");
    Model m = version_1_1(b.build());
    Model rules = m;
    rules.stages[0].capacity = capacity_from_day_5;
    add_regime(m, 5, rules);
    return m;
}

TEST(Regimes, ALowerCapacityTakesNoOneOutOfServiceButNewcomersWait) {
    RunResults r = run(capacity_model(1));
    // Both served until day 10; then one place: the third starts on day 10, the fourth on day 20.
    EXPECT_EQ(r.stat("stages.desk.mean_wait_days").mean, 7.5);
    // Busy place-days 10 + 10 + 10 + 10 over available 2 * 5 + 1 * 95.
    EXPECT_DOUBLE_EQ(r.stat("stages.desk.utilisation").mean, 40.0 / 105.0);
}

TEST(Regimes, AHigherCapacityStartsWaitingPeopleAtOnce) {
    RunResults r = run(capacity_model(4));
    EXPECT_EQ(r.stat("stages.desk.mean_wait_days").mean, 2.5);  // 0, 0, 5, 5
}

TEST(Regimes, ArrivalRatesChangeAtOnce) {
    ModelBuilder b;
    b.settings(200, 0, 40);
    b.arrivals("start", 0.0);
    b.delay("start", fixed(1), {{"done", 1.0}});
    b.outcome("done");
    Model m = version_1_1(b.build());
    Model rules = m;
    rules.arrivals[0].plan.rate_per_day = 2.0;
    add_regime(m, 100, rules);
    RunResults r = run(m);
    EXPECT_TRUE(agrees(r, "cohort.size", 200));
}

TEST(Sets, AValueSetOnEntryChangesRoutingDownstream) {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.attribute("had_casework", {"no", "yes"});
    b.batch("casework", 3);
    b.batch("after", 5);
    Stage& casework = b.delay("casework", fixed(10), {{"after", 1.0}});
    casework.sets = {Condition{0, 1}};
    b.delay("after", fixed(1), {});
    b.outcome("tenancy");
    b.outcome("street", OutcomeKind::drop_off);
    b.conditional_edge("after", "tenancy", 1.0, 0, 1);
    b.conditional_edge("after", "street", 1.0, 0, 0);
    RunResults r = run(version_1_1(b.build()));
    EXPECT_EQ(r.stat("outcomes.tenancy.count").mean, 3);
    EXPECT_EQ(r.stat("outcomes.street.count").mean, 5);
    // Grouped by the value at the end of the journey.
    EXPECT_EQ(r.stat("by_attribute.had_casework.yes.cohort").mean, 3);
    EXPECT_EQ(r.stat("by_attribute.had_casework.yes.outcomes.tenancy.share").mean, 1);
    EXPECT_EQ(r.stat("by_attribute.had_casework.no.outcomes.street.share").mean, 1);
    // And by the stream people came by.
    EXPECT_EQ(r.stat("by_arrival.arrivals_0.cohort").mean, 3);
    EXPECT_EQ(r.stat("by_arrival.arrivals_1.outcomes.street.share").mean, 1);
    EXPECT_EQ(r.stat("by_arrival.arrivals_0.time_in_system_days.mean").mean, 11);
}

// Batches of 2, 3, 4, ... people on days 5, 15, 25, ..., each staying 5 days,
// counted in periods of 10 days over a horizon of 30.
Model batches_in_ten_day_periods(int batches) {
    ModelBuilder b;
    b.settings(30, 10, 1);
    for (int k = 0; k < batches; ++k) b.batch("stay", 2 + k, 5 + 10 * k);
    b.delay("stay", fixed(5), {{"home", 1.0}});
    b.outcome("home");
    Model m = version_1_1(b.build());
    m.simulation.periods = PeriodUnit::days;
    m.simulation.period_days = 10;
    return m;
}

TEST(Periods, CountEntriesOccupancyAndOutcomesOfBatchesOnKnownDays) {
    Model m = batches_in_ten_day_periods(3);
    RunResults r = run(m);
    // Everyone counts, warm-up included; the last batch leaves on day 30, after the horizon.
    EXPECT_EQ(r.stat("by_period.p0.stages.stay.entries").mean, 2);
    EXPECT_EQ(r.stat("by_period.p1.stages.stay.entries").mean, 3);
    EXPECT_EQ(r.stat("by_period.p2.stages.stay.entries").mean, 4);
    EXPECT_EQ(r.stat("by_period.p0.stages.stay.mean_occupancy").mean, 1);  // 2 people for 5 of 10 days
    EXPECT_EQ(r.stat("by_period.p2.stages.stay.mean_occupancy").mean, 2);  // 4 for 5 of 10
    EXPECT_EQ(r.stat("by_period.p1.outcomes.home.count").mean, 2);         // day 10
    EXPECT_EQ(r.stat("by_period.p2.outcomes.home.count").mean, 3);         // day 20
    EXPECT_FALSE(r.layout->find("by_period.p3.outcomes.home.count"));
}

TEST(Periods, CountEveryonesArrivalsBesideEveryonesEnds) {
    // Besides the cohort's batches, 7 households outside the cohort arrive on
    // day 15 at a stage of their own and settle there 5 days later: they count
    // among the arrivals of p1 as their ends count among p2's.
    ModelBuilder b;
    b.settings(30, 10, 1);
    for (int k = 0; k < 3; ++k) b.batch("stay", 2 + k, 5 + 10 * k);
    b.batch("background", 7, 15).in_cohort = false;
    b.delay("stay", fixed(5), {{"home", 1.0}});
    b.delay("background", fixed(5), {{"home", 1.0}});
    b.outcome("home");
    Model m = version_1_1(b.build());
    m.simulation.periods = PeriodUnit::days;
    m.simulation.period_days = 10;
    const Results r = build_results(m, run(m), RunProvenance{});
    ASSERT_EQ(r.by_period.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) ASSERT_TRUE(r.by_period[k].arrivals.has_value());
    EXPECT_EQ(r.by_period[0].arrivals->mean, 2);
    EXPECT_EQ(r.by_period[1].arrivals->mean, 3 + 7);
    EXPECT_EQ(r.by_period[2].arrivals->mean, 4);
    EXPECT_EQ(r.by_period[2].outcomes[0][Metric::period_outcome_count].mean, 3 + 7);
}

TEST(Periods, ATargetDividingByAPeriodNobodyReachedIsUnclear) {
    Model m = batches_in_ten_day_periods(2);
    Target rise;
    rise.id = "rise";
    rise.numerator = {"by_period.p2.outcomes.home.count"};
    rise.denominator = {"by_period.p0.outcomes.home.count"};  // the first batch leaves on day 10
    rise.low = 1;
    rise.high = 3;
    m.targets.push_back(rise);
    Target later = rise;
    later.id = "later";
    later.numerator = {"by_period.p7.outcomes.home.count"};
    m.targets.push_back(later);
    Results r = build_results(m, run(m), RunProvenance{});
    EXPECT_EQ(r.targets[0].status, "unclear");
    EXPECT_EQ(r.targets[0].unclear_because, "its denominator is 0 in every replication of this run");
    EXPECT_EQ(r.targets[1].status, "unclear");
    EXPECT_NE(r.targets[1].unclear_because.find("no statistic by_period.p7"), std::string::npos);
}

TEST(Periods, FollowTheCalendarFromTheStartDate) {
    SimulationSettings s;
    s.start_date = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{2}, std::chrono::day{15}};
    s.periods = PeriodUnit::quarter;
    s.horizon_days = 200;
    const std::vector<Period> p = periods_of(s);
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[0].label, "2026-Q1");
    EXPECT_EQ(p[0].from, 0);
    EXPECT_EQ(p[0].to, 45);  // 15 February to 1 April
    EXPECT_EQ(p[1].label, "2026-Q2");
    EXPECT_EQ(p[1].to, 45 + 91);
    EXPECT_EQ(p[2].label, "2026-Q3");
    EXPECT_EQ(p[2].to, 200);  // partial: the horizon
    s.periods = PeriodUnit::month;
    EXPECT_EQ(periods_of(s)[1].label, "2026-03");
    s.periods = PeriodUnit::year;
    EXPECT_EQ(periods_of(s)[0].label, "2026");
}

TEST(Format1, ModelsGetNoneOfTheNewResultKeys) {
    ModelBuilder b;
    b.settings(30, 0, 1);
    b.batch("stay", 2, 5);
    b.delay("stay", fixed(5), {{"home", 1.0}});
    b.outcome("home");
    RunResults r = run(b.build());
    for (const std::string& path : r.layout->paths()) {
        EXPECT_FALSE(path.starts_with("by_arrival") || path.starts_with("by_period")) << path;
    }
}

}  // namespace
}  // namespace pathways::testing
