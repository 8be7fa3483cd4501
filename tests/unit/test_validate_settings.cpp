// Validation of arrivals, mixes, simulation settings, targets and limits, and
// the list of metric paths.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metrics/metric_layout.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;

Json window(double from, double to, double rate) {
    return {{"from_day", from}, {"to_day", to}, {"rate_per_day", rate}};
}

TEST(ValidateArrivals, OverlappingScheduleWindowsAreRefused) {
    Json doc = with(example(), "/arrivals/grants/schedule", Json::array({window(100, 200, 1), window(50, 120, 2)}));
    EXPECT_TRUE(has_error(load(doc), "/arrivals/grants/schedule/0", "overlaps window 1 (from day 50 to day 120)"));
}

TEST(ValidateArrivals, ScheduleWindowsAreSortedByStart) {
    Json doc = with(example(), "/arrivals/grants/schedule", Json::array({window(100, 200, 1), window(0, 90, 2)}));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->arrivals[0].plan.schedule[0].from_day, 0);
    EXPECT_EQ(r.model->arrivals[0].plan.schedule[1].from_day, 100);
}

TEST(ValidateArrivals, AWindowMustEndAfterItStarts) {
    Json doc = with(example(), "/arrivals/grants/schedule", Json::array({window(90, 90, 1)}));
    EXPECT_TRUE(has_error(load(doc), "/arrivals/grants/schedule/0/to_day", "must be > from_day (90), got 90"));
}

TEST(ValidateArrivals, ANegativeRateIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/rate_per_day", -0.5)), "/arrivals/grants/rate_per_day",
                          "must be >= 0, got -0.5"));
    EXPECT_TRUE(has_error(load(with(example(), "/stages/social_wait/supply/rate_per_day", -1)),
                          "/stages/social_wait/supply/rate_per_day", "must be >= 0, got -1"));
}

TEST(ValidateArrivals, MixSharesMustSumToOne) {
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/mix/household/family", 0.2)),
                          "/arrivals/grants/mix/household", "the shares of household sum to 0.9, not 1"));
}

TEST(ValidateArrivals, MixValuesMustBeDeclared) {
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/mix/household/couple", 0)),
                          "/arrivals/grants/mix/household/couple", "value \"couple\" is not declared"));
}

TEST(ValidateArrivals, InCohortMustBeTrueOrFalse) {
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/in_cohort", "no")), "/arrivals/grants/in_cohort",
                          "must be true or false, got \"no\""));
    LoadResult r = load(with(example(), "/arrivals/grants/in_cohort", false));
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.model->arrivals[0].in_cohort);
}

TEST(ValidateLimits, ExpectedArrivalsAboveOneBillionAreRefused) {
    // 1e6 a day for 1825 days is 1.8 billion.
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/rate_per_day", 1e6)), "/arrivals",
                          "more than the limit of 1000000000"));
}

TEST(ValidateLimits, ABatchAboveTenMillionIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/batches/0/size", 20000000)),
                          "/arrivals/grants/batches/0/size", "must be at most 10000000, got 20000000"));
}

TEST(ValidateLimits, MoreThan4096AttributeCombinationsAreRefused) {
    Json doc = example();
    for (int a = 0; a < 13; ++a) doc["attributes"]["flag_" + std::to_string(a)] = Json::array({"no", "yes"});
    EXPECT_TRUE(has_error(load(doc), "/attributes/flag_11", "more than the limit of 4096"));
}

TEST(ValidateLimits, MoreThanTenThousandReplicationsAreRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/simulation/replications", 10001)), "/simulation/replications",
                          "must be at most 10000, got 10001"));
}

TEST(ValidateSimulation, WarmupMustEndBeforeTheHorizon) {
    EXPECT_TRUE(has_error(load(with(example(), "/simulation/warmup_days", 1825)), "/simulation/warmup_days",
                          "must be < horizon_days (1825), got 1825"));
}

TEST(ValidateSimulation, TheHorizonMustBePositive) {
    EXPECT_TRUE(has_error(load(with(example(), "/simulation/horizon_days", 0)), "/simulation/horizon_days",
                          "must be > 0, got 0"));
}

TEST(ValidateSimulation, TheSeedMustBeANonNegativeInteger) {
    EXPECT_TRUE(has_error(load(with(example(), "/simulation/seed", -1)), "/simulation/seed",
                          "must be an integer >= 0, got -1"));
    LoadResult r = load(with(example(), "/simulation/seed", Json(std::uint64_t{18446744073709551615u})));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->simulation.seed, 18446744073709551615u);
}

