// Pointers into a model document and changing the numbers they name: set,
// scale (through uncertainty entries and levers), rebalancing a share's
// group, shares named by destination in several `when` groups, and groups
// whatever the key order of their conditions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "format/model_paths.h"

namespace pathways {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// One list, two groups written with their conditions' keys in different orders.
Json routing() {
    return Json::parse(R"({
      "stages": {"prevention": {"next": [
        {"to": "prs", "p": 0.3, "when": {"household": "family", "had_casework": "no"}},
        {"to": "ta", "p": 0.5, "when": {"household": "family", "had_casework": "no"}},
        {"to": "lost", "p": 0.2, "when": {"had_casework": "no", "household": "family"}},
        {"to": "prs", "p": 0.6, "when": {"household": "family", "had_casework": "yes"}},
        {"to": "ta", "p": 0.4, "when": {"household": "family", "had_casework": "yes"}}
      ], "capacity": 30}},
      "regimes": {
        "later": {"from": 100, "patch": {"stages": {"prevention": {"capacity": 20, "next": [
          {"to": "prs", "p": 0.1, "when": {"had_casework": "no", "household": "family"}},
          {"to": "ta", "p": 0.7, "when": {"household": "family", "had_casework": "no"}},
          {"to": "lost", "p": 0.2, "when": {"household": "family", "had_casework": "no"}},
          {"to": "prs", "p": 1.0, "when": {"household": "family", "had_casework": "yes"}}
        ]}}}},
        "other": {"from": 200, "patch": {"stages": {"prevention": {"next": [{"to": "ta", "p": 1}]}}}}
      }
    })");
}

double share(const Json& document, std::size_t edge) {
    return document["stages"]["prevention"]["next"][edge]["p"].get<double>();
}

TEST(ModelPaths, ASharePointerIsFoundAndOthersAreNot) {
    const auto place = share_place("/stages/prevention/next/3/p");
    ASSERT_TRUE(place);
    EXPECT_EQ(place->next, "/stages/prevention/next");
    EXPECT_EQ(place->edge, 3u);
    EXPECT_EQ(share_pointer(*place), "/stages/prevention/next/3/p");
    EXPECT_FALSE(share_place("/stages/prevention/capacity"));
    EXPECT_FALSE(share_place("/stages/prevention/next/prs/p"));
    EXPECT_FALSE(share_place("no pointer"));
    EXPECT_TRUE(names_shares_by_stage("/stages/prevention/next/prs/p"));
    EXPECT_FALSE(names_shares_by_stage("/stages/prevention/next/0/p"));
}

TEST(ModelPaths, NumberAtNamesNumbersOnly) {
    const Json doc = routing();
    EXPECT_NE(number_at(doc, "/stages/prevention/capacity"), nullptr);
    EXPECT_EQ(number_at(doc, "/stages/prevention"), nullptr);
    EXPECT_EQ(number_at(doc, "/stages/nowhere/capacity"), nullptr);
    EXPECT_EQ(number_at(doc, "not a pointer"), nullptr);
}

TEST(ModelPaths, TheSameConditionsInAnotherKeyOrderAreOneGroup) {
    const Json doc = routing();
    const Json& next = doc["stages"]["prevention"]["next"];
    EXPECT_THAT(share_group(next, 0), ElementsAre(1u, 2u));
    EXPECT_THAT(share_group(next, 2), ElementsAre(0u, 1u));
    EXPECT_THAT(share_group(next, 3), ElementsAre(4u));
    EXPECT_TRUE(same_condition(Json::parse(R"({"a": "x", "b": "y"})"), Json::parse(R"({"b": "y", "a": "x"})")));
    EXPECT_FALSE(same_condition(Json::parse(R"({"a": "x"})"), Json::parse(R"({"a": "x", "b": "y"})")));
}

TEST(ModelPaths, RebalancingAShareScalesItsGroupOnly) {
    Json doc = routing();
    rebalance_share(doc, *share_place("/stages/prevention/next/0/p"), 0.5);
    EXPECT_EQ(share(doc, 0), 0.5);
    EXPECT_DOUBLE_EQ(share(doc, 1), 0.5 * 0.5 / 0.7);
    EXPECT_DOUBLE_EQ(share(doc, 2), 0.2 * 0.5 / 0.7);  // written in another key order, still in the group
    EXPECT_EQ(share(doc, 3), 0.6);
    EXPECT_EQ(share(doc, 4), 0.4);
}

TEST(ModelPaths, PutRebalancesSharesAndSetsOtherNumbersRoundingIntegers) {
    Json doc = routing();
    put_number(doc, "/stages/prevention/next/3/p", 0.9);
    put_number(doc, "/stages/prevention/capacity", 12.6);
    EXPECT_EQ(share(doc, 3), 0.9);
    EXPECT_DOUBLE_EQ(share(doc, 4), 0.1);
    EXPECT_EQ(doc["stages"]["prevention"]["capacity"], 13);
    EXPECT_TRUE(doc["stages"]["prevention"]["capacity"].is_number_integer());
    set_number(doc, "/stages/prevention/next/0/p", 0.9);  // set alone leaves the group as it was
    EXPECT_EQ(share(doc, 1), 0.5);
}

TEST(ModelPaths, AShareNamedByDestinationIsEveryEdgeToIt) {
    const Json doc = routing();
    EXPECT_THAT(expand_share_path(doc, "/stages/prevention/next/prs/p"),
                ElementsAre("/stages/prevention/next/0/p", "/stages/prevention/next/3/p"));
    EXPECT_THAT(expand_share_path(doc, "/stages/prevention/next/nowhere/p"), IsEmpty());
    EXPECT_THAT(expand_share_path(doc, "/stages/prevention/capacity"), ElementsAre("/stages/prevention/capacity"));
}

TEST(ModelPaths, RegimesThatSetTheSameFigureAreFound) {
    const Json doc = routing();
    EXPECT_THAT(regime_places(doc, "/stages/prevention/capacity"),
                ElementsAre("/regimes/later/patch/stages/prevention/capacity"));
    // The same edge (destination and `when`, in any key order) at the same place; not a list of another shape.
    EXPECT_THAT(regime_places(doc, "/stages/prevention/next/0/p"),
                ElementsAre("/regimes/later/patch/stages/prevention/next/0/p"));
    EXPECT_THAT(regime_places(doc, "/stages/prevention/next/4/p"), IsEmpty());
    EXPECT_THAT(regime_places(doc, "/stages/prevention/next/prs/p"),
                ElementsAre("/regimes/later/patch/stages/prevention/next/prs/p"));
}

TEST(ModelPaths, AShareWhoseGroupCannotTakeUpTheChangeIsSaidWhy) {
    Json doc = routing();
    EXPECT_EQ(share_problem(doc, *share_place("/stages/prevention/next/0/p")), "");
    doc["stages"]["prevention"]["next"][4]["p"] = 0;
    EXPECT_THAT(share_problem(doc, *share_place("/stages/prevention/next/3/p")),
                ::testing::HasSubstr("no other edge with the same 'when'"));
    doc["stages"]["prevention"]["next"][4]["when"] = Json::parse(R"({"household": "family"})");
    EXPECT_THAT(share_problem(doc, *share_place("/stages/prevention/next/3/p")),
                ::testing::HasSubstr("overlaps this edge's only in part"));
}

}  // namespace
}  // namespace pathways
