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

class Scenarios : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::path(::testing::TempDir()) /
              ("pathways_scenarios_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::string file(const std::string& name, const std::string& content) const {
        const std::string path = (dir / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    std::string scenario(const std::string& name, const std::string& patch) const {
        return file(name, R"({"format": "pathways-scenario/1", "name": ")" + name + R"(", "patch": )" + patch + "}");
    }

    std::filesystem::path dir;
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

}  // namespace
}  // namespace pathways