TEST(ValidateSimulation, FollowUpDaysMustNotBeNegative) {
    EXPECT_TRUE(has_error(load(with(example(), "/simulation/follow_up_days", -5)), "/simulation/follow_up_days",
                          "must be >= 0, got -5"));
}

TEST(ValidateSimulation, DefaultsApplyWhenLeftOut) {
    Json doc = with(example(), "/simulation", Json::parse(R"({"horizon_days": 100})"));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->simulation.warmup_days, 0);
    EXPECT_EQ(r.model->simulation.replications, 30u);
    EXPECT_EQ(r.model->simulation.seed, 1u);
}

TEST(ValidateTargets, APathNamingNoStatisticIsRefusedWithASuggestion) {
    Json doc = with(example(), "/targets/rough", Json::parse(R"({"metric": "outcomes.rough_sleepin.share",
                                                                  "low": 0, "high": 1})"));
    EXPECT_TRUE(has_error(load(doc), "/targets/rough/metric",
                          "names no statistic of this model's results; did you mean 'outcomes.rough_sleeping.share'?"));
}

TEST(ValidateTargets, ANumeratorPathIsCheckedToo) {
    Json doc = with(example(), "/targets/share", Json::parse(R"({"numerator": ["stages.prs.utilisation"],
                                                                  "denominator": ["cohort.size"], "low": 0, "high": 1})"));
    EXPECT_TRUE(has_error(load(doc), "/targets/share/numerator/0", "\"stages.prs.utilisation\" names no statistic"));
}

TEST(ValidateTargets, LowAboveHighIsRefused) {
    Json doc = with(example(), "/targets/t", Json::parse(R"({"metric": "cohort.size", "low": 5, "high": 1})"));
    EXPECT_TRUE(has_error(load(doc), "/targets/t/high", "must be >= low (5), got 1"));
}

TEST(ValidateTargets, MetricAndNumeratorTogetherAreRefused) {
    Json doc = with(example(), "/targets/t", Json::parse(R"({"metric": "cohort.size", "numerator": ["cohort.size"],
                                                              "denominator": ["cohort.size"], "low": 0, "high": 1})"));
    EXPECT_TRUE(has_error(load(doc), "/targets/t", "either 'metric' or 'numerator' and 'denominator'"));
}

TEST(ValidateTargets, AnEmptyDenominatorIsRefused) {
    Json doc = with(example(), "/targets/t", Json::parse(R"({"numerator": ["cohort.size"], "denominator": [],
                                                              "low": 0, "high": 1})"));
    EXPECT_TRUE(has_error(load(doc), "/targets/t/denominator", "must list at least one metric path"));
}

class MetricPaths : public ::testing::Test {
protected:
    void SetUp() override {
        result = load(example());
        ASSERT_TRUE(result.ok()) << all_diagnostics(result);
    }
    bool valid(const std::string& path) const { return is_metric_path(*result.model, path); }
    LoadResult result;
};

TEST_F(MetricPaths, AcceptTheStatisticsOfTheResults) {
    for (const char* path :
         {"cohort.size", "cohort.unfinished", "outcomes.homeless.share", "outcomes.homeless.days_to_outcome.p90",
          "time_in_system_days.p50", "stages.prs.entries", "stages.decision.waited", "stages.ta.utilisation",
          "stages.casework.mean_queue_length", "flows.prs.casework.count", "flows.casework.rough_sleeping.count",
          "flows.casework.homeless.count", "cost.per_person", "by_attribute.household.family.cohort",
          "by_attribute.household.single.time_in_system_days.mean",
          "by_attribute.household.single.outcomes.private_tenancy.share"}) {
        EXPECT_TRUE(valid(path)) << path;
    }
}

TEST_F(MetricPaths, RefuseWhatTheResultsDoNotHold) {
    for (const char* path :
         {"cohort", "cohort.sizes", "outcomes.ta.share", "stages.homeless.entries", "stages.prs.utilisation",
          "stages.social_wait.mean_queue_length", "flows.prs.ta.count", "flows.prs.casework", "cost",
          "by_attribute.household.couple.cohort", "by_attribute.tenure.single.cohort",
          "by_attribute.household.single.outcomes.ta.share", "stages.nowhere.entries", ""}) {
        EXPECT_FALSE(valid(path)) << path;
    }
}

TEST_F(MetricPaths, TheListingHoldsOnlyValidPaths) {
    const std::vector<std::string> all = metric_paths(*result.model);
    EXPECT_EQ(std::count(all.begin(), all.end(), "flows.prs.casework.count"), 1);
    for (const auto& path : all) EXPECT_TRUE(valid(path)) << path;
}

}  // namespace
}  // namespace pathways
