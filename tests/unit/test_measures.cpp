// Format 1.2 measures counted by the engine: every kind on a model whose
// journeys are known in advance (tests/data/measures/exact.json), with
// within_days, populations by stream and by attribute, periods and gaps.
#include <gtest/gtest.h>

#include "analysis/gap_ranking.h"
#include "run/results_builder.h"
#include "run_helpers.h"
#include "test_load_fixture.h"

namespace pathways::testing {
namespace {

const std::string measures_dir = std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/measures/";

Model exact_model() {
    LoadResult r = load_model_file(measures_dir + "exact.json");
    if (!r.ok()) throw std::runtime_error(all_diagnostics(r));
    return *r.model;
}

// The cohort window is the whole horizon: 365 days.
constexpr double window_years = 365 / 365.25;

class ExactMeasures : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        model_ = new Model(exact_model());
        run_ = new RunResults(run(*model_));
    }
    static void TearDownTestSuite() {
        delete run_;
        delete model_;
    }
    // The same in every replication: the journeys are fixed.
    static void expect(const std::string& id, double counted, double population) {
        const Stat& per_year = run_->stat("measures." + id + ".per_year");
        const Stat& share = run_->stat("measures." + id + ".share");
        EXPECT_DOUBLE_EQ(per_year.mean, counted / window_years) << id;
        EXPECT_EQ(per_year.sd, 0) << id;
        EXPECT_DOUBLE_EQ(share.mean, population > 0 ? counted / population : 0) << id;
    }
    static Model* model_;
    static RunResults* run_;
};
Model* ExactMeasures::model_ = nullptr;
RunResults* ExactMeasures::run_ = nullptr;

TEST_F(ExactMeasures, EndsInKindCountsEveryCohortJourneyEndingInAnOutcomeOfThatKind) {
    // 4 own grants and 3 from elsewhere end on the street; the background stream is not in the cohort.
    expect("lost_housing", 7, 9);
}

TEST_F(ExactMeasures, APopulationByStreamCountsOnlyThatStreamsJourneys) { expect("own_grants_lost", 4, 4); }

TEST_F(ExactMeasures, WithinDaysCountsOnlyJourneysEndingThatSoonAfterArriving) {
    expect("settled_within_90", 0, 9);   // families settle exactly 100 days after arriving
    expect("settled_within_100", 2, 9);  // 100 days is within 100
}

TEST_F(ExactMeasures, VisitsCountsThePopulationsJourneysThroughTheStage) {
    expect("families_prevented", 2, 2);  // a population by attribute value on arrival
    expect("singles_prevented", 0, 7);
}

TEST_F(ExactMeasures, InPathwayAfterDaysCountsJourneysNotEndedThatLongAfterArriving) {
    expect("waiting_past_60", 2, 9);  // the families, 100 days
    expect("waiting_past_28", 2, 9);  // singles end exactly 28 days after arriving: no longer in the pathway
}

TEST_F(ExactMeasures, ByPeriodCountsJourneysByThePeriodTheyArrivedIn) {
    // Periods of 25 days: own grants (day 10) and families (day 20) in p0, elsewhere (day 30) in p1.
    EXPECT_DOUBLE_EQ(run_->stat("by_period.p0.measures.lost_housing.per_year").mean, 4 / (25 / 365.25));
    EXPECT_DOUBLE_EQ(run_->stat("by_period.p0.measures.lost_housing.share").mean, 4.0 / 6);
    EXPECT_DOUBLE_EQ(run_->stat("by_period.p1.measures.lost_housing.per_year").mean, 3 / (25 / 365.25));
    EXPECT_DOUBLE_EQ(run_->stat("by_period.p1.measures.lost_housing.share").mean, 1);
    EXPECT_EQ(run_->stat("by_period.p2.measures.lost_housing.per_year").mean, 0);
}

TEST_F(ExactMeasures, ATargetMayNameAMeasure) {
    Results r = build_results(*model_, *run_, {});
    ASSERT_EQ(r.targets.size(), 1u);
    EXPECT_DOUBLE_EQ(r.targets[0].value.mean, 7.0 / 9);
    EXPECT_EQ(r.targets[0].status, "met");
}

TEST_F(ExactMeasures, ResultsCarryEachMeasureWithItsDirection) {
    Results r = build_results(*model_, *run_, {});
    ASSERT_EQ(r.measures.size(), model_->measures.size());
    EXPECT_EQ(r.measures[0].id, "lost_housing");
    EXPECT_TRUE(r.measures[0].headline);
    EXPECT_FALSE(r.measures[0].higher_is_better);  // inferred: fewer losses
    EXPECT_TRUE(r.measures[4].higher_is_better);   // said: more prevented
    EXPECT_DOUBLE_EQ(r.measures[1].figures[Metric::measure_share].mean, 1);
    EXPECT_DOUBLE_EQ(r.by_period[1].measures[0][Metric::period_measure_share].mean, 1);
}

TEST_F(ExactMeasures, EachGapSaysHowManyOfAHeadlineMeasuresJourneysMetIt) {
    Results r = build_results(*model_, *run_, {});
    GapAnalysis gaps = analyse_gaps(*model_, r);
    ASSERT_EQ(gaps.measure_names, std::vector<std::string>{"lost_housing"});
    ASSERT_FALSE(gaps.gaps.empty());
    const Gap& lost = gaps.gaps[0];
    EXPECT_EQ(lost.stage, "move_on");
    EXPECT_EQ(lost.kind, GapKind::drop_off);
    ASSERT_EQ(lost.measures.size(), 1u);
    EXPECT_EQ(lost.measures[0].id, "lost_housing");
    EXPECT_DOUBLE_EQ(lost.measures[0].per_year.mean, 7 / window_years);
}

TEST(Measures, AModelWithoutMeasuresHasNoMeasureColumns) {
    Model m = exact_model();
    m.measures.clear();
    m.targets.clear();
    const MetricLayout layout(m, ModelIndex(m));
    for (const MetricColumn& c : layout.columns()) {
        const MetricScope scope = metric_def(c.metric).scope;
        EXPECT_NE(scope, MetricScope::measure);
        EXPECT_NE(scope, MetricScope::period_measure);
    }
    EXPECT_TRUE(build_results(m, run(m), {}).measures.empty());
}

TEST(Measures, JourneysTheRunLeavesUnfinishedCountWhenTheRunSawThemLongEnough) {
    // Follow-up ends 30 days after the horizon: the families (100 days) are still in the pathway.
    Model m = exact_model();
    m.simulation.horizon_days = 40;
    m.simulation.follow_up_days = 30;
    m.simulation.period_days = 0;
    m.simulation.periods = PeriodUnit::none;
    m.targets.clear();
    RunResults r = run(m);
    const double years = 40 / 365.25;
    EXPECT_DOUBLE_EQ(r.stat("measures.waiting_past_28.per_year").mean, 2 / years);
    EXPECT_EQ(r.stat("measures.waiting_past_60.per_year").mean, 0);  // the run saw them for 50 days only
    EXPECT_DOUBLE_EQ(r.stat("measures.families_prevented.share").mean, 1);
    EXPECT_EQ(r.stat("measures.settled_within_100.per_year").mean, 0);
}

}  // namespace
}  // namespace pathways::testing
