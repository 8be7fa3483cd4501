// Validation of stages and durations: each fault named by its pointer and value.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;

TEST(ValidateStages, CapacityMustBeAWholeNumberOfAtLeastOne) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/capacity", 1.5)), "/stages/ta/capacity",
                          "must be an integer >= 1, got 1.5"));
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/capacity", 0)), "/stages/ta/capacity",
                          "must be an integer >= 1, got 0"));
}

TEST(ValidateStages, CapacityAboveTenMillionIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/capacity", 10000001)), "/stages/ta/capacity",
                          "must be at most 10000000, got 10000001"));
}

TEST(ValidateStages, AWholeNumberWrittenWithAnExponentIsAnInteger) {
    LoadResult r = load(with(example(), "/stages/ta/capacity", 2e2));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("ta")].capacity, 200u);
}

TEST(ValidateStages, AWrongTypeIsReportedWithTheValue) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/capacity", "six")), "/stages/ta/capacity",
                          "must be an integer >= 1, got \"six\""));
    EXPECT_TRUE(has_error(load(with(example(), "/stages/casework/support", "caseworker")), "/stages/casework/support",
                          "must be an array, got \"caseworker\""));
}

TEST(ValidateStages, AnUnknownKeySuggestsTheClosestKnownOne) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/capacty", 3)), "/stages/ta/capacty",
                          "unknown key 'capacty'; did you mean 'capacity'?"));
}

TEST(ValidateStages, AnUnknownTopLevelKeySuggestsTheClosestKnownOne) {
    EXPECT_TRUE(has_error(load(with(example(), "/deadline", Json::object())), "/deadline",
                          "unknown key 'deadline'; did you mean 'deadlines'?"));
}

TEST(ValidateStages, FreeTextKeysAreAllowedOnAnyObject) {
    Json doc = example();
    doc["label"] = "A label";
    doc["stages"]["ta"]["note"] = "a note";
    doc["stages"]["ta"]["sources"] = {{"capacity", "a report"}};
    doc["stages"]["ta"]["next"][0]["source"] = "a survey";
    doc["arrivals"]["grants"]["label"] = "Grants";
    doc["simulation"]["note"] = "five years";
    LoadResult r = load(doc);
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("ta")].sources.at("capacity"), "a report");
}

TEST(ValidateStages, AFreeTextKeyMustHoldAString) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/label", 3)), "/stages/ta/label", "must be a string, got 3"));
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/sources/capacity", true)), "/stages/ta/sources/capacity",
                          "must be a string, got true"));
}

TEST(ValidateStages, AnIdOutsideThePatternIsRefused) {
    Json doc = with(example(), "/stages/Bad-Id", Json::parse(R"({"outcome": "neutral"})"));
    EXPECT_TRUE(has_error(load(doc), "/stages/Bad-Id", "'Bad-Id' is not a valid id"));
}

TEST(ValidateStages, AnOutcomeStageCannotHaveNext) {
    Json doc = with(example(), "/stages/homeless/next", Json::parse(R"([{"to": "ta", "p": 1}])"));
    EXPECT_TRUE(has_error(load(doc), "/stages/homeless/next", "an outcome stage cannot have 'next'"));
}

TEST(ValidateStages, AnOutcomeMustBeOneOfTheThreeKinds) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/homeless/outcome", "setled")), "/stages/homeless/outcome",
                          "got \"setled\"; did you mean 'settled'?"));
}

TEST(ValidateStages, ASupplyStageCannotHaveCapacityOrDuration) {
    Json doc = with(example(), "/stages/social_wait/capacity", 5);
    doc = with(doc, "/stages/social_wait/duration", 3);
    LoadResult r = load(doc);
    EXPECT_TRUE(has_error(r, "/stages/social_wait/capacity", "a supply stage cannot have 'capacity'"));
    EXPECT_TRUE(has_error(r, "/stages/social_wait/duration", "a supply stage cannot have 'duration'"));
}

TEST(ValidateStages, ADelayStageNeedsADuration) {
    EXPECT_TRUE(
        has_error(load(without(example(), "/stages/prs/duration")), "/stages/prs", "missing required key 'duration'"));
}

TEST(ValidateStages, AServiceStageNeedsNext) {
    EXPECT_TRUE(has_error(load(without(example(), "/stages/ta/next")), "/stages/ta", "missing required key 'next'"));
}

TEST(ValidateStages, ADelayStageCannotHaveAQueue) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/prs/queue", "fifo")), "/stages/prs/queue",
                          "a delay stage cannot have 'queue'"));
}

TEST(ValidateStages, PatienceWithoutOnRenegeIsRefused) {
    EXPECT_TRUE(has_error(load(without(example(), "/stages/casework/on_renege")), "/stages/casework",
                          "'patience' needs 'on_renege'"));
}

TEST(ValidateStages, APriorityValueMustBeDeclared) {
    Json doc = with(example(), "/stages/ta/queue/priority/order", Json::array({"famly", "single"}));
    EXPECT_TRUE(has_error(load(doc), "/stages/ta/queue/priority/order/0",
                          "value \"famly\" is not declared for attribute 'household'; did you mean 'family'?"));
}

