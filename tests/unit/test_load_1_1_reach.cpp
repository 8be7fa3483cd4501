// Format 1.1 routing: shares must sum to 1 only for the attribute profiles
// that can reach a stage, followed from every source along the graph.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/profile_reach.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;

// The example in format 1.1: casework sets had_casework, and `review`, after
// casework, routes only people who had it.
Json after_casework() {
    Json doc = with(example(), "/format", "pathways/1.1");
    doc["attributes"]["had_casework"] = Json::array({"no", "yes"});
    doc["stages"]["casework"]["sets"] = Json::parse(R"({"had_casework": "yes"})");
    doc["stages"]["casework"]["next"] = Json::parse(R"([{"to": "review", "p": 0.7}, {"to": "ta", "p": 0.3}])");
    doc["stages"]["review"] = Json::parse(R"({"duration": 7, "next": [
        {"to": "private_tenancy", "p": 0.6, "when": {"had_casework": "yes"}},
        {"to": "prs", "p": 0.4, "when": {"had_casework": "yes"}}]})");
    return doc;
}

// The profile of a model with household (single, family) then had_casework (no, yes).
std::uint32_t profile(const Model& m, const std::string& household, const std::string& had_casework) {
    std::uint32_t p = 0;
    p = m.with_value(p, 0, household == "family" ? 1 : 0);
    return m.with_value(p, 1, had_casework == "yes" ? 1 : 0);
}

TEST(ReachedShares, AStageAfterCaseworkNeedNotRouteThoseWhoNeverHadIt) {
    LoadResult r = load(after_casework());
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(ReachedShares, AReachableCombinationLeftUnroutedIsRefused) {
    Json doc = after_casework();
    doc["stages"]["prs"]["next"].push_back(Json::parse(R"({"to": "review", "p": 0})"));
    doc["stages"]["prs"]["next"][0]["p"] = 0.5;
    doc["stages"]["prs"]["next"][2]["p"] = 0.1;  // people who skipped casework reach review from prs
    EXPECT_TRUE(has_error(load(doc), "/stages/review/next",
                          "for had_casework=no the shares sum to 0, not 1; people with these values can reach "
                          "this stage"));
}

TEST(ReachedShares, EveryFailingReachedCombinationIsCounted) {
    Json doc = after_casework();
    doc["stages"]["decision"]["next"] = Json::parse(R"([{"to": "move_on", "p": 0.5}, {"to": "review", "p": 0.5}])");
    doc["stages"]["review"]["next"][0]["when"]["household"] = "single";
    doc["stages"]["review"]["next"][1]["when"]["household"] = "single";
    EXPECT_TRUE(has_error(load(doc), "/stages/review/next",
                          "for household=single, had_casework=no the shares sum to 0, not 1 (and for 1 other "
                          "combinations)"));
}

TEST(ReachedShares, AValueWithShareZeroDoesNotOccur) {
    Json doc = with(example(), "/arrivals/grants/mix/household", Json::parse(R"({"single": 1, "family": 0})"));
    doc["stages"]["move_on"]["next"] = Json::parse(R"([{"to": "casework", "p": 0.8, "when": {"household": "single"}},
        {"to": "prs", "p": 0.2, "when": {"household": "single"}}])");
    EXPECT_TRUE(has_error(load(doc), "/stages/move_on/next", "for household=family the shares sum to 0, not 1"));
    LoadResult r = load(with(doc, "/format", "pathways/1.1"));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(ReachedShares, BackgroundStreamsAndInitialOccupantsAreSources) {
    Json doc = with(example(), "/format", "pathways/1.1");
    doc = with(doc, "/arrivals/grants/mix/household", Json::parse(R"({"single": 1})"));
    doc["stages"]["move_on"]["next"].erase(2);
    ASSERT_TRUE(load(doc).ok()) << all_diagnostics(load(doc));
    Json background = Json::parse(R"({"to": "decision", "rate_per_day": 1, "in_cohort": false,
        "mix": {"household": {"family": 1}}})");
    EXPECT_TRUE(has_error(load(with(doc, "/arrivals/others", background)), "/stages/move_on/next",
                          "for household=family the shares sum to 0, not 1"));
    Json initial = Json::parse(R"({"count": 5, "mix": {"household": {"family": 1}}})");
    EXPECT_TRUE(has_error(load(with(doc, "/stages/decision/initial", initial)), "/stages/move_on/next",
                          "for household=family the shares sum to 0, not 1"));
}

TEST(ReachedShares, AStageNobodyReachesMustRouteEveryone) {
    Json doc = with(example(), "/format", "pathways/1.1");
    doc["stages"]["limbo"] = Json::parse(R"({"duration": 1, "next": [
        {"to": "homeless", "p": 1, "when": {"household": "single"}}]})");
    EXPECT_TRUE(has_error(load(doc), "/stages/limbo/next", "for household=family the shares sum to 0, not 1"));
}

