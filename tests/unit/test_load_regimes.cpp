// Policy regimes (format 1.1): dated merge patches stacking on the base model,
// each regime's rules a whole valid model that changes values only.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Json dated_model_1_1() {
    Json doc = example();
    doc["format"] = "pathways/1.1";
    doc["simulation"]["start_date"] = "2026-04-01";
    return doc;
}

Json with_regimes(const Json& regimes, Json doc = dated_model_1_1()) {
    doc["regimes"] = regimes;
    return doc;
}

// The example of the format description, on the example model's stages.
Json spec_regimes() {
    return Json::parse(R"({
      "current_rules": { "from": "2025-09-01", "label": "56 days for vulnerable people", "source": "policy note",
                         "patch": { "deadlines": { "move_on_ends": { "after": 56 } } } },
      "rns_funding_ends": { "from": "2027-04-01",
                            "patch": { "stages": { "casework": { "capacity": 25 } } } }
    })");
}

std::uint64_t capacity(const Model& m, const std::string& stage) { return m.stages[*m.find_stage(stage)].capacity; }

TEST(Regimes, DatesCountFromTheStartDateAndEarlierDatesAreNegative) {
    LoadResult r = load(with_regimes(spec_regimes()));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->regimes.size(), 2u);
    EXPECT_EQ(r.model->regimes[0].id, "current_rules");
    EXPECT_EQ(r.model->regimes[0].from, -212);  // before day 0: in force from day 0
    EXPECT_EQ(r.model->regimes[0].label, "56 days for vulnerable people");
    EXPECT_EQ(r.model->regimes[0].sourcing.source, "policy note");
    EXPECT_EQ(r.model->regimes[1].id, "rns_funding_ends");
    EXPECT_EQ(r.model->regimes[1].from, 365);
}

TEST(Regimes, EachRegimesRulesHaveItsPatchAndEveryEarlierOne) {
    LoadResult r = load(with_regimes(spec_regimes()));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->deadlines[0].after.a, 28);
    EXPECT_EQ(capacity(*r.model, "casework"), 6u);
    const Model& first = *r.model->regimes[0].rules;
    EXPECT_EQ(first.deadlines[0].after.a, 56);
    EXPECT_EQ(capacity(first, "casework"), 6u);
    const Model& second = *r.model->regimes[1].rules;
    EXPECT_EQ(second.deadlines[0].after.a, 56);
    EXPECT_EQ(capacity(second, "casework"), 25u);
    EXPECT_THAT(second.regimes, IsEmpty());
    EXPECT_THAT(second.targets, IsEmpty());
}

TEST(Regimes, AreInOrderOfFromWhateverTheirOrderInTheFile) {
    const Json regimes = Json::parse(R"({
      "later":   { "from": 400, "patch": { "stages": { "ta": { "capacity": 150 } } } },
      "earlier": { "from": 30,  "patch": { "stages": { "ta": { "capacity": 180 } } } }
    })");
    Json doc = with_regimes(regimes);
    doc["simulation"].erase("start_date");
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->regimes.size(), 2u);
    EXPECT_EQ(r.model->regimes[0].id, "earlier");
    EXPECT_EQ(r.model->regimes[0].from, 30);
    EXPECT_EQ(capacity(*r.model->regimes[1].rules, "ta"), 150u);
}

TEST(Regimes, MayReroutePeopleToOtherExistingStages) {
    const Json next = Json::parse(R"([{"to": "prs", "p": 0.5}, {"to": "ta", "p": 0.5}])");
    LoadResult r =
        load(with_regimes({{"more_prs", {{"from", 100}, {"patch", {{"stages", {{"casework", {{"next", next}}}}}}}}}}));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->regimes[0].rules->stages[*r.model->find_stage("casework")].next[0].p, 0.5);
}

TEST(Regimes, AStageOnlyARegimeRoutesPeopleToIsNotReportedAsUnreached) {
    // In the base model nobody goes to prs (both routes there have p 0); from day 100 the regime sends people there.
    Json doc = with(dated_model_1_1(), "/stages/move_on/next/0/p", 1.0);
    doc = with(doc, "/stages/move_on/next/1/p", 0.0);
    doc = with(doc, "/stages/casework/next", Json::parse(R"([{"to": "prs", "p": 0}, {"to": "ta", "p": 1}])"));
    ASSERT_THAT(messages_at(load(doc), "/stages/prs", Diagnostic::Severity::warning),
                ElementsAre("no arrival reaches this stage"));
    const Json next = Json::parse(R"([{"to": "prs", "p": 0.5}, {"to": "ta", "p": 0.5}])");
    LoadResult r = load(
        with_regimes({{"more_prs", {{"from", 100}, {"patch", {{"stages", {{"casework", {{"next", next}}}}}}}}}}, doc));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(messages_at(r, "/stages/prs", Diagnostic::Severity::warning), IsEmpty());
}

