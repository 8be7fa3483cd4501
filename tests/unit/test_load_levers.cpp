// Levers (format 1.2): their definitions, scenarios setting them by id, the
// figures they drive in the base model and in regimes, in declared order,
// and every way a lever or a value for it can be wrong.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "format/levers.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::HasSubstr;

std::string model_1_1_path() { return std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/valid/format_1_1.json"; }

// The format 1.1 test model as 1.2, families' prevention routed in two
// `when` groups (one written with its keys in another order), with levers.
Json model_with_levers(const Json& levers) {
    Json doc = Json::parse(read_text(model_1_1_path()));
    doc["format"] = "pathways/1.2";
    doc["stages"]["prevention"]["next"] = Json::parse(R"([
        {"to": "private_tenancy", "p": 0.3, "when": {"household": "family", "had_casework": "no"}},
        {"to": "main_duty_ta", "p": 0.7, "when": {"had_casework": "no", "household": "family"}},
        {"to": "private_tenancy", "p": 0.5, "when": {"household": "family", "had_casework": "yes"}},
        {"to": "main_duty_ta", "p": 0.5, "when": {"household": "family", "had_casework": "yes"}}])");
    doc["levers"] = levers;
    return doc;
}

Json places_lever(const std::string& how = "scale") {
    return {{"label", "Refugee Next Steps: places"},
            {"unit", "places"},
            {"default", 40},
            {"range", {20, 80}},
            {"drives", {{{"path", "/stages/rns_casework/capacity"}, {"how", how}}}}};
}

Json offers_lever() {
    return Json::parse(R"({"label": "Private rented offers after prevention", "unit": "times today's",
        "default": 1, "range": [0.5, 1.5],
        "drives": [{"path": "/stages/prevention/next/private_tenancy/p", "how": "rebalance", "scale": true}]})");
}

const Json& figure(const Json& doc, const std::string& pointer) { return doc.at(Json::json_pointer(pointer)); }

class Levers : public FilesTest {
protected:
    std::string model(const Json& levers) const { return file("model.json", model_with_levers(levers).dump()); }
    std::string scenario(const std::string& name, const std::string& members) const {
        return file(name, R"({"format": "pathways-scenario/1", "name": ")" + name + "\", " + members + "}");
    }
};

TEST(LeverDefinitions, AreReadInTheOrderTheModelDeclaresThem) {
    Json levers = Json::object();
    levers["rns_places"] = places_lever();
    levers["offers"] = offers_lever();
    const LoadResult r = load(model_with_levers(levers));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->levers.size(), 2u);
    const Lever& places = r.model->levers[0];
    EXPECT_EQ(places.id, "rns_places");
    EXPECT_EQ(places.label, "Refugee Next Steps: places");
    EXPECT_EQ(places.unit, "places");
    EXPECT_EQ(places.default_value, 40);
    EXPECT_EQ(places.low, 20);
    EXPECT_EQ(places.high, 80);
    ASSERT_EQ(places.drives.size(), 1u);
    EXPECT_EQ(places.drives[0].how, LeverHow::scale);
    EXPECT_EQ(r.model->levers[1].id, "offers");
    EXPECT_TRUE(r.model->levers[1].drives[0].scale);
}

TEST(LeverDefinitions, AreRefusedInAFormat11File) {
    Json doc = model_with_levers({{"rns_places", places_lever()}});
    doc["format"] = "pathways/1.1";
    EXPECT_TRUE(has_error(load(doc), "/levers", "1.2"));
}

TEST(LeverValues, ScaleMultipliesTheBaseAndEveryRegimeThatSetsTheFigure) {
    const Json doc = model_with_levers({{"rns_places", places_lever()}});
    const LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Json applied = apply_levers(doc, r.model->levers, {{"rns_places", 60, "", ""}});
    EXPECT_EQ(figure(applied, "/stages/rns_casework/capacity"), 60);
    EXPECT_EQ(figure(applied, "/regimes/rns_funding_ends/patch/stages/rns_casework/capacity"),
              38);  // 25 x 1.5, rounded
}

