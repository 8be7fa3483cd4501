// worlds.csv, the plausible worlds a calibration keeps: written and read back
// to the same values, and refused (with the row or column, never a value) when
// it belongs to other uncertain parameters or is not a table of worlds.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/plausible_worlds.h"
#include "format/uncertainty_hash.h"
#include "report/results/worlds_csv.h"

namespace pathways {
namespace {

using ::testing::HasSubstr;

UncertainParameter parameter(std::string id, double low, double high, bool scale = false) {
    UncertainParameter p;
    p.id = std::move(id);
    p.label = "label of " + p.id;
    p.paths = {"/stages/casework/capacity"};
    p.low = low;
    p.high = high;
    p.scale = scale;
    return p;
}

std::vector<UncertainParameter> two_parameters() {
    return {parameter("places", 3, 8), parameter("stay", 0.5, 1.5, true)};
}

WorldTable table_of(const std::vector<UncertainParameter>& parameters) {
    WorldTable t;
    t.uncertainty_sha256 = uncertainty_sha256(parameters);
    t.parameters = {"places", "stay"};
    t.targets = {"share", "backtest:rise"};
    t.values = {{3.25, 0.1 + 0.2 + 0.75}, {8, 0.5}};
    t.simulated = {{0.25, 1.9}, {1.0 / 3.0, 2.4}};
    return t;
}

// The message read_worlds_csv refuses `text` with ("" when it reads it).
std::string refusal(const std::string& text, const std::vector<UncertainParameter>& parameters) {
    try {
        read_worlds_csv(text, parameters, uncertainty_sha256(parameters));
    } catch (const WorldsFileProblem& problem) {
        return problem.what();
    }
    return "";
}

std::string header_and(const std::string& rows) { return "world,uncertainty_sha256,places,stay,share\n" + rows; }

std::string fingerprint() { return uncertainty_sha256(two_parameters()); }

TEST(WorldsCsv, WrittenWorldsReadBackToTheSameValuesInOrder) {
    const auto parameters = two_parameters();
    const WorldTable t = table_of(parameters);
    EXPECT_EQ(read_worlds_csv(worlds_csv(t), parameters, t.uncertainty_sha256), t.values);
}

TEST(WorldsCsv, TheFingerprintIgnoresWordsButNotMeaning) {
    auto parameters = two_parameters();
    const std::string before = uncertainty_sha256(parameters);
    parameters[0].label = "another label";
    parameters[0].sourcing.source = "another source";
    EXPECT_EQ(uncertainty_sha256(parameters), before);
    parameters[0].high = 9;
    EXPECT_NE(uncertainty_sha256(parameters), before);
}

TEST(WorldsCsv, WorldsOfOtherUncertainParametersAreRefused) {
    const WorldTable t = table_of(two_parameters());
    auto changed = two_parameters();
    changed[1].high = 2;  // a wider range: the worlds were kept from another prior
    EXPECT_THAT(refusal(worlds_csv(t), changed), HasSubstr("calibrated for other uncertain parameters"));
}

TEST(WorldsCsv, AHeaderThatIsNotOneOfWorldsIsRefused) {
    EXPECT_THAT(refusal("draw,places,stay\n1,4,1\n", two_parameters()), HasSubstr("not a worlds.csv written by"));
    EXPECT_THAT(refusal("world,uncertainty_sha256,stay,places\n", two_parameters()),
                HasSubstr("these worlds are for another model"));
}

TEST(WorldsCsv, AValueThatIsNotANumberIsRefusedByRowAndColumn) {
    const std::string problem = refusal(header_and("1," + fingerprint() + ",4,lots,0.2\n"), two_parameters());
    EXPECT_THAT(problem, HasSubstr("row 2, column stay: not a number"));
    EXPECT_THAT(problem, ::testing::Not(HasSubstr("lots")));
}

TEST(WorldsCsv, AValueOutsideItsPriorRangeIsRefused) {
    EXPECT_THAT(refusal(header_and("1," + fingerprint() + ",9,1,0.2\n"), two_parameters()),
                HasSubstr("row 2, column places: outside the parameter's prior range"));
}

TEST(WorldsCsv, AFileWithoutWorldsIsRefused) {
    EXPECT_THAT(refusal(header_and(""), two_parameters()), HasSubstr("holds no worlds"));
    EXPECT_THAT(refusal("", two_parameters()), HasSubstr("empty"));
}

TEST(WorldsCsv, ARaggedRowIsRefused) {
    EXPECT_THAT(refusal(header_and("1," + fingerprint() + ",4,1\n"), two_parameters()),
                HasSubstr("row 2: has 4 fields, the header 5"));
}

TEST(EffectAcrossWorlds, GivesTheSpreadAndTheShareWithTheCentralSign) {
    std::vector<double> effects;
    for (int i = 0; i < 20; ++i) effects.push_back(i < 19 ? -1.0 - i : 2.0);
    const EffectAcrossWorlds e = effect_across_worlds("outcomes.settled.share", effects, -3);
    EXPECT_EQ(e.path, "outcomes.settled.share");
    EXPECT_DOUBLE_EQ(e.same_sign, 0.95);
    EXPECT_LT(e.p5, e.p95);
    EXPECT_LE(e.p95, 2.0);
    EXPECT_GE(e.p5, -19.0);
}

}  // namespace
}  // namespace pathways
