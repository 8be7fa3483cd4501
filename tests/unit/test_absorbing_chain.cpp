// The model read as an absorbing Markov chain: hand-solved chains, feedback,
// attribute profiles, what is left out, and agreement with simulation.
#include <cmath>
#include <memory>
#include <numeric>

#include <gtest/gtest.h>

#include "analysis/absorbing_chain.h"
#include "model_builder.h"
#include "run_helpers.h"

namespace pathways::testing {
namespace {

// a (mean 10 d) -> b .3 / c .7;  b (mean 20 d) -> x;  c (mean 5 d) -> a .5 / y .5.
// Visits: v_a = 1 + .5 v_c and v_c = .7 v_a, so v_a = 1 / .65 = 20/13, v_b = 6/13,
// v_c = 14/13. P(x) = v_b = 6/13, P(y) = .5 v_c = 7/13.
// Time in system: 10 * 20/13 + 20 * 6/13 + 5 * 14/13 = 390/13 = 30 days.
// Given x, the chain conditioned on x leaves a for b with .3 (1) / (6/13) = .65
// and returns via c otherwise, so a is visited 20/13 times, c 7/13 times and b
// once: E[T | x] = (200 + 35) / 13 + 20 = 495/13. Given y, every a visit is
// followed by c, and c returns with .5 (7/13) / (10/13) = .35: a and c are
// each visited 20/13 times, E[T | y] = 15 * 20/13 = 300/13.
Model loop_model(double horizon = 100) {
    ModelBuilder b;
    b.settings(horizon, 0, 200, 7);
    b.arrivals("a", 1.0);
    b.delay("a", exponential(10), {{"b", 0.3}, {"c", 0.7}});
    b.delay("b", exponential(20), {{"x", 1.0}});
    b.delay("c", exponential(5), {{"a", 0.5}, {"y", 0.5}});
    b.outcome("x");
    b.outcome("y", OutcomeKind::drop_off);
    return b.build();
}

TEST(AbsorbingChain, GivesHandSolvedOutcomeProbabilities) {
    Model m = loop_model();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_NEAR(a.overall.outcome_probability[*m.find_stage("x")], 6.0 / 13, 1e-12);
    EXPECT_NEAR(a.overall.outcome_probability[*m.find_stage("y")], 7.0 / 13, 1e-12);
}

TEST(AbsorbingChain, GivesHandSolvedVisitsAndTimeInSystem) {
    Model m = loop_model();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_NEAR(a.overall.visits[*m.find_stage("a")], 20.0 / 13, 1e-12);
    EXPECT_NEAR(a.overall.visits[*m.find_stage("b")], 6.0 / 13, 1e-12);
    EXPECT_NEAR(a.overall.visits[*m.find_stage("c")], 14.0 / 13, 1e-12);
    EXPECT_NEAR(a.overall.time_in_system_days, 30.0, 1e-10);
}

TEST(AbsorbingChain, GivesDaysToEachOutcomeGivenThatOutcome) {
    Model m = loop_model();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_NEAR(*a.overall.days_to_outcome[*m.find_stage("x")], 495.0 / 13, 1e-10);
    EXPECT_NEAR(*a.overall.days_to_outcome[*m.find_stage("y")], 300.0 / 13, 1e-10);
}

TEST(AbsorbingChain, CountsGeometricVisitsThroughAFeedbackLoop) {
    // Returning with .75 gives 1 / .25 = 4 visits of 4 days each.
    ModelBuilder b;
    b.settings(10, 0, 1);
    b.arrivals("review", 1.0);
    b.delay("review", fixed(4), {{"review", 0.75}, {"done", 0.25}});
    b.outcome("done");
    Model m = b.build();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_NEAR(a.overall.visits[*m.find_stage("review")], 4.0, 1e-12);
    EXPECT_NEAR(a.overall.time_in_system_days, 16.0, 1e-12);
    EXPECT_NEAR(*a.overall.days_to_outcome[*m.find_stage("done")], 16.0, 1e-12);
}

TEST(AbsorbingChain, LeavesUnreachableOutcomesWithoutDays) {
    ModelBuilder b;
    b.settings(10, 0, 1);
    b.arrivals("start", 1.0);
    b.delay("start", fixed(3), {{"home", 1.0}});
    b.outcome("home");
    b.outcome("never", OutcomeKind::drop_off);
    Model m = b.build();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_EQ(a.overall.outcome_probability[*m.find_stage("never")], 0.0);
    EXPECT_FALSE(a.overall.days_to_outcome[*m.find_stage("never")].has_value());
}

// Singles (.7 of 2 a day over 100 days) go to `own` (10 d), families to `ta` (50 d).
Model profile_model() {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.attribute("household", {"single", "family"});
    ArrivalStream& s = b.arrivals("triage", 2.0);
    s.mix = {{0.7, 0.3}};
    b.delay("triage", fixed(2), {});
    b.delay("own", fixed(10), {{"settled", 1.0}});
    b.delay("ta", fixed(50), {{"settled", 0.6}, {"street", 0.4}});
    b.outcome("settled");
    b.outcome("street", OutcomeKind::drop_off);
    b.conditional_edge("triage", "own", 1.0, 0, 0);
    b.conditional_edge("triage", "ta", 1.0, 0, 1);
    return b.build();
}

TEST(AbsorbingChain, FollowsWhenEdgesForEachAttributeProfile) {
    Model m = profile_model();
    ChainAnalysis a = analyse_chain(m);
    ASSERT_EQ(a.by_profile.size(), 2u);
    EXPECT_NEAR(a.by_profile[0].weight, 140.0, 1e-9);
    EXPECT_NEAR(a.by_profile[1].weight, 60.0, 1e-9);
    EXPECT_NEAR(a.by_profile[0].figures.outcome_probability[*m.find_stage("settled")], 1.0, 1e-12);
    EXPECT_NEAR(a.by_profile[1].figures.outcome_probability[*m.find_stage("street")], 0.4, 1e-12);
    EXPECT_NEAR(a.by_profile[1].figures.time_in_system_days, 52.0, 1e-12);
}

TEST(AbsorbingChain, MixesProfilesByTheirExpectedArrivals) {
    // street: .3 * .4 = .12; time: .7 * 12 + .3 * 52 = 24; days to settled:
    // (.7 * 12 + .3 * .6 * 52) / (.7 + .18) = 17.76 / .88.
    Model m = profile_model();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_NEAR(a.overall.outcome_probability[*m.find_stage("street")], 0.12, 1e-12);
    EXPECT_NEAR(a.overall.time_in_system_days, 24.0, 1e-10);
    EXPECT_NEAR(*a.overall.days_to_outcome[*m.find_stage("settled")], 17.76 / 0.88, 1e-10);
}

TEST(AbsorbingChain, WeighsStreamsOnlyByArrivalsInsideTheCohortWindow) {
    // The batch at day 5 falls in the warmup; the schedule halves the rate for 20 of 40 days.
    ModelBuilder b;
    b.settings(50, 10, 1);
    ArrivalStream& s = b.arrivals("start", 1.0);
    s.plan.schedule.push_back({30, 60, 0.5});
    s.plan.batches.push_back({5, 100});
    s.plan.batches.push_back({20, 7});
    b.delay("start", fixed(1), {{"home", 1.0}});
    b.outcome("home");
    Model m = b.build();
    std::vector<std::vector<double>> arrivals = expected_cohort_arrivals(m);
    EXPECT_NEAR(arrivals[0][*m.find_stage("start")], 20 * 1.0 + 20 * 0.5 + 7, 1e-12);
}

TEST(AbsorbingChain, IgnoresWaitingAndCountsSupplyStagesAsInstant) {
    ModelBuilder b;
    b.settings(10, 0, 1);
    b.arrivals("desk", 1.0);
    b.service("desk", 1, fixed(6), {{"lets", 1.0}});
    b.supply("lets", 0.01, {{"home", 1.0}});
    b.outcome("home");
    Model m = b.build();
    EXPECT_NEAR(analyse_chain(m).overall.time_in_system_days, 6.0, 1e-12);
}

TEST(AbsorbingChain, ListsEverythingItLeavesOutInPlainWords) {
    ModelBuilder b;
    b.settings(10, 0, 1);
    b.arrivals("desk", 1.0);
    b.arrivals("desk", 0.5).in_cohort = false;
    b.service("desk", 6, fixed(6), {{"lets", 1.0}}).initial.count = 3;
    b.supply("lets", 0.01, {{"home", 1.0}});
    b.outcome("home");
    b.outcome("gone", OutcomeKind::drop_off);
    b.renege_to("lets", "gone", exponential(30));
    b.deadline("desk", fixed(28), {"lets"}, "gone");
    std::vector<std::string> left = analyse_chain(b.build()).left_out;
    std::vector<std::string> expected = {"capacity of desk (6 places)",
                                         "initial occupants at desk",
                                         "supply releases at lets (waiting for units is not counted)",
                                         "queue patience at lets",
                                         "deadline deadline_0 (after 28 d)",
                                         "background load arrivals_1"};
    EXPECT_EQ(left, expected);
}

// 30% reach casework, which sets had_casework = yes; the decision after it
// sends yes 80% and no 40% to a tenancy. Tenancy: .3 * .8 + .7 * .4 = .52.
Model casework_sets_model() {
    ModelBuilder b;
    b.settings(100, 0, 1);
    b.attribute("had_casework", {"no", "yes"});
    b.arrivals("triage", 1.0);
    b.delay("triage", fixed(1), {{"casework", 0.3}, {"decision", 0.7}});
    b.delay("casework", fixed(10), {{"decision", 1.0}}).sets = {Condition{0, 1}};
    b.delay("decision", fixed(5), {});
    b.outcome("tenancy");
    b.outcome("homeless", OutcomeKind::drop_off);
    b.conditional_edge("decision", "tenancy", 0.8, 0, 1);
    b.conditional_edge("decision", "homeless", 0.2, 0, 1);
    b.conditional_edge("decision", "tenancy", 0.4, 0, 0);
    b.conditional_edge("decision", "homeless", 0.6, 0, 0);
    return b.build();
}

TEST(AbsorbingChain, FollowsTheValuesStagesSetToTheRoutingAfterThem) {
    Model m = casework_sets_model();
    ChainAnalysis a = analyse_chain(m);
    EXPECT_NEAR(a.overall.outcome_probability[*m.find_stage("tenancy")], 0.3 * 0.8 + 0.7 * 0.4, 1e-15);
    EXPECT_NEAR(a.overall.outcome_probability[*m.find_stage("homeless")], 0.3 * 0.2 + 0.7 * 0.6, 1e-15);
    // Everyone arrives without casework: one arrival profile, two profiles at the decision.
    ASSERT_EQ(a.by_profile.size(), 1u);
    EXPECT_EQ(a.by_profile[0].profile, 0u);
    EXPECT_NEAR(a.overall.visits[*m.find_stage("decision")], 1.0, 1e-15);
    EXPECT_NEAR(a.overall.visits[*m.find_stage("casework")], 0.3, 1e-15);
    EXPECT_NEAR(a.overall.time_in_system_days, 1 + 0.3 * 10 + 5, 1e-12);
    // Of the .52 housed, .24 had casework (10 more days).
    EXPECT_NEAR(*a.overall.days_to_outcome[*m.find_stage("tenancy")], 6 + 10 * 0.24 / 0.52, 1e-12);
}

// desk (6 d) -> lets, which keeps a place at desk while waiting; a regime in
// force from before day 0 sends half of desk's people to `gone`, and one from
// day 365 would send them all home again.
Model regime_model() {
    auto rules = [](double home) {
        ModelBuilder b;
        b.settings(10, 0, 1);
        b.arrivals("desk", 1.0);
        b.service("desk", 6, fixed(6), {{"lets", home}, {"gone", 1 - home}});
        b.supply("lets", 0.01, {{"home", 1.0}}).held_in = 0;
        b.outcome("home");
        b.outcome("gone", OutcomeKind::drop_off);
        return b.build();
    };
    Model m = rules(1.0);
    m.regimes.push_back({"current_rules", "", {}, -30, std::make_shared<Model>(rules(0.5))});
    m.regimes.push_back({"funding_ends", "", {}, 365, std::make_shared<Model>(rules(1.0))});
    return m;
}

TEST(AbsorbingChain, SolvesTheRulesInForceAtDayZero) {
    Model m = regime_model();
    EXPECT_EQ(&rules_at_day_zero(m), m.regimes[0].rules.get());
    EXPECT_NEAR(analyse_chain(m).overall.outcome_probability[*m.find_stage("gone")], 0.5, 1e-15);
    m.regimes.erase(m.regimes.begin());
    EXPECT_EQ(&rules_at_day_zero(m), &m);
    EXPECT_EQ(analyse_chain(m).overall.outcome_probability[*m.find_stage("gone")], 0.0);
}

TEST(AbsorbingChain, ListsLaterRegimesAndHeldPlacesAsLeftOut) {
    std::vector<std::string> left = analyse_chain(regime_model()).left_out;
    std::vector<std::string> expected = {
        "capacity of desk (6 places)", "supply releases at lets (waiting for units is not counted)",
        "places kept in desk while waiting at lets (the wait counts outside desk: the kept place's occupancy and "
        "cost are not counted)",
        "regime funding_ends from day 365: not in the exact solution, which uses the rules in force at day 0"};
    EXPECT_EQ(left, expected);
}

std::string numbered(const char* prefix, int i) {
    std::string id = prefix;
    id += std::to_string(i);
    return id;
}

TEST(AbsorbingChain, SolvesALongChainOfAThousandStages) {
    // Each stage moves on with .9 and returns to the first with .1.
    ModelBuilder b;
    b.settings(10, 0, 1);
    b.arrivals("s0", 1.0);
    for (int i = 0; i < 1000; ++i) {
        std::string next = i == 999 ? "done" : numbered("s", i + 1);
        b.delay(numbered("s", i), fixed(1), {{next, 0.9}, {i == 0 ? "lost" : "s0", 0.1}});
    }
    b.outcome("done");
    b.outcome("lost", OutcomeKind::drop_off);
    Model m = b.build();
    ChainAnalysis a = analyse_chain(m);
    double done = a.overall.outcome_probability[*m.find_stage("done")];
    double lost = a.overall.outcome_probability[*m.find_stage("lost")];
    EXPECT_NEAR(done + lost, 1.0, 1e-9);
    EXPECT_GT(lost, 0.99);  // almost nobody passes 999 stages at .9 each
}

TEST(AbsorbingChain, AgreesWithTheSimulationOfACapacityFreeModel) {
    // 200 replications of about 100 arrivals; `agrees` allows 1.5 half-widths
    // (about three standard errors) since several figures are checked at once.
    Model m = loop_model();
    ChainAnalysis a = analyse_chain(m);
    RunResults r = run(m);
    EXPECT_TRUE(agrees(r, "outcomes.x.share", a.overall.outcome_probability[*m.find_stage("x")]));
    EXPECT_TRUE(agrees(r, "outcomes.y.share", a.overall.outcome_probability[*m.find_stage("y")]));
    EXPECT_TRUE(agrees(r, "time_in_system_days.mean", a.overall.time_in_system_days));
    EXPECT_TRUE(agrees(r, "outcomes.x.days_to_outcome.mean", *a.overall.days_to_outcome[*m.find_stage("x")]));
    EXPECT_TRUE(agrees(r, "outcomes.y.days_to_outcome.mean", *a.overall.days_to_outcome[*m.find_stage("y")]));
}

TEST(AbsorbingChain, AgreesWithTheSimulationOfACapacityFreeModelWhoseStagesSetValues) {
    Model m = casework_sets_model();
    m.simulation.replications = 200;
    ChainAnalysis a = analyse_chain(m);
    RunResults r = run(m);
    const auto tenancy = *m.find_stage("tenancy");
    EXPECT_TRUE(agrees(r, "outcomes.tenancy.share", a.overall.outcome_probability[tenancy]));
    EXPECT_TRUE(agrees(r, "outcomes.tenancy.days_to_outcome.mean", *a.overall.days_to_outcome[tenancy]));
    EXPECT_TRUE(agrees(r, "time_in_system_days.mean", a.overall.time_in_system_days));
    // The end-of-journey value: everyone who went through casework, 30%.
    const double cohort = r.stat("cohort.size").mean;
    EXPECT_TRUE(agrees(r, "by_attribute.had_casework.yes.outcomes.tenancy.share", 0.8));
    EXPECT_NEAR(r.stat("by_attribute.had_casework.yes.cohort").mean / cohort, 0.3, 0.02);
}

}  // namespace
}  // namespace pathways::testing