TEST(LeverValues, SetPutsTheValueInTheBaseAndEveryRegime) {
    const Json doc = model_with_levers({{"rns_places", places_lever("set")}});
    const LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Json applied = apply_levers(doc, r.model->levers, {{"rns_places", 60, "", ""}});
    EXPECT_EQ(figure(applied, "/stages/rns_casework/capacity"), 60);
    EXPECT_EQ(figure(applied, "/regimes/rns_funding_ends/patch/stages/rns_casework/capacity"), 60);
}

TEST(LeverValues, ARebalancedShareNamedByDestinationChangesInEveryWhenGroup) {
    const Json doc = model_with_levers({{"offers", offers_lever()}});
    const LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Json applied = apply_levers(doc, r.model->levers, {{"offers", 1.5, "", ""}});
    const Json& next = applied["stages"]["prevention"]["next"];
    EXPECT_DOUBLE_EQ(next[0]["p"].get<double>(), 0.45);
    EXPECT_DOUBLE_EQ(next[1]["p"].get<double>(), 0.55);  // its `when` keys in another order: the same group
    EXPECT_DOUBLE_EQ(next[2]["p"].get<double>(), 0.75);
    EXPECT_DOUBLE_EQ(next[3]["p"].get<double>(), 0.25);
    // Loaded as a scenario's levers are: without the definitions, whose figures have moved.
    Json rules = applied;
    rules.erase("levers");
    EXPECT_TRUE(load(rules).ok()) << all_diagnostics(load(rules));
}

TEST(LeverValues, ApplyInTheOrderTheModelDeclaresThem) {
    // Both move the same group: the later lever's share is what remains.
    Json to_ta = Json::parse(R"({"label": "Main duty after prevention", "unit": "share", "default": 0.7,
        "range": [0, 1], "drives": [{"path": "/stages/prevention/next/1/p", "how": "rebalance"}]})");
    Json levers = Json::object();
    levers["offers"] = offers_lever();
    levers["to_ta"] = to_ta;
    const Json doc = model_with_levers(levers);
    const LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    // Given in the other order, applied in the model's.
    const Json applied = apply_levers(doc, r.model->levers, {{"to_ta", 0.6, "", ""}, {"offers", 0.5, "", ""}});
    EXPECT_DOUBLE_EQ(applied["stages"]["prevention"]["next"][1]["p"].get<double>(), 0.6);
    EXPECT_DOUBLE_EQ(applied["stages"]["prevention"]["next"][0]["p"].get<double>(), 0.4);
}

