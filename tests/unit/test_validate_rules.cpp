// Journey rules (format 1.2): each kind of bad rule is refused at its JSON
// pointer, with a "did you mean" for a misspelt id.
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways::testing {
namespace {

Json rules_model() {
    return Json::parse(read_text(std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/valid/rules_tiny.json"));
}

const std::string rule = "/rules/relief_once_homeless";

// The tiny model with one member of its rule set (or replaced).
LoadResult with_member(const std::string& key, const Json& value) {
    return load(with(rules_model(), rule + "/" + key, value));
}

// The tiny model with its rule replaced by `given` (label and source kept).
LoadResult with_form(Json given) {
    given["label"] = "a rule";
    given["source"] = "a source";
    return load(with(rules_model(), rule, given));
}

TEST(ValidateRules, TheTinyModelLoadsWithItsRule) {
    LoadResult r = load(rules_model());
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->journey_rules.size(), 1u);
    EXPECT_EQ(r.model->journey_rules[0].form, RuleForm::requires_earlier);
}

TEST(ValidateRules, EachFormLoads) {
    for (const Json& form : {Json{{"enter", {"relief"}}, {"forbids", {{"visited", {"early_approach"}}}}},
                             Json{{"in", {"relief"}}, {"not_after_deadline", "move_on_ends"}},
                             Json{{"enter", {"relief"}}, {"within_days", 0}, {"of_entering", {"homeless"}}},
                             Json{{"enter", {"relief"}}, {"requires", {{"deadline_fired", {"move_on_ends"}}}}}}) {
        LoadResult r = with_form(form);
        EXPECT_TRUE(r.ok()) << form.dump() << "\n" << all_diagnostics(r);
    }
}

TEST(ValidateRules, AnUnknownStageIsNamedWithTheNearestOne) {
    EXPECT_TRUE(has_error(with_member("enter", {"releif"}), rule + "/enter/0",
                          "unknown stage 'releif'; did you mean 'relief'?"));
    EXPECT_TRUE(has_error(with_member("requires", {{"visited", {"homeles"}}}), rule + "/requires/visited/0",
                          "unknown stage 'homeles'; did you mean 'homeless'?"));
}

TEST(ValidateRules, AnUnknownDeadlineIsNamedWithTheNearestOne) {
    EXPECT_TRUE(has_error(with_member("requires", {{"deadline_fired", {"move_on_end"}}}),
                          rule + "/requires/deadline_fired/0",
                          "unknown deadline 'move_on_end'; did you mean 'move_on_ends'?"));
    EXPECT_TRUE(has_error(with_form({{"in", {"relief"}}, {"not_after_deadline", "moveon_ends"}}),
                          rule + "/not_after_deadline",
                          "unknown deadline 'moveon_ends'; did you mean 'move_on_ends'?"));
}

TEST(ValidateRules, AnUnknownStreamIsNamedWithTheNearestOne) {
    EXPECT_TRUE(has_error(with_member("streams", {"evicte"}), rule + "/streams/0",
                          "unknown arrival stream 'evicte'; did you mean 'evicted'?"));
}

TEST(ValidateRules, AStreamOutsideTheCohortIsRefused) {
    Json doc = with(rules_model(), "/arrivals/early/in_cohort", false);
    doc = with(doc, rule + "/streams", {"early"});
    EXPECT_TRUE(has_error(load(doc), rule + "/streams", "is not part of the cohort"));
}

TEST(ValidateRules, AnUnknownAttributeOrValueIsRefused) {
    EXPECT_TRUE(has_error(with_member("when", {{"houshold", "single"}}), rule + "/when/houshold",
                          "attribute 'houshold' is not declared in /attributes; did you mean 'household'?"));
    EXPECT_TRUE(has_error(with_member("when", {{"household", "singel"}}), rule + "/when/household",
                          "value \"singel\" is not declared for attribute 'household'; did you mean 'single'?"));
}

TEST(ValidateRules, EmptyListsAreRefused) {
    EXPECT_TRUE(has_error(with_member("enter", Json::array()), rule + "/enter", "must list at least one stage"));
    EXPECT_TRUE(has_error(with_member("requires", {{"visited", Json::array()}}), rule + "/requires/visited",
                          "must list at least one stage"));
    EXPECT_TRUE(
        has_error(with_member("streams", Json::array()), rule + "/streams", "must list at least one arrival stream"));
    EXPECT_TRUE(has_error(with_form({{"enter", {"relief"}}, {"within_days", 3}, {"of_entering", Json::array()}}),
                          rule + "/of_entering", "must list at least one stage"));
}

TEST(ValidateRules, RequiresNeedsAVisitOrADeadline) {
    EXPECT_TRUE(has_error(with_member("requires", Json::object()), rule + "/requires",
                          "needs 'visited' or 'deadline_fired' (or both)"));
}

TEST(ValidateRules, TwoFormsAtOnceAreRefused) {
    EXPECT_TRUE(has_error(with_member("forbids", {{"visited", {"early_approach"}}}), rule,
                          "gives two forms at once ('requires' and 'forbids')"));
}

TEST(ValidateRules, ARuleWithoutAFormIsRefused) {
    EXPECT_TRUE(has_error(with_form({{"enter", {"relief"}}}), rule, "has no form"));
}

TEST(ValidateRules, KeysOfAnotherFormAreRefused) {
    EXPECT_TRUE(has_error(with_form({{"enter", {"relief"}}, {"not_after_deadline", "move_on_ends"}}), rule + "/enter",
                          "'not_after_deadline' goes with 'in'"));
    EXPECT_TRUE(has_error(with_form({{"in", {"relief"}}, {"requires", {{"visited", {"homeless"}}}}}), rule + "/in",
                          "'in' goes with 'not_after_deadline'"));
    EXPECT_TRUE(has_error(with_member("of_entering", {"homeless"}), rule + "/of_entering",
                          "'of_entering' goes with 'within_days'"));
}

TEST(ValidateRules, ANegativeNumberOfDaysIsRefused) {
    EXPECT_TRUE(has_error(with_form({{"enter", {"relief"}}, {"within_days", -1}, {"of_entering", {"homeless"}}}),
                          rule + "/within_days", "must be >= 0, got -1"));
}

TEST(ValidateRules, WithinDaysNeedsTheStagesItCountsFrom) {
    EXPECT_TRUE(
        has_error(with_form({{"enter", {"relief"}}, {"within_days", 3}}), rule, "missing required key 'of_entering'"));
}

TEST(ValidateRules, NoTimeCanBeSpentInAnOutcome) {
    EXPECT_TRUE(has_error(with_form({{"in", {"settled"}}, {"not_after_deadline", "move_on_ends"}}), rule + "/in/0",
                          "'settled' is an outcome: nobody spends time there"));
}

TEST(ValidateRules, ARuleNeedsALabelAndASource) {
    Json doc = without(rules_model(), rule + "/label");
    EXPECT_TRUE(has_error(load(doc), rule, "missing required key 'label'"));
    EXPECT_TRUE(has_error(load(without(rules_model(), rule + "/source")), rule, "missing required key 'source'"));
    EXPECT_TRUE(has_error(with_member("label", ""), rule + "/label", "must not be empty"));
}

TEST(ValidateRules, AMisspeltKeyIsNamed) {
    EXPECT_TRUE(has_error(with_member("streams_", {"evicted"}), rule + "/streams_", "did you mean 'streams'?"));
}

TEST(ValidateRules, ARuleIdMustBeAnId) {
    Json doc = rules_model();
    doc["rules"]["Relief-Rule"] = doc["rules"]["relief_once_homeless"];
    EXPECT_FALSE(load(doc).ok());
}

TEST(ValidateRules, RulesNeedFormat1_2) {
    EXPECT_TRUE(has_error(load(with(rules_model(), "/format", "pathways/1.1")), "/rules", "needs format pathways/1.2"));
}

}  // namespace
}  // namespace pathways::testing
