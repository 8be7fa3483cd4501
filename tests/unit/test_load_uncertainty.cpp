// Uncertain parameters (format 1.1): entries naming numbers of the model, their
// ranges, and the model at the ends of the ranges; and setting drawn values.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "format/parameter_draw.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Json model_1_1_with_capacity() {
    Json doc = example();
    doc["format"] = "pathways/1.1";
    doc["stages"]["casework"]["capacity"] = 30;
    return doc;
}

Json with_uncertainty(const Json& uncertainty, Json doc = model_1_1_with_capacity()) {
    doc["uncertainty"] = uncertainty;
    return doc;
}

LoadResult load_entry(const Json& entry, Json doc = model_1_1_with_capacity()) {
    return load(with_uncertainty({{"u", entry}}, doc));
}

// The example of the format description, on the example model's stages.
Json spec_uncertainty() {
    return Json::parse(R"({
      "rns_caseload": { "path": "/stages/casework/capacity", "low": 20, "high": 80,
                        "source": "assumption: 2 caseworkers, 10 to 40 cases each" },
      "move_on_stay": { "paths": ["/stages/move_on/duration/median", "/stages/move_on/duration/p90"],
                        "scale": true, "low": 0.7, "high": 1.4, "dist": "triangular", "mode": 1 }
    })");
}

TEST(Uncertainty, TheFormatsExampleIsReadIntoTheModel) {
    LoadResult r = load(with_uncertainty(spec_uncertainty()));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->uncertainty.size(), 2u);
    const UncertainParameter& caseload = r.model->uncertainty[0];
    EXPECT_EQ(caseload.id, "rns_caseload");
    EXPECT_THAT(caseload.paths, ElementsAre("/stages/casework/capacity"));
    EXPECT_FALSE(caseload.scale);
    EXPECT_EQ(caseload.low, 20);
    EXPECT_EQ(caseload.high, 80);
    EXPECT_EQ(caseload.dist, Spread::uniform);
    EXPECT_EQ(caseload.sourcing.source, "assumption: 2 caseworkers, 10 to 40 cases each");
    const UncertainParameter& stay = r.model->uncertainty[1];
    EXPECT_THAT(stay.paths, ElementsAre("/stages/move_on/duration/median", "/stages/move_on/duration/p90"));
    EXPECT_TRUE(stay.scale);
    EXPECT_EQ(stay.dist, Spread::triangular);
    EXPECT_EQ(stay.mode, 1);
}

TEST(Uncertainty, AnEntryNamesPathOrPathsNotBothNorNeither) {
    const Json uncertainty = Json::parse(R"({
      "both": { "path": "/stages/ta/capacity", "paths": ["/stages/ta/capacity"], "low": 100, "high": 300 },
      "neither": { "low": 1, "high": 2 },
      "empty": { "paths": [], "low": 1, "high": 2 } })");
    LoadResult r = load(with_uncertainty(uncertainty));
    EXPECT_THAT(messages_at(r, "/uncertainty/both"), ElementsAre("give either 'path' or 'paths', not both"));
    EXPECT_TRUE(has_error(r, "/uncertainty/neither", "needs 'path'"));
    EXPECT_TRUE(has_error(r, "/uncertainty/empty/paths", "must list at least one JSON pointer"));
}