TEST(Regimes, ADateNeedsTheStartDate) {
    Json doc = with_regimes(spec_regimes());
    doc["simulation"].erase("start_date");
    EXPECT_TRUE(has_error(load(doc), "/regimes/current_rules/from", "a date needs simulation.start_date"));
}

TEST(Regimes, AStartDateWrittenWronglyIsReportedOnceWhereItIsWritten) {
    Json doc = with_regimes(spec_regimes());
    doc["simulation"]["start_date"] = "01/04/2026";
    LoadResult r = load(doc);
    EXPECT_TRUE(has_error(r, "/simulation/start_date", "must be a date written YYYY-MM-DD"));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(Regimes, OneFromAfterTheHorizonIsWarnedAbout) {
    Json regimes = spec_regimes();
    regimes["rns_funding_ends"]["from"] = "2072-04-01";  // 2027 mistyped
    LoadResult r = load(with_regimes(regimes));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(messages_at(r, "/regimes/rns_funding_ends/from", Diagnostic::Severity::warning),
                ElementsAre(::testing::HasSubstr("after the run ends")));
    EXPECT_THAT(messages_at(r, "/regimes/current_rules/from", Diagnostic::Severity::warning), IsEmpty());
}

TEST(Regimes, FromMustBeARealDateOrANumber) {
    Json regimes = spec_regimes();
    regimes["current_rules"]["from"] = "2026-02-30";
    regimes["rns_funding_ends"]["from"] = true;
    LoadResult r = load(with_regimes(regimes));
    EXPECT_THAT(messages_at(r, "/regimes/current_rules/from"),
                ElementsAre("is not a day of the calendar, got \"2026-02-30\""));
    EXPECT_THAT(messages_at(r, "/regimes/rns_funding_ends/from"),
                ElementsAre("must be a date (YYYY-MM-DD) or a number of days, got true"));
}

TEST(Regimes, TwoMayNotShareAFromTheSecondIsTheError) {
    Json regimes = spec_regimes();
    regimes["rns_funding_ends"]["from"] = -212;
    regimes["also_broken"] = {{"from", "2025-09-01"}, {"patch", {{"simulation", Json::object()}}}};
    LoadResult r = load(with_regimes(regimes));
    EXPECT_THAT(messages_at(r, "/regimes/rns_funding_ends/from"),
                ElementsAre("regime 'current_rules' starts on the same day (day -212)"));
    EXPECT_THAT(messages_at(r, "/regimes/also_broken/from"),
                ElementsAre("regime 'current_rules' starts on the same day (day -212)"));
    EXPECT_THAT(messages_at(r, "/regimes/current_rules/from"), IsEmpty());
}

TEST(Regimes, EntriesNeedFromAndPatchAndKnowNoOtherKeys) {
    const Json regimes = Json::parse(R"({ "Bad": { "from": 1, "patch": {} },
                                          "a": { "patch": {}, "frm": 3 }, "b": { "from": 2 }, "c": 4 })");
    LoadResult r = load(with_regimes(regimes));
    EXPECT_TRUE(has_error(r, "/regimes/Bad", "'Bad' is not a valid id"));
    EXPECT_TRUE(has_error(r, "/regimes/a", "missing required key 'from'"));
    EXPECT_TRUE(has_error(r, "/regimes/a/frm", "unknown key 'frm'; did you mean 'from'?"));
    EXPECT_TRUE(has_error(r, "/regimes/b", "missing required key 'patch'"));
    EXPECT_TRUE(has_error(r, "/regimes/c", "must be an object, got 4"));
}

