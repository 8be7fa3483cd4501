// Reading model files with scenarios: merge patches applied in order, and
// problems that name the file (and the scenario) they come from.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class Scenarios : public FilesTest {
protected:
    std::string scenario(const std::string& name, const std::string& patch) const {
        return file(name, R"({"format": "pathways-scenario/1", "name": ")" + name + R"(", "patch": )" + patch + "}");
    }
};

TEST_F(Scenarios, APatchIsAppliedBeforeValidation) {
    const std::string s = scenario("longer.json", R"({"deadlines": {"move_on_ends": {"after": 56}}})");
    LoadResult r = load_model_file(example_path(), {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->deadlines[0].after.a, 56);
    EXPECT_EQ(r.document["deadlines"]["move_on_ends"]["after"], 56);
}

TEST_F(Scenarios, PatchesApplyInOrder) {
    const std::string a = scenario("a.json", R"({"stages": {"ta": {"capacity": 300}}})");
    const std::string b = scenario("b.json", R"({"stages": {"ta": {"capacity": 400}}})");
    LoadResult r = load_model_file(example_path(), {a, b});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("ta")].capacity, 400u);
    EXPECT_THAT(r.scenario_names, ElementsAre("a.json", "b.json"));
}

TEST_F(Scenarios, FileHashesAreOfTheBytesAndTheCanonicalHashOfThePatchedModel) {
    const std::string content = R"({"format": "pathways-scenario/1", "name": "n", "patch": {}})";
    const std::string s = file("empty_patch.json", content);
    LoadResult r = load_model_file(example_path(), {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model_sha256, sha256_hex(read_text(example_path())));
    EXPECT_THAT(r.scenario_sha256, ElementsAre(sha256_hex(content)));
    EXPECT_EQ(r.canonical_sha256, load(example()).canonical_sha256);
    const std::string changed = scenario("changed.json", R"({"simulation": {"seed": 7}})");
    EXPECT_NE(load_model_file(example_path(), {changed}).canonical_sha256, r.canonical_sha256);
}

TEST_F(Scenarios, AScenarioWithTheWrongFormatNamesItsFile) {
    const std::string s = file("old.json", R"({"format": "scenario/0", "name": "old", "patch": {}})");
    LoadResult r = load_model_file(example_path(), {s});
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u) << all_diagnostics(r);
    EXPECT_EQ(r.diagnostics[0].to_string(), s + ": /format: must be \"pathways-scenario/1\", got \"scenario/0\"");
}

TEST_F(Scenarios, AScenarioMayNotChangeTheModelsFormat) {
    const std::string s = scenario("upgrade.json", R"({"format": "pathways/1.1"})");
    LoadResult r = load_model_file(example_path(), {s});
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u) << all_diagnostics(r);
    EXPECT_EQ(r.diagnostics[0].to_string(), s + ": /patch/format: a scenario may not change the model's format");
}

TEST_F(Scenarios, AnUnknownScenarioKeySuggestsTheClosest) {
    const std::string s = file("typo.json", R"({"format": "pathways-scenario/1", "name": "t", "pach": {}})");
    LoadResult r = load_model_file(example_path(), {s});
    EXPECT_TRUE(has_error(r, "/pach", "unknown key 'pach'; did you mean 'patch'?"));
    EXPECT_TRUE(has_error(r, "", "missing required key 'patch'"));
    EXPECT_EQ(r.diagnostics[0].file, s);
}

TEST_F(Scenarios, APatchThatBreaksTheModelNamesTheScenario) {
    const std::string s = scenario("broken.json", R"({"stages": {"ta": {"capacity": -3}}})");
    LoadResult r = load_model_file(example_path(), {s});
    EXPECT_TRUE(has_error(r, "/stages/ta/capacity", "got -3 (set by scenario " + s + ")"));
    EXPECT_EQ(r.diagnostics[0].file, example_path());
}

TEST_F(Scenarios, AProblemOutsideEveryPatchNamesNoScenario) {
    const std::string model = file("model.json", with(example(), "/stages/prs/capacity", 0).dump());
    const std::string s = scenario("fine.json", R"({"stages": {"ta": {"capacity": 3}}})");
    LoadResult r = load_model_file(model, {s});
    EXPECT_THAT(messages_at(r, "/stages/prs/capacity"), ElementsAre("must be an integer >= 1, got 0"));
}

TEST_F(Scenarios, AMissingModelFileIsAnErrorNamingIt) {
    const std::string missing = (dir / "missing.json").string();
    LoadResult r = load_model_file(missing);
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_THAT(r.diagnostics[0].to_string(), HasSubstr(missing + ": cannot read the file"));
}

TEST_F(Scenarios, ProblemsInTheModelAndEveryScenarioAreAllReported) {
    const std::string model = file("model.json", "{\"format\": ");
    const std::string bad = file("bad.json", "[1, 2");
    const std::string missing = (dir / "missing.json").string();
    LoadResult r = load_model_file(model, {bad, missing});
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 3u) << all_diagnostics(r);
    EXPECT_EQ(r.diagnostics[0].file, model);
    EXPECT_EQ(r.diagnostics[1].file, bad);
    EXPECT_EQ(r.diagnostics[2].file, missing);
}