TEST(Uncertainty, LowAndHighAreFiniteNumbersInOrder) {
    LoadResult r = load_entry({{"path", "/stages/ta/capacity"}, {"low", 300}, {"high", 100}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u/high"), ElementsAre("must be >= low (300), got 100"));
    r = load_entry({{"path", "/stages/ta/capacity"}, {"low", "a"}});
    EXPECT_TRUE(has_error(r, "/uncertainty/u/low", "must be a number, got \"a\""));
    EXPECT_TRUE(has_error(r, "/uncertainty/u", "missing required key 'high'"));
}

TEST(Uncertainty, ScaleIsTrueOrFalseAndUnknownKeysAreErrors) {
    LoadResult r =
        load_entry({{"path", "/stages/ta/capacity"}, {"low", 100}, {"high", 300}, {"scale", "yes"}, {"hgh", 3}});
    EXPECT_TRUE(has_error(r, "/uncertainty/u/scale", "must be true or false"));
    EXPECT_TRUE(has_error(r, "/uncertainty/u/hgh", "unknown key 'hgh'; did you mean 'high'?"));
}

TEST(Uncertainty, DistIsUniformTriangularOrLoguniform) {
    LoadResult r = load_entry({{"path", "/stages/ta/capacity"}, {"low", 100}, {"high", 300}, {"dist", "triangler"}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u/dist"),
                ElementsAre("must be \"uniform\", \"triangular\" or \"loguniform\", got \"triangler\"; did you mean "
                            "'triangular'?"));
}

TEST(Uncertainty, ATriangularDistNeedsAModeInsideTheRange) {
    const Json entry = {{"path", "/stages/ta/capacity"}, {"low", 100}, {"high", 300}, {"dist", "triangular"}};
    EXPECT_TRUE(has_error(load_entry(entry), "/uncertainty/u", "missing required key 'mode'"));
    EXPECT_THAT(messages_at(load_entry(with(entry, "/mode", 400)), "/uncertainty/u/mode"),
                ElementsAre("must lie within low and high [100, 300], got 400"));
    const Json uniform = {{"path", "/stages/ta/capacity"}, {"low", 100}, {"high", 300}, {"mode", 200}};
    EXPECT_THAT(messages_at(load_entry(uniform), "/uncertainty/u/mode"),
                ElementsAre("only a triangular dist takes a mode"));
}

TEST(Uncertainty, ALoguniformDistNeedsAPositiveLow) {
    LoadResult r = load_entry({{"path", "/stages/prs/duration/min"}, {"low", 0}, {"high", 10}, {"dist", "loguniform"}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u/low"), ElementsAre("must be > 0 for a loguniform dist, got 0"));
}

TEST(Uncertainty, EveryPointerNamesANumberOfTheModel) {
    const Json uncertainty = Json::parse(R"({
      "text": { "path": "/stages/casework/on_renege", "low": 1, "high": 2 },
      "missing": { "paths": ["/stages/ta/capacity", "/stages/ta/cost/per_entry"], "low": 100, "high": 300 },
      "syntax": { "path": "stages/ta/capacity", "low": 100, "high": 300 },
      "settings": { "path": "/simulation/seed", "low": 1, "high": 3000 } })");
    LoadResult r = load(with_uncertainty(uncertainty));
    EXPECT_THAT(messages_at(r, "/uncertainty/text"),
                ElementsAre("\"/stages/casework/on_renege\" names no number in the model (after scenarios)"));
    EXPECT_THAT(messages_at(r, "/uncertainty/missing"),
                ElementsAre("\"/stages/ta/cost/per_entry\" names no number in the model (after scenarios)"));
    EXPECT_TRUE(has_error(r, "/uncertainty/syntax", "\"stages/ta/capacity\" is not a JSON pointer"));
    EXPECT_THAT(messages_at(r, "/uncertainty/settings"),
                ElementsAre("\"/simulation/seed\" is not in stages, arrivals or deadlines (or a regime's patch of "
                            "them)"));
}

TEST(Uncertainty, TheModelsValueLiesInTheRange) {
    LoadResult r = load_entry({{"path", "/stages/ta/capacity"}, {"low", 250}, {"high", 300}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u"),
                ElementsAre("the model's value at \"/stages/ta/capacity\" is 200, outside [250, 300]"));
}

TEST(Uncertainty, AScenarioMaySetAVariedNumberOutsideItsRange) {
    // The range holds the model's own value; a scenario fixes the number where it says.
    const Json model = with_uncertainty({{"u", {{"path", "/stages/casework/capacity"}, {"low", 20}, {"high", 40}}}});
    const std::string doubled =
        R"({"format": "pathways-scenario/1", "name": "doubled", "patch": {"stages": {"casework": {"capacity": 60}}}})";
    LoadResult r = load_model_text({"model.json", model.dump()}, {{"doubled.json", doubled}});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("casework")].capacity, 60u);
}

TEST(Uncertainty, AScaledRangeHoldsOne) {
    LoadResult r = load_entry({{"path", "/stages/ta/capacity"}, {"low", 1.1}, {"high", 1.4}, {"scale", true}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u"),
                ElementsAre("with \"scale\": true, low and high multiply the model's values, so they must hold 1, "
                            "got [1.1, 1.4]"));
}

TEST(Uncertainty, ARoutingShareMayVaryWhenItsGroupCanBeRescaled) {
    LoadResult r = load_entry({{"path", "/stages/move_on/next/0/p"}, {"low", 0.5}, {"high", 0.9}});
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(Uncertainty, ARoutingShareWhoseGroupOverlapsAnotherEdgeInPartIsAnError) {
    const Json next = Json::parse(R"([ { "to": "casework", "p": 0.5, "when": { "household": "single" } },
                                       { "to": "prs", "p": 0.5 },
                                       { "to": "ta", "p": 0.5, "when": { "household": "family" } } ])");
    const Json doc = with(model_1_1_with_capacity(), "/stages/move_on/next", next);
    ASSERT_TRUE(load(doc).ok()) << all_diagnostics(load(doc));
    LoadResult r = load_entry({{"path", "/stages/move_on/next/0/p"}, {"low", 0.4}, {"high", 0.6}}, doc);
    EXPECT_THAT(messages_at(r, "/uncertainty/u"),
                ElementsAre("\"/stages/move_on/next/0/p\" is a routing share, but edge 1's 'when' overlaps this "
                            "edge's only in part, so no group of shares can be rescaled to keep summing to 1"));
}

TEST(Uncertainty, ARoutingShareWithNothingToTakeUpTheChangeIsAnError) {
    LoadResult r = load_entry({{"path", "/stages/decision/next/0/p"}, {"low", 1}, {"high", 1}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u"),
                ElementsAre("\"/stages/decision/next/0/p\" is a routing share, but no other edge with the same "
                            "'when' has a share above 0 to take up the change"));
}

TEST(Uncertainty, APointerMayVaryARegimesValue) {
    Json doc = model_1_1_with_capacity();
    doc["regimes"] =
        Json::parse(R"({ "cuts": { "from": 200, "patch": { "stages": { "ta": { "capacity": 150 } } } } })");
    LoadResult r = load_entry({{"path", "/regimes/cuts/patch/stages/ta/capacity"}, {"low", 100}, {"high", 180}}, doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(r.model->uncertainty[0].paths, ElementsAre("/regimes/cuts/patch/stages/ta/capacity"));
    r = load_entry({{"path", "/regimes/cuts/patch/stages/ta/capacity"}, {"low", 0}, {"high", 180}}, doc);
    EXPECT_THAT(messages_at(r, "/uncertainty/u"),
                ElementsAre("the model with this entry at its low (0) is not valid: "
                            "/regimes/cuts/patch/stages/ta/capacity: must be an integer >= 1, got 0"));
}

TEST(Uncertainty, AnEntryAloneAtABoundThatBreaksTheModelIsOneError) {
    LoadResult r = load_entry({{"path", "/stages/casework/capacity"}, {"low", 0.2}, {"high", 40}});
    EXPECT_THAT(messages_at(r, "/uncertainty/u"),
                ElementsAre("the model with this entry at its low (0.2) is not valid: /stages/casework/capacity: "
                            "must be an integer >= 1, got 0"));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(Uncertainty, EntriesFineAloneMayBreakTheModelTogether) {
    // Each rate alone keeps arrivals under the limit; both at their highs pass it.
    const Json uncertainty = Json::parse(R"({
      "base_rate": { "path": "/arrivals/grants/rate_per_day", "low": 1, "high": 400000 },
      "surge": { "path": "/arrivals/grants/schedule/0/rate_per_day", "low": 2, "high": 6000000 } })");
    LoadResult r = load(with_uncertainty(uncertainty));
    EXPECT_TRUE(has_error(r, "/uncertainty", "the model with every entry at its high is not valid: /arrivals: about"));
    EXPECT_THAT(messages_at(r, "/uncertainty/base_rate"), IsEmpty());
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(Uncertainty, IsNotCheckedWhenTheModelHasErrors) {
    LoadResult r =
        load(with_uncertainty(spec_uncertainty(), with(model_1_1_with_capacity(), "/stages/ta/capacity", -1)));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

UncertainParameter parameter(std::vector<std::string> paths, bool scale = false) {
    UncertainParameter u;
    u.paths = std::move(paths);
    u.scale = scale;
    return u;
}

TEST(ParameterValues, ScaleMultipliesAndIntegersAreRounded) {
    const Json doc = model_1_1_with_capacity();
    const Json drawn =
        apply_parameter_values(doc,
                               {parameter({"/stages/casework/capacity", "/arrivals/grants/batches/0/size"}, true),
                                parameter({"/stages/ta/duration/mean"})},
                               {1.26, 250.5});
    EXPECT_EQ(drawn["stages"]["casework"]["capacity"], 38);  // 30 * 1.26 = 37.8
    EXPECT_TRUE(drawn["stages"]["casework"]["capacity"].is_number_integer());
    EXPECT_EQ(drawn["arrivals"]["grants"]["batches"][0]["size"], 101);  // 80 * 1.26 = 100.8
    EXPECT_EQ(drawn["stages"]["ta"]["duration"]["mean"], 250.5);
    EXPECT_EQ(doc["stages"]["ta"]["duration"]["mean"], 300);
}

TEST(ParameterValues, AShareRescalesOnlyTheEdgesWithTheSameWhen) {
    const Json drawn = apply_parameter_values(model_1_1_with_capacity(), {parameter({"/stages/move_on/next/0/p"})},
                                              std::vector<double>{0.5});
    const Json& next = drawn["stages"]["move_on"]["next"];
    EXPECT_EQ(next[0]["p"], 0.5);
    EXPECT_DOUBLE_EQ(next[1]["p"].get<double>(), 0.5);
    EXPECT_EQ(next[2]["p"], 1.0);
    EXPECT_TRUE(load(drawn).ok()) << all_diagnostics(load(drawn));
}

TEST(ParameterValues, AScaledShareRescalesItsGroupInProportion) {
    Json doc = model_1_1_with_capacity();
    doc["stages"]["casework"]["next"] =
        Json::parse(R"([{"to": "prs", "p": 0.5}, {"to": "ta", "p": 0.3}, {"to": "homeless", "p": 0.2}])");
    const Json drawn = apply_parameter_values(doc, {parameter({"/stages/casework/next/0/p"}, true)}, {1.2});
    const Json& next = drawn["stages"]["casework"]["next"];
    EXPECT_DOUBLE_EQ(next[0]["p"].get<double>(), 0.6);
    EXPECT_DOUBLE_EQ(next[1]["p"].get<double>(), 0.24);
    EXPECT_DOUBLE_EQ(next[2]["p"].get<double>(), 0.16);
}

}  // namespace
}  // namespace pathways