// Single people who arrived before the regime are still on their way when it
// starts: its routing must hold for them, though its own mix has none.
TEST(ReachedShares, ARegimesRoutingMustHoldForPeopleWhoArrivedBeforeIt) {
    Json doc = after_casework();
    doc["regimes"]["families_only"] = Json::parse(R"({"from": 100, "patch": {
        "arrivals": {"grants": {"mix": {"household": {"single": 0, "family": 1}}}},
        "stages": {"review": {"next": [
            {"to": "private_tenancy", "p": 0.6, "when": {"had_casework": "yes", "household": "family"}},
            {"to": "prs", "p": 0.4, "when": {"had_casework": "yes", "household": "family"}}]}}}})");
    LoadResult r = load(doc);
    EXPECT_TRUE(has_error(r, "/regimes/families_only/patch/stages/review/next",
                          "for household=single, had_casework=yes the shares sum to 0, not 1; people with these "
                          "values can reach this stage"))
        << all_diagnostics(r);
    // Without the regime's routing change, the same mix change is fine.
    doc["regimes"]["families_only"]["patch"]["stages"].erase("review");
    EXPECT_TRUE(load(doc).ok()) << all_diagnostics(load(doc));
}

TEST(ReachableProfiles, FollowEveryProfileAnySetOfRulesCanPutInAStage) {
    Model base = load(after_casework()).model.value();
    Model later = base;
    // Under the later rules casework sends nobody to review; people already
    // there, or sent by the base rules, still are.
    const StageIndex casework = *base.find_stage("casework"), review = *base.find_stage("review");
    for (Edge& e : later.stages[casework].next) e.p = e.to == review ? 0 : 1;
    const auto alone = reachable_profiles(later);
    const auto across = reachable_profiles(std::vector<const Model*>{&base, &later});
    const std::uint32_t single_yes = profile(base, "single", "yes");
    EXPECT_FALSE(alone[review][single_yes]);
    EXPECT_TRUE(across[review][single_yes]);
}

TEST(ReachableProfiles, FollowSetsRenegingAndDeadlines) {
    Json doc = after_casework();
    doc["stages"]["casework"]["on_renege"] = "limbo";
    doc["stages"]["limbo"] = Json::parse(R"({"duration": 1, "next": [{"to": "rough_sleeping", "p": 1}]})");
    doc["deadlines"]["move_on_ends"]["divert_to"] = Json::parse(R"({"move_on": "homeless", "casework": "relief"})");
    doc["stages"]["relief"] = Json::parse(R"({"duration": 1, "next": [{"to": "homeless", "p": 1}]})");
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Model& m = *r.model;
    const auto reached = reachable_profiles(m);
    const auto at = [&](const char* stage, const char* household, const char* had) {
        return static_cast<bool>(reached[*m.find_stage(stage)][profile(m, household, had)]);
    };
    EXPECT_TRUE(at("move_on", "single", "no"));
    EXPECT_TRUE(at("move_on", "family", "no"));
    EXPECT_FALSE(at("move_on", "single", "yes"));
    EXPECT_FALSE(at("casework", "single", "no"));
    EXPECT_TRUE(at("casework", "single", "yes"));
    EXPECT_FALSE(at("casework", "family", "yes"));  // families go to ta, never to casework
    EXPECT_TRUE(at("limbo", "single", "yes"));      // gave up waiting
    EXPECT_FALSE(at("limbo", "single", "no"));
    EXPECT_TRUE(at("relief", "single", "yes"));  // the deadline's diversion from casework
    EXPECT_FALSE(at("relief", "family", "no"));
    EXPECT_TRUE(at("ta", "family", "no"));
    EXPECT_TRUE(at("ta", "single", "yes"));
    EXPECT_FALSE(at("ta", "single", "no"));
}

TEST(ReachableProfiles, ExtraSourcesAddTheirMixes) {
    LoadResult r = load(after_casework());
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Model& m = *r.model;
    const StageIndex move_on = *m.find_stage("move_on");
    const Mix yes_only = {{0.5, 0.5}, {0, 1}};
    EXPECT_FALSE(reachable_profiles(m)[move_on][profile(m, "family", "yes")]);
    EXPECT_TRUE(reachable_profiles(
        m, std::vector<ProfileSource>{ProfileSource{move_on, yes_only}})[move_on][profile(m, "family", "yes")]);
}

TEST(ReachableProfiles, AProfileOfAMixHasEveryValueWithAShare) {
    LoadResult r = load(after_casework());
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Model& m = *r.model;
    const std::vector<bool> profiles = profiles_of(m, {{0.3, 0.7}, {1, 0}});
    EXPECT_TRUE(profiles[profile(m, "single", "no")]);
    EXPECT_TRUE(profiles[profile(m, "family", "no")]);
    EXPECT_FALSE(profiles[profile(m, "single", "yes")]);
    EXPECT_FALSE(profiles[profile(m, "family", "yes")]);
}

}  // namespace
}  // namespace pathways