TEST_F(Levers, AScenarioSetsALeverByIdWithoutAPatch) {
    const std::string m = model({{"rns_places", places_lever()}});
    const std::string s = scenario("more.json", R"("levers": {"rns_places": 80})");
    const LoadResult r = load_model_file(m, {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[r.model->stage_index.at("rns_casework")].capacity, 80u);
    ASSERT_EQ(r.model->regimes.size(), 2u);
    const Model& funding_ends = *r.model->regimes[1].rules;
    EXPECT_EQ(funding_ends.stages[funding_ends.stage_index.at("rns_casework")].capacity, 50u);
    EXPECT_EQ(r.model->levers.size(), 1u);
}

TEST_F(Levers, LeversApplyAfterTheScenariosPatch) {
    const std::string m = model({{"rns_places", places_lever()}});
    const std::string s = scenario(
        "both.json", R"("patch": {"stages": {"rns_casework": {"capacity": 30}}}, "levers": {"rns_places": 60})");
    const LoadResult r = load_model_file(m, {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[r.model->stage_index.at("rns_casework")].capacity, 45u);  // 30 x 60 / 40
}

TEST_F(Levers, AValueOutsideTheRangeIsAnErrorInTheScenario) {
    const std::string m = model({{"rns_places", places_lever()}});
    const std::string s = scenario("too_many.json", R"("levers": {"rns_places": 81})");
    const LoadResult r = load_model_file(m, {s});
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(error_count(r), 1u) << all_diagnostics(r);
    EXPECT_EQ(r.diagnostics[0].file, s);
    EXPECT_EQ(r.diagnostics[0].pointer, "/levers/rns_places");
    EXPECT_THAT(r.diagnostics[0].message, HasSubstr("must lie within the lever's range [20, 80] places, got 81"));
}

TEST_F(Levers, AnUnknownLeverSuggestsTheClosest) {
    const std::string m = model({{"rns_places", places_lever()}});
    const std::string s = scenario("typo.json", R"("levers": {"rns_place": 50})");
    const LoadResult r = load_model_file(m, {s});
    EXPECT_TRUE(has_error(r, "/levers/rns_place", "the model has no lever 'rns_place'; did you mean 'rns_places'?"));
}

TEST_F(Levers, AScenarioWithNeitherPatchNorLeversIsRefused) {
    const std::string m = model({{"rns_places", places_lever()}});
    const LoadResult r = load_model_file(m, {scenario("empty.json", R"("description": "nothing")")});
    EXPECT_TRUE(has_error(r, "", "missing required key 'patch'"));
}

TEST_F(Levers, ALeverValueThatIsNotANumberIsRefused) {
    const std::string m = model({{"rns_places", places_lever()}});
    const LoadResult r = load_model_file(m, {scenario("text.json", R"("levers": {"rns_places": "many"})")});
    EXPECT_TRUE(has_error(r, "/levers/rns_places", "number"));
}

LoadResult with_lever(const Json& lever) { return load(model_with_levers({{"l", lever}})); }

Json edited(Json lever, const std::string& pointer, const Json& value) {
    lever[Json::json_pointer(pointer)] = value;
    return lever;
}

TEST(LeverErrors, APathThatNamesNoNumber) {
    EXPECT_TRUE(has_error(with_lever(edited(places_lever(), "/drives/0/path", "/stages/rns_casework/capacty")),
                          "/levers/l/drives/0/path", "names no number in the model"));
    EXPECT_TRUE(has_error(with_lever(edited(places_lever(), "/drives/0/path", "/stages/rns_casework")),
                          "/levers/l/drives/0/path", "names no number in the model"));
    EXPECT_TRUE(has_error(with_lever(edited(places_lever(), "/drives/0/path", "stages")), "/levers/l/drives/0/path",
                          "is not a JSON pointer"));
    EXPECT_TRUE(has_error(with_lever(edited(offers_lever(), "/drives/0/path", "/stages/prevention/next/nowhere/p")),
                          "/levers/l/drives/0/path", "names no edge"));
}

TEST(LeverErrors, APathIntoARegime) {
    EXPECT_TRUE(has_error(with_lever(edited(places_lever(), "/drives/0/path",
                                            "/regimes/rns_funding_ends/patch/stages/rns_casework/capacity")),
                          "/levers/l/drives/0/path", "is in a regime"));
}

TEST(LeverErrors, ADefaultOutsideTheRangeOrARangeUpsideDown) {
    EXPECT_TRUE(has_error(with_lever(edited(places_lever(), "/default", 90)), "/levers/l/default",
                          "must lie within the range [20, 80], got 90"));
    EXPECT_TRUE(
        has_error(with_lever(edited(places_lever(), "/range", {80, 20})), "/levers/l/range/1", "must be >= low"));
    EXPECT_TRUE(
        has_error(with_lever(edited(places_lever(), "/range", {20})), "/levers/l/range", "must be [low, high]"));
}

TEST(LeverErrors, MissingWordsHowOrDrives) {
    EXPECT_TRUE(has_error(with_lever(without(places_lever(), "/label")), "/levers/l", "missing required key 'label'"));
    EXPECT_TRUE(has_error(with_lever(without(places_lever(), "/unit")), "/levers/l", "missing required key 'unit'"));
    EXPECT_TRUE(
        has_error(with_lever(edited(places_lever(), "/drives/0/how", "double")), "/levers/l/drives/0/how", "\"set\""));
    EXPECT_TRUE(
        has_error(with_lever(edited(places_lever(), "/drives", Json::array())), "/levers/l/drives", "at least one"));
    EXPECT_TRUE(has_error(with_lever(edited(places_lever(), "/drives/0/scale", true)), "/levers/l/drives/0/scale",
                          "only a \"rebalance\" drive"));
}

TEST(LeverErrors, ARebalanceOfSomethingThatIsNotAShare) {
    EXPECT_TRUE(has_error(with_lever(places_lever("rebalance")), "/levers/l/drives/0/path", "is not a routing share"));
}

TEST(LeverErrors, ASetOrScaleOfAShare) {
    EXPECT_TRUE(has_error(
        with_lever(edited(offers_lever(), "/drives/0", {{"path", "/stages/prevention/next/0/p"}, {"how", "set"}})),
        "/levers/l/drives/0/path", "changes only with \"how\": \"rebalance\""));
}

TEST(LeverErrors, ARebalancedShareWhoseGroupCannotTakeUpTheChange) {
    // Scaled by 3 at the top of the range, a share of 0.5 would be 1.5.
    EXPECT_TRUE(has_error(with_lever(edited(offers_lever(), "/range", {0.5, 3})), "/levers/l/drives/0/path",
                          "the share would be 1.5, outside 0 to 1"));
    // A share alone in its group: nothing can take up a change.
    const Json alone = Json::parse(R"({"label": "Casework", "unit": "share", "default": 0.8, "range": [0, 1],
        "drives": [{"path": "/stages/tenancy_support/next/0/p", "how": "rebalance"}]})");
    Json doc = model_with_levers({{"l", alone}});
    doc["stages"]["tenancy_support"]["next"][1]["when"] =
        Json::parse(R"({"had_casework": "yes", "household": "family"})");
    EXPECT_TRUE(has_error(load(doc), "/levers/l/drives/0/path", "overlaps this edge's only in part"));
}

TEST(LeverErrors, TwoLeversPuttingValuesAtOneFigureContradict) {
    Json levers = Json::object();
    levers["a"] = places_lever("set");
    levers["b"] = places_lever("scale");
    EXPECT_TRUE(has_error(load(model_with_levers(levers)), "/levers/b/drives/0", "/levers/a/drives/0 drives too"));
    // The same edge named by place and by destination.
    Json shares = Json::object();
    shares["a"] = offers_lever();
    shares["b"] = edited(offers_lever(), "/drives/0", {{"path", "/stages/prevention/next/2/p"}, {"how", "rebalance"}});
    EXPECT_TRUE(has_error(load(model_with_levers(shares)), "/levers/b/drives/0", "contradict"));
}

TEST(LeverErrors, TwoLeversScalingOneFigureCompose) {
    Json levers = Json::object();
    levers["a"] = places_lever();
    levers["b"] = places_lever();
    const Json doc = model_with_levers(levers);
    const LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Json applied = apply_levers(doc, r.model->levers, {{"a", 60, "", ""}, {"b", 20, "", ""}});
    EXPECT_EQ(figure(applied, "/stages/rns_casework/capacity"), 30);  // 40 x 1.5 x 0.5
}

TEST(LeverErrors, AScalingLeverWithADefaultOfZero) {
    EXPECT_TRUE(has_error(with_lever(edited(edited(places_lever(), "/default", 0), "/range", {0, 80})),
                          "/levers/l/drives/0", "default must not be 0"));
}

}  // namespace
}  // namespace pathways
