// Validation of routing, stage references and the graph as a whole.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(ValidateRouting, SharesNotSummingToOneNameTheAttributeCombination) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/move_on/next/2/p", 0.8)), "/stages/move_on/next",
                          "for household=family the shares sum to 0.8, not 1"));
}

TEST(ValidateRouting, SharesWithoutConditionsReportTheirSum) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/prs/next/1/p", 0.3)), "/stages/prs/next",
                          "the shares sum to 0.9, not 1"));
}

TEST(ValidateRouting, SharesWithinOneBillionthOfOneAreAccepted) {
    Json doc = with(example(), "/stages/prs/next/0/p", 0.6 + 1e-10);
    EXPECT_TRUE(load(doc).ok());
}

TEST(ValidateRouting, EveryFailingCombinationIsCounted) {
    Json doc = with(example(), "/stages/move_on/next/2/p", 0.8);
    doc = with(doc, "/stages/move_on/next/1/p", 0.1);
    EXPECT_TRUE(has_error(load(doc), "/stages/move_on/next",
                          "for household=single the shares sum to 0.9, not 1 (and for 1 other combinations)"));
}

TEST(ValidateRouting, AShareAboveOneIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/decision/next/0/p", 1.5)), "/stages/decision/next/0/p",
                          "must be a share between 0 and 1, got 1.5"));
}

TEST(ValidateRouting, AnUnknownStageSuggestsTheClosestId) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/prs/next/1/to", "casewrk")), "/stages/prs/next/1/to",
                          "unknown stage 'casewrk'; did you mean 'casework'?"));
}

TEST(ValidateRouting, AnUndeclaredAttributeValueIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/move_on/next/2/when/household", "famly")),
                          "/stages/move_on/next/2/when/household",
                          "value \"famly\" is not declared for attribute 'household'; did you mean 'family'?"));
}

TEST(ValidateRouting, AnUndeclaredAttributeIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/move_on/next/2/when/houshold", "family")),
                          "/stages/move_on/next/2/when/houshold",
                          "attribute 'houshold' is not declared in /attributes; did you mean 'household'?"));
}

TEST(ValidateRouting, ANextListMustNotBeEmpty) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/prs/next", Json::array())), "/stages/prs/next",
                          "must list at least one edge"));
}

TEST(ValidateRouting, ALoopWithNoWayOutIsRefused) {
    Json doc = example();
    doc["stages"]["limbo_a"] = Json::parse(R"({"duration": 5, "next": [{"to": "limbo_b", "p": 1}]})");
    doc["stages"]["limbo_b"] = Json::parse(R"({"duration": 5, "next": [{"to": "limbo_a", "p": 1}]})");
    doc["stages"]["prs"]["next"].push_back(Json::parse(R"({"to": "limbo_a", "p": 0})"));
    LoadResult r = load(doc);
    EXPECT_TRUE(has_error(r, "/stages/limbo_a", "no outcome can be reached from this stage"));
    EXPECT_TRUE(has_error(r, "/stages/limbo_b", "no outcome can be reached from this stage"));
    EXPECT_EQ(error_count(r), 2u) << all_diagnostics(r);
}

TEST(ValidateRouting, ADeadlineIsAWayOutOfALoop) {
    Json doc = example();
    doc["stages"]["limbo_a"] = Json::parse(R"({"duration": 5, "next": [{"to": "limbo_b", "p": 1}]})");
    doc["stages"]["limbo_b"] = Json::parse(R"({"duration": 5, "next": [{"to": "limbo_a", "p": 1}]})");
    doc["stages"]["prs"]["next"].push_back(Json::parse(R"({"to": "limbo_a", "p": 0})"));
    doc["deadlines"]["move_on_ends"]["applies_to"].push_back("limbo_a");
    LoadResult r = load(doc);
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(ValidateRouting, DeadlinesNamingUnknownStagesAreRefused) {
    Json doc = with(example(), "/deadlines/move_on_ends/starts_at", "decison");
    doc = with(doc, "/deadlines/move_on_ends/applies_to/1", "casewerk");
    doc = with(doc, "/deadlines/move_on_ends/divert_to", "homeles");
    LoadResult r = load(doc);
    EXPECT_TRUE(has_error(r, "/deadlines/move_on_ends/starts_at", "unknown stage 'decison'; did you mean 'decision'?"));
    EXPECT_TRUE(has_error(r, "/deadlines/move_on_ends/applies_to/1", "did you mean 'casework'?"));
    EXPECT_TRUE(has_error(r, "/deadlines/move_on_ends/divert_to", "did you mean 'homeless'?"));
}

TEST(ValidateRouting, ADeadlineAfterMayBeADuration) {
    Json doc =
        with(example(), "/deadlines/move_on_ends/after", Json::parse(R"({"dist": "uniform", "min": 20, "max": 40})"));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->deadlines[0].after.kind, DistKind::uniform);
    EXPECT_TRUE(has_error(load(with(example(), "/deadlines/move_on_ends/after", "28")), "/deadlines/move_on_ends/after",
                          "must be a number of days or an object"));
}

TEST(ValidateRouting, AnUnknownRenegeStageIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/stages/casework/on_renege", "rough")), "/stages/casework/on_renege",
                          "unknown stage 'rough'"));
}

TEST(ValidateRouting, AnArrivalToAnUnknownStageIsRefused) {
    EXPECT_TRUE(has_error(load(with(example(), "/arrivals/grants/to", "desicion")), "/arrivals/grants/to",
                          "unknown stage 'desicion'; did you mean 'decision'?"));
}

TEST(ValidateRouting, AModelWithoutArrivalsIsRefused) {
    EXPECT_TRUE(
        has_error(load(with(example(), "/arrivals", Json::object())), "/arrivals", "the model has no arrivals"));
    EXPECT_TRUE(has_error(load(without(example(), "/arrivals")), "", "missing required key 'arrivals'"));
}

TEST(ValidateRouting, AModelWithoutAnOutcomeIsRefused) {
    Json doc = Json::parse(R"({"format": "pathways/1",
        "arrivals": {"a": {"to": "wait", "rate_per_day": 1}},
        "stages": {"wait": {"duration": 1, "next": [{"to": "wait", "p": 1}]}},
        "simulation": {"horizon_days": 10}})");
    EXPECT_TRUE(has_error(load(doc), "/stages", "no stage is an outcome"));
}

TEST(ValidateRouting, TheFormatMustBePathwaysVersionOne) {
    EXPECT_TRUE(has_error(load(with(example(), "/format", "pathways/2")), "/format",
                          "must be \"pathways/1\", \"pathways/1.1\" or \"pathways/1.2\", got \"pathways/2\""));
}

TEST(ValidateRouting, ManyProblemsAreReportedAtOnce) {
    Json doc = with(example(), "/stages/ta/capacity", 1.5);
    doc = with(doc, "/stages/casework/patience/mean", -2);
    doc = with(doc, "/stages/prs/next/1/to", "casewrk");
    doc = with(doc, "/simulation/replications", 0);
    LoadResult r = load(doc);
    EXPECT_EQ(error_count(r), 4u) << all_diagnostics(r);
    std::vector<std::string> pointers;
    for (const auto& d : r.diagnostics) pointers.push_back(d.pointer);
    EXPECT_THAT(pointers, ElementsAre("/stages/casework/patience/mean", "/stages/ta/capacity", "/stages/prs/next/1/to",
                                      "/simulation/replications"));
    EXPECT_THAT(r.diagnostics[1].to_string(), HasSubstr("model.json: /stages/ta/capacity: must be an integer"));
}

}  // namespace
}  // namespace pathways