TEST(Regimes, AProblemOfARegimesRulesIsReportedInItsPatch) {
    Json regimes = spec_regimes();
    regimes["rns_funding_ends"]["patch"]["stages"]["casework"]["capacity"] = -3;
    LoadResult r = load(with_regimes(regimes));
    EXPECT_THAT(messages_at(r, "/regimes/rns_funding_ends/patch/stages/casework/capacity"),
                ElementsAre("must be an integer >= 1, got -3"));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(Regimes, AProblemAnEarlierRegimeMadeIsReportedOnceInThatRegimesPatch) {
    Json regimes = spec_regimes();
    regimes["current_rules"]["patch"]["stages"]["ta"]["capacity"] = 0;
    LoadResult r = load(with_regimes(regimes));
    EXPECT_THAT(messages_at(r, "/regimes/current_rules/patch/stages/ta/capacity"),
                ElementsAre("must be an integer >= 1, got 0"));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(Regimes, AreNotCheckedWhenTheBaseModelHasErrors) {
    LoadResult r = load(with_regimes(spec_regimes(), with(dated_model_1_1(), "/stages/ta/capacity", -1)));
    EXPECT_TRUE(has_error(r, "/stages/ta/capacity", "got -1"));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(Regimes, APatchMayTouchStagesArrivalsAndDeadlinesOnly) {
    const Json patch = Json::parse(R"({ "simulation": { "horizon_days": 10 }, "targets": {}, "attributes": {},
                                        "format": "pathways/1", "arrivals": [] })");
    LoadResult r = load(with_regimes({{"r", {{"from", 10}, {"patch", patch}}}}));
    for (const char* key : {"simulation", "targets", "attributes", "format"}) {
        EXPECT_THAT(
            messages_at(r, std::string("/regimes/r/patch/") + key),
            ElementsAre(std::string("a regime may change stages, arrivals and deadlines only, not '") + key + "'"));
    }
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/arrivals", "must be an object of changes to arrivals, got an array"));
}

TEST(Regimes, MayNotAddOrRemoveStagesStreamsOrDeadlines) {
    const Json patch = Json::parse(R"({
      "stages": { "homeless": null, "new_stage": { "outcome": "settled" } },
      "arrivals": { "walk_ins": { "to": "decision", "rate_per_day": 1 } },
      "deadlines": { "move_on_ends": null } })");
    LoadResult r = load(with_regimes({{"r", {{"from", 10}, {"patch", patch}}}}));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/stages/homeless", "a regime may not remove a stage"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/stages/new_stage", "a regime may not add a stage"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/arrivals/walk_ins", "a regime may not add an arrival stream"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/deadlines/move_on_ends", "a regime may not remove a deadline"));
    EXPECT_EQ(error_count(r), 4u) << all_diagnostics(r);
}

TEST(Regimes, MayNotChangeAStagesKind) {
    const Json patch = Json::parse(R"({ "stages": { "prs": { "capacity": 5 } } })");
    LoadResult r = load(with_regimes({{"r", {{"from", 10}, {"patch", patch}}}}));
    EXPECT_THAT(messages_at(r, "/regimes/r/patch/stages/prs"),
                ElementsAre("a regime may not change a stage's kind (delay in the base model, service under this "
                            "regime)"));
}

TEST(Regimes, MayNotChangeQueueSetsHeldInInitialOrOutcome) {
    const Json patch = Json::parse(R"({ "stages": { "ta": { "queue": "fifo", "initial": { "count": 5 } },
                                                    "casework": { "sets": { "household": "family" } },
                                                    "social_wait": { "held_in": "ta" },
                                                    "homeless": { "outcome": "neutral" } } })");
    LoadResult r = load(with_regimes({{"r", {{"from", 10}, {"patch", patch}}}}));
    EXPECT_THAT(messages_at(r, "/regimes/r/patch/stages/ta/queue"),
                ElementsAre("a regime may not change a stage's 'queue' (it may change values only)"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/stages/ta/initial", "may not change a stage's 'initial'"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/stages/casework/sets", "may not change a stage's 'sets'"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/stages/social_wait/held_in", "may not change a stage's 'held_in'"));
    EXPECT_TRUE(has_error(r, "/regimes/r/patch/stages/homeless/outcome", "may not change a stage's 'outcome'"));
}

TEST(Regimes, MaySetAFixedMemberToTheValueItAlreadyHas) {
    const Json patch = Json::parse(R"({ "stages": { "casework": { "queue": "fifo" } } })");
    LoadResult r = load(with_regimes({{"r", {{"from", 10}, {"patch", patch}}}}));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(Regimes, MayNotChangeWhereAStreamArrives) {
    const Json patch = Json::parse(R"({ "arrivals": { "grants": { "to": "move_on", "rate_per_day": 2 } } })");
    LoadResult r = load(with_regimes({{"r", {{"from", 10}, {"patch", patch}}}}));
    EXPECT_THAT(messages_at(r, "/regimes/r/patch/arrivals/grants/to"),
                ElementsAre("a regime may not change an arrival stream's 'to' (it may change values only)"));
}

}  // namespace
}  // namespace pathways
