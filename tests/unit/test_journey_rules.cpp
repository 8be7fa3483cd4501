// Journey rules (format 1.2) in the engine: each form on a tiny pathway built
// to break it and on one that keeps it. Every stay is fixed and arrivals come
// in batches, so each count is exact: the same in every replication.
#include <gtest/gtest.h>

#include "report/results/results_json.h"
#include "run/results_builder.h"
#include "run_helpers.h"
#include "test_load_fixture.h"

namespace pathways::testing {
namespace {

// Three single households (people 1-3) lose their asylum housing on day 10
// and are homeless for 5 days before relief; two families (people 4 and 5)
// ask for relief on day 1 while still housed. One rule: relief only once homeless.
Json tiny() { return Json::parse(read_text(std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/valid/rules_tiny.json")); }

// The model with its one rule replaced by `rule` (label and source added).
Json with_rule(Json doc, Json rule) {
    rule["label"] = "the rule under test";
    rule["source"] = "the test";
    doc["rules"] = {{"under_test", rule}};
    return doc;
}

Results run_rules(const Json& doc, std::uint32_t threads = 2) {
    LoadResult loaded = load(doc);
    if (!loaded.ok()) throw std::runtime_error(all_diagnostics(loaded));
    const RunResults run = testing::run(*loaded.model, threads);
    return build_results(*loaded.model, run, {});
}

// Violating journeys per replication: the same in each, so the interval is the mean.
double violating(const Json& doc) {
    const Results r = run_rules(doc);
    const Stat& s = r.rules.at(0).violating;
    EXPECT_EQ(s.lo, s.hi) << "fixed stays: every replication the same";
    return s.mean;
}

const Json relief_needs_homeless = {{"enter", {"relief"}}, {"requires", {{"visited", {"homeless"}}}}};

TEST(JourneyRules, RequiresCountsJourneysEnteringWithoutTheEarlierVisit) {
    EXPECT_EQ(violating(tiny()), 2);  // the two families
}

TEST(JourneyRules, RequiresHoldsWhenEveryRouteGoesThroughTheVisit) {
    EXPECT_EQ(violating(with(tiny(), "/stages/early_approach/next/0/to", "homeless")), 0);
}

TEST(JourneyRules, RequiresIsMetByAnEarlierDeadlineFiring) {
    const Json rule = {{"enter", {"relief"}}, {"requires", {{"deadline_fired", {"move_on_ends"}}}}};
    // Asylum housing outlasts the 28-day clock: the singles are evicted by it, the families never start it.
    const Json evicted = with(with_rule(tiny(), rule), "/stages/asylum_housing/duration", 40);
    EXPECT_EQ(violating(evicted), 2);
    EXPECT_EQ(violating(without(evicted, "/arrivals/early")), 0);
    // Leaving before the clock fires is no firing: everyone breaks it.
    EXPECT_EQ(violating(with_rule(tiny(), rule)), 5);
}

TEST(JourneyRules, RequiresIsMetByEitherListWhenBothAreGiven) {
    const Json rule = {{"enter", {"relief"}},
                       {"requires", {{"visited", {"early_approach"}}, {"deadline_fired", {"move_on_ends"}}}}};
    EXPECT_EQ(violating(with(with_rule(tiny(), rule), "/stages/asylum_housing/duration", 40)), 0);
    EXPECT_EQ(violating(with_rule(tiny(), rule)), 3);  // the singles: no early approach, no eviction by the clock
}

TEST(JourneyRules, ForbidsCountsJourneysEnteringAfterTheVisit) {
    const Json rule = {{"enter", {"relief"}}, {"forbids", {{"visited", {"early_approach"}}}}};
    EXPECT_EQ(violating(with_rule(tiny(), rule)), 2);
    EXPECT_EQ(violating(with(with_rule(tiny(), rule), "/stages/early_approach/next/0/to", "settled")), 0);
}

// Singles move from asylum housing into prevention on day 3, for 10 days; the
// move-on clock fires on day 7.
Json prevention_model(Json applies_to, double clock_days = 7) {
    Json doc = with(tiny(), "/stages/asylum_housing/duration", 3);
    doc["stages"]["asylum_housing"]["next"] = {{{"to", "prevention"}, {"p", 1}}};
    doc["stages"]["prevention"] = {{"duration", 10}, {"next", {{{"to", "settled"}, {"p", 1}}}}};
    doc["deadlines"]["move_on_ends"]["after"] = clock_days;
    doc["deadlines"]["move_on_ends"]["applies_to"] = applies_to;
    return with_rule(doc, {{"in", {"prevention"}}, {"not_after_deadline", "move_on_ends"}});
}

TEST(JourneyRules, NotAfterDeadlineCountsStaysOutlastingTheClock) {
    EXPECT_EQ(violating(prevention_model({"asylum_housing"})), 3);
}

TEST(JourneyRules, NotAfterDeadlineHoldsWhenTheClockEndsTheStay) {
    EXPECT_EQ(violating(prevention_model({"asylum_housing", "prevention"})), 0);
}

TEST(JourneyRules, NotAfterDeadlineHoldsForAStayEndingAsTheClockFires) {
    EXPECT_EQ(violating(prevention_model({"asylum_housing"}, 13)), 0);  // prevention ends on day 13
    EXPECT_EQ(violating(prevention_model({"asylum_housing"}, 12.5)), 3);
}

TEST(JourneyRules, NotAfterDeadlineCountsAStayStillOpenWhenTheRunEnds) {
    Json doc = prevention_model({"asylum_housing"});
    doc["stages"]["prevention"]["duration"] = 500;  // past the 100-day horizon
    doc["simulation"]["follow_up_days"] = 10;
    EXPECT_EQ(violating(doc), 3);
}

// Relief within 14 days of becoming homeless, for the evicted stream only.
Json within_model(double homeless_days) {
    const Json rule = {
        {"enter", {"relief"}}, {"within_days", 14}, {"of_entering", {"homeless"}}, {"streams", {"evicted"}}};
    return with(with_rule(tiny(), rule), "/stages/homeless/duration", homeless_days);
}

TEST(JourneyRules, WithinDaysHoldsUpToTheLimitItself) {
    EXPECT_EQ(violating(within_model(5)), 0);
    EXPECT_EQ(violating(within_model(14)), 0);
}

TEST(JourneyRules, WithinDaysCountsEntriesTooLongAfter) { EXPECT_EQ(violating(within_model(20)), 3); }

TEST(JourneyRules, WithinDaysWithNoEarlierEntryIsBroken) {
    Json doc = within_model(5);
    doc["rules"]["under_test"].erase("streams");
    EXPECT_EQ(violating(doc), 2);  // the families were never homeless
}

TEST(JourneyRules, WhenLimitsTheRuleToPeopleWithThoseValues) {
    Json rule = relief_needs_homeless;
    rule["when"] = {{"household", "single"}};
    EXPECT_EQ(violating(with_rule(tiny(), rule)), 0);
    rule["when"] = {{"household", "family"}};
    EXPECT_EQ(violating(with_rule(tiny(), rule)), 2);
}

TEST(JourneyRules, StreamsLimitTheRuleToThoseArrivals) {
    Json rule = relief_needs_homeless;
    rule["streams"] = {"evicted"};
    EXPECT_EQ(violating(with_rule(tiny(), rule)), 0);
}

TEST(JourneyRules, AJourneyBreaksARuleAtMostOnce) {
    Json doc = with(tiny(), "/stages/relief/next/0/to", "relief_again");
    doc["stages"]["relief_again"] = {{"duration", 1}, {"next", {{{"to", "settled"}, {"p", 1}}}}};
    EXPECT_EQ(
        violating(with_rule(doc, {{"enter", {"relief", "relief_again"}}, {"requires", {{"visited", {"homeless"}}}}})),
        2);
}

TEST(JourneyRules, TheFirstViolationIsTheLowestPersonNotTheEarliest) {
    // The families break it on day 1, the singles (people 1-3) on day 15.
    const Json rule = {{"enter", {"relief"}}, {"forbids", {{"visited", {"asylum_housing", "early_approach"}}}}};
    const Results r = run_rules(with_rule(tiny(), rule));
    ASSERT_TRUE(r.rules[0].first);
    EXPECT_EQ(r.rules[0].first->replication, 1u);
    EXPECT_EQ(r.rules[0].first->person, 1u);
}

TEST(JourneyRules, TheFirstViolationIsTracedStageByStage) {
    const Results r = run_rules(tiny());
    ASSERT_TRUE(r.rules[0].first);
    const RuleViolation& v = *r.rules[0].first;
    EXPECT_EQ(v.replication, 1u);
    EXPECT_EQ(v.person, 4u);  // the first family
    ASSERT_EQ(v.journey.size(), 3u);
    EXPECT_EQ(v.journey[0].stage, "early_approach");
    EXPECT_EQ(v.journey[1].stage, "relief");
    EXPECT_EQ(v.journey[1].entered, 1);
    EXPECT_EQ(v.journey[1].left, 21);
    EXPECT_EQ(v.journey[2].stage, "settled");
    EXPECT_EQ(v.journey[2].how, "outcome");
}

TEST(JourneyRules, TheFirstViolationIsTheSameWhateverTheThreads) {
    Json doc = tiny();
    // Random arrivals, so that replications differ.
    doc["arrivals"]["early"] = {
        {"to", "early_approach"}, {"rate_per_day", 0.02}, {"mix", {{"household", {{"family", 1}}}}}};
    doc["simulation"]["replications"] = 8;
    const Results one = run_rules(doc, 1), four = run_rules(doc, 4);
    ASSERT_TRUE(one.rules[0].first);
    EXPECT_EQ(one.rules[0].first->replication, four.rules[0].first->replication);
    EXPECT_EQ(one.rules[0].first->person, four.rules[0].first->person);
    EXPECT_EQ(one.rules[0].violating.mean, four.rules[0].violating.mean);
    EXPECT_EQ(summary_json(one)["rules"], summary_json(four)["rules"]);
}

TEST(JourneyRules, SummaryHasRulesOnlyWhenTheModelHasThem) {
    const Results with_rules = run_rules(tiny());
    const Json summary = summary_json(with_rules);
    ASSERT_TRUE(summary.contains("rules"));
    const Json& rule = summary["rules"]["relief_once_homeless"];
    EXPECT_EQ(rule["held"], false);
    EXPECT_EQ(rule["violating_journeys"]["mean"], 2);
    EXPECT_EQ(rule["first_violation"]["person"], 4);
    EXPECT_EQ(read_summary_json(summary).rules.at(0).first->journey.size(), 3u);
    Json plain = tiny();
    plain.erase("rules");
    EXPECT_FALSE(summary_json(run_rules(plain)).contains("rules"));
}

}  // namespace
}  // namespace pathways::testing