TEST(ValidateStages, AQueueMustBeFifoOrAPriority) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/queue", "lifo")), "/stages/ta/queue",
                          "must be \"fifo\" or {\"priority\""));
}

TEST(ValidateStages, NegativeCostIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/cost/per_day", -40)), "/stages/ta/cost/per_day",
                          "must be >= 0, got -40"));
}

TEST(ValidateStages, MoreThanAHundredThousandStagesAreRefused) {
    // Built as text: inserting keys one by one into an ordered object is quadratic.
    std::string extra;
    for (int i = 0; i <= 100000; ++i) extra += "\"extra_" + std::to_string(i) + "\": {\"outcome\": \"neutral\"}, ";
    std::string text = example().dump();
    text.insert(text.find("\"stages\":{") + 10, extra);
    std::vector<Diagnostic> problems;
    std::optional<Json> doc = parse_json_text(text, "model.json", problems);
    ASSERT_TRUE(doc) << problems.front().to_string();
    EXPECT_TRUE(has_error(load(*doc), "/stages", "has 100011 stages, more than the limit of 100000"));
}

TEST(ValidateDurations, PatienceMeanMustBePositive) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/casework/patience/mean", -2)), "/stages/casework/patience/mean",
                          "must be > 0, got -2"));
}

TEST(ValidateDurations, APlainNumberMustNotBeNegative) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/decision/duration", -1)), "/stages/decision/duration",
                          "must be >= 0, got -1"));
}

TEST(ValidateDurations, TriangularModeBelowMinIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/prs/duration/min", 30)), "/stages/prs/duration/mode",
                          "must be >= min (30), got 20"));
}

TEST(ValidateDurations, LognormalP90MustBeAboveTheMedian) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/move_on/duration/p90", 20)), "/stages/move_on/duration/p90",
                          "must be > median (20), got 20"));
}

TEST(ValidateDurations, ASpreadWhoseMeanOverflowsIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/move_on/duration/p90", 1e300)), "/stages/move_on/duration",
                          "this duration's mean is infinite days, more than the limit of 10000000 days"));
}

TEST(ValidateDurations, AFixedDurationOverTheLimitIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/decision/duration", 1e308)), "/stages/decision/duration",
                          "more than the limit of 10000000 days"));
}

TEST(ValidateDurations, LognormalGivenBothWaysIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/move_on/duration/sigma", 0.5)), "/stages/move_on/duration",
                          "'median' and 'p90', or 'mu' and 'sigma', not both"));
}

TEST(ValidateDurations, LognormalByMuAndSigmaIsKept) {
    Json doc =
        with(example(), "/stages/move_on/duration", Json::parse(R"({"dist": "lognormal", "mu": 3, "sigma": 0.5})"));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Duration& d = *r.model->stages[*r.model->find_stage("move_on")].duration;
    EXPECT_EQ(d.a, 3);
    EXPECT_EQ(d.b, 0.5);
}

TEST(ValidateDurations, EmpiricalSamplesMustNotBeEmpty) {
    Json doc = with(example(), "/stages/prs/duration", Json::parse(R"({"dist": "empirical", "samples": []})"));
    EXPECT_TRUE(has_error(load(doc), "/stages/prs/duration/samples", "must list at least one sample"));
}

TEST(ValidateDurations, EmpiricalSamplesMustNotBeNegative) {
    Json doc = with(example(), "/stages/prs/duration", Json::parse(R"({"dist": "empirical", "samples": [3, -1]})"));
    EXPECT_TRUE(has_error(load(doc), "/stages/prs/duration/samples/1", "must be >= 0, got -1"));
}

TEST(ValidateDurations, AnUnknownDistributionSuggestsTheClosest) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/duration/dist", "exponentail")), "/stages/ta/duration/dist",
                          "unknown distribution \"exponentail\"; did you mean 'exponential'?"));
}

TEST(ValidateDurations, AMissingParameterIsNamed) {
    EXPECT_TRUE(has_error(load(without(example(), "/stages/casework/duration/sd")), "/stages/casework/duration",
                          "a gamma duration needs 'sd'"));
}

TEST(ValidateDurations, AParameterOfAnotherDistributionIsAnUnknownKey) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/ta/duration/median", 3)), "/stages/ta/duration/median",
                          "unknown key 'median'"));
}

TEST(ValidateDurations, UniformMaxBelowMinIsRefused) {
    Json doc = with(example(), "/stages/prs/duration", Json::parse(R"({"dist": "uniform", "min": 9, "max": 4})"));
    EXPECT_TRUE(has_error(load(doc), "/stages/prs/duration/max", "must be >= min (9), got 4"));
}

TEST(ValidateDurations, WeibullShapeMustBePositive) {
    Json doc = with(example(), "/stages/prs/duration", Json::parse(R"({"dist": "weibull", "shape": 0, "scale": 4})"));
    EXPECT_TRUE(has_error(load(doc), "/stages/prs/duration/shape", "must be > 0, got 0"));
}

}  // namespace
}  // namespace pathways