TEST_F(Scenarios, SourceNoteAndCostAreCarriedToTheCaller) {
    const std::string s = file("funded.json", R"({"format": "pathways-scenario/1", "name": "Fund casework",
        "description": "Two more caseworkers", "source": "council budget 2026", "note": "from April",
        "cost": {"one_off": 5000, "per_year": 84000}, "patch": {"stages": {"casework": {"capacity": 8}}}})");
    const std::string plain = scenario("plain.json", "{}");
    LoadResult r = load_model_file(example_path(), {s, plain});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.scenario_descriptions.size(), 2u);
    const ScenarioDescription& d = r.scenario_descriptions[0];
    EXPECT_EQ(d.name, "Fund casework");
    EXPECT_EQ(d.description, "Two more caseworkers");
    EXPECT_EQ(d.source, "council budget 2026");
    EXPECT_EQ(d.note, "from April");
    EXPECT_EQ(d.cost_one_off, 5000);
    EXPECT_EQ(d.cost_per_year, 84000);
    EXPECT_EQ(r.scenario_descriptions[1].name, "plain.json");
    EXPECT_FALSE(r.scenario_descriptions[1].cost_one_off);
    EXPECT_FALSE(r.scenario_descriptions[1].cost_per_year);
}

TEST_F(Scenarios, ACostHasNonNegativeOneOffAndPerYearOnly) {
    const std::string s = file("costly.json", R"({"format": "pathways-scenario/1", "name": "c",
        "cost": {"one_off": -1, "per_yeer": 3}, "patch": {}})");
    LoadResult r = load_model_file(example_path(), {s});
    EXPECT_THAT(messages_at(r, "/cost/one_off"), ElementsAre("must be >= 0, got -1"));
    EXPECT_THAT(messages_at(r, "/cost/per_yeer"), ElementsAre("unknown key 'per_yeer'; did you mean 'per_year'?"));
    EXPECT_EQ(r.diagnostics[0].file, s);
    const std::string t =
        file("text.json", R"({"format": "pathways-scenario/1", "name": "t", "cost": 5, "patch": {}})");
    EXPECT_THAT(messages_at(load_model_file(example_path(), {t}), "/cost"), ElementsAre("must be an object, got 5"));
}

TEST_F(Scenarios, WhoDecidesAChangeIsCarriedAndMustBeNamed) {
    const std::string s = file("national.json", R"({"format": "pathways-scenario/1", "name": "n",
        "decided_by": "Home Office", "patch": {}})");
    LoadResult r = load_model_file(example_path(), {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.scenario_descriptions[0].decided_by, "Home Office");
    const std::string empty = file("empty.json", R"({"format": "pathways-scenario/1", "name": "e",
        "decided_by": "", "patch": {}})");
    EXPECT_THAT(messages_at(load_model_file(example_path(), {empty}), "/decided_by"), ElementsAre("must not be empty"));
}

// A format 1.1 copy of the example with one regime.
Json model_with_regime() {
    Json doc = example();
    doc["format"] = "pathways/1.1";
    doc["regimes"] = Json::parse(R"({"cuts": {"from": 200, "patch": {"stages": {"ta": {"capacity": 150}}}}})");
    return doc;
}

TEST_F(Scenarios, AScenarioMayAddARegime) {
    const std::string model = file("model.json", model_with_regime().dump());
    const std::string s = scenario(
        "funding.json", R"({"regimes": {"funding": {"from": 400, "patch": {"stages": {"ta": {"capacity": 250}}}}}})");
    LoadResult r = load_model_file(model, {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->regimes.size(), 2u);
    EXPECT_EQ(r.model->regimes[1].id, "funding");
    EXPECT_EQ(r.model->regimes[1].rules->stages[*r.model->find_stage("ta")].capacity, 250u);
}

TEST_F(Scenarios, AScenarioMayRemoveOrChangeARegime) {
    const std::string model = file("model.json", model_with_regime().dump());
    LoadResult r = load_model_file(model, {scenario("no_cuts.json", R"({"regimes": {"cuts": null}})")});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_TRUE(r.model->regimes.empty());
    const std::string deeper =
        scenario("deeper.json", R"({"regimes": {"cuts": {"patch": {"stages": {"ta": {"capacity": 0}}}}}})");
    r = load_model_file(model, {deeper});
    EXPECT_TRUE(has_error(r, "/regimes/cuts/patch/stages/ta/capacity", "got 0 (set by scenario " + deeper + ")"));
}

TEST_F(Scenarios, AScenarioThatRemovesAnUncertainNumberIsAnErrorAtTheEntry) {
    Json doc = example();
    doc["format"] = "pathways/1.1";
    doc["uncertainty"] = Json::parse(R"({"ta_cost": {"path": "/stages/ta/cost/per_day", "low": 30, "high": 50}})");
    const std::string model = file("model.json", doc.dump());
    LoadResult r = load_model_file(model, {scenario("free_ta.json", R"({"stages": {"ta": {"cost": null}}})")});
    EXPECT_THAT(messages_at(r, "/uncertainty/ta_cost"),
                ElementsAre("\"/stages/ta/cost/per_day\" names no number in the model (after scenarios)"));
}

}  // namespace
}  // namespace pathways
