// Format 1.2 measures: each bad input reported at its JSON pointer, with a
// "did you mean" where a name is close to one the model has.
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;

Json exact() { return Json::parse(read_text(std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/measures/exact.json")); }

// The exact model with one more measure, "m".
Json with_measure(const char* text) { return with(exact(), "/measures/m", Json::parse(text)); }

TEST(ValidateMeasures, TheExampleModelLoadsWithEveryMeasureKind) {
    LoadResult r = load(exact());
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->measures.size(), 8u);
    const Measure& lost = r.model->measures[0];
    EXPECT_EQ(lost.kind, MeasureKind::ends_in);
    EXPECT_EQ(lost.stages, std::vector<std::uint32_t>{*r.model->find_stage("street")});
    EXPECT_FALSE(lost.higher_is_better);
    EXPECT_EQ(r.model->measures[2].within_days.value_or(-1), 90);
    EXPECT_EQ(r.model->measures[4].kind, MeasureKind::visits);
    EXPECT_EQ(r.model->measures[6].kind, MeasureKind::in_pathway_after_days);
    EXPECT_EQ(r.model->measures[6].after_days, 60);
}

TEST(ValidateMeasures, SettledOutcomesAreInferredBetterWhenHigher) {
    LoadResult r = load(exact());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.model->measures[2].higher_is_better);
}

TEST(ValidateMeasures, AnUnknownStageIsNamedWithAGuess) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["stret"]})")), "/measures/m/ends_in/0",
                          "unknown stage 'stret'; did you mean 'street'?"));
    EXPECT_TRUE(has_error(load(with_measure(R"({"visits": ["prevension"], "better": "higher"})")),
                          "/measures/m/visits/0", "did you mean 'prevention'?"));
}

TEST(ValidateMeasures, AnUnknownStreamIsNamedWithAGuess) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"population": {"streams": ["own_grant"]}, "ends_in": ["street"]})")),
                          "/measures/m/population/streams/0",
                          "unknown arrival stream 'own_grant'; did you mean 'own_grants'?"));
}

TEST(ValidateMeasures, AnUnknownAttributeOrValueIsNamedWithAGuess) {
    EXPECT_TRUE(
        has_error(load(with_measure(R"({"population": {"when": {"househld": "family"}}, "ends_in": ["street"]})")),
                  "/measures/m/population/when/househld", "attribute 'househld' is not declared"));
    EXPECT_TRUE(
        has_error(load(with_measure(R"({"population": {"when": {"household": "famly"}}, "ends_in": ["street"]})")),
                  "/measures/m/population/when/household", "did you mean 'family'?"));
}

TEST(ValidateMeasures, EndsInNamesOutcomesOnly) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["move_on"], "better": "lower"})")), "/measures/m/ends_in/0",
                          "'move_on' is a delay stage, not an outcome (to count journeys through it, use \"visits\")"));
}

TEST(ValidateMeasures, APopulationNoStreamBringsIsEmpty) {
    // Own grants are all single.
    EXPECT_TRUE(has_error(load(with_measure(R"({"population": {"streams": ["own_grants"],
                                                                "when": {"household": "family"}},
                                                "ends_in": ["street"]})")),
                          "/measures/m/population",
                          "the population is empty: no arrival stream it names brings anyone "
                          "with household=family"));
}

TEST(ValidateMeasures, APopulationIsJudgedOnTheValuesPeopleArriveWith) {
    // Prevention makes everyone a family, but nobody arrives as one.
    Json doc = exact();
    doc["stages"]["prevention"]["sets"] = Json::parse(R"({"household": "family"})");
    doc["arrivals"]["families"]["mix"] = Json::parse(R"({"household": {"single": 1}})");
    doc["measures"].erase("families_prevented");
    doc["measures"]["m"] = Json::parse(R"({"population": {"when": {"household": "family"}}, "ends_in": ["street"]})");
    EXPECT_TRUE(has_error(load(doc), "/measures/m/population", "judged on the values people arrive with"));
}

TEST(ValidateMeasures, AStreamOutsideTheCohortIsRefused) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"population": {"streams": ["background"]}, "ends_in": ["street"]})")),
                          "/measures/m/population/streams/0", "is not in the cohort"));
}

TEST(ValidateMeasures, BetterMustBeSaidWhereItCannotBeInferred) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"visits": ["prevention"]})")), "/measures/m", "needs \"better\""));
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["street"]})")), "/measures/m", "needs \"better\""));
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in_kind": ["settled", "drop_off"]})")), "/measures/m",
                          "needs \"better\""));
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["street"], "better": "lowr"})")), "/measures/m/better",
                          "did you mean 'lower'?"));
}

TEST(ValidateMeasures, ExactlyOneKindIsGiven) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["street"], "visits": ["move_on"], "better": "lower"})")),
                          "/measures/m/visits", "give exactly one of"));
    EXPECT_TRUE(has_error(load(with_measure(R"({"better": "lower"})")), "/measures/m", "needs one of"));
}

TEST(ValidateMeasures, WithinDaysGoesWithEndsInOnly) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"visits": ["move_on"], "within_days": 10, "better": "lower"})")),
                          "/measures/m/within_days", "goes with \"ends_in\" or \"ends_in_kind\" only"));
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["street"], "within_days": -1, "better": "lower"})")),
                          "/measures/m/within_days", ""));
}

TEST(ValidateMeasures, AnOutcomeKindTheModelLacksIsReported) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in_kind": ["neutral"], "better": "lower"})")),
                          "/measures/m/ends_in_kind/0", "the model has no outcome stage of kind \"neutral\""));
}

TEST(ValidateMeasures, UnknownKeysAndBadIdsAreReported) {
    EXPECT_TRUE(has_error(load(with_measure(R"({"ends_in": ["street"], "better": "lower", "headlne": true})")),
                          "/measures/m/headlne", "did you mean 'headline'?"));
    EXPECT_TRUE(has_error(load(with(exact(), "/measures/Bad", Json::parse(R"({"ends_in_kind": ["drop_off"]})"))),
                          "/measures/Bad", "not a valid id"));
}

TEST(ValidateMeasures, AtMostSixtyFourMeasures) {
    Json doc = exact();
    for (int i = 0; i < 60; ++i) {
        std::string id = "m";
        doc["measures"][id.append(std::to_string(i))] = Json::parse(R"({"ends_in_kind": ["drop_off"]})");
    }
    EXPECT_TRUE(has_error(load(doc), "/measures", "at most 64"));
}

}  // namespace
}  // namespace pathways
