// Format 1.1: the declared format, the keys it adds to stages, deadlines,
// evidence, arrivals and targets, and their refusal in pathways/1 files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;

// The example model in format 1.1, with an attribute that casework sets.
Json v11() {
    Json doc = with(example(), "/format", "pathways/1.1");
    doc["attributes"]["had_casework"] = Json::array({"no", "yes"});
    doc["stages"]["casework"]["sets"] = Json::parse(R"({"had_casework": "yes"})");
    return doc;
}

LoadResult loaded(const Json& doc) {
    LoadResult r = load(doc);
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    return r;
}

constexpr const char* needs_1_1 = "needs format pathways/1.1";

TEST(Format11, TheFormatIsKeptInTheModel) {
    LoadResult r = loaded(v11());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.model->format, "pathways/1.1");
    EXPECT_TRUE(r.model->version_1_1());
    LoadResult old = loaded(example());
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old.model->format, "pathways/1");
    EXPECT_FALSE(old.model->version_1_1());
}

TEST(Format11, AnotherFormatNamesEveryOne) {
    EXPECT_TRUE(has_error(load(with(example(), "/format", "pathways/1.3")), "/format",
                          "must be \"pathways/1\", \"pathways/1.1\" or \"pathways/1.2\", got \"pathways/1.3\""));
}

TEST(Format12, AKeyOfFormat12InA11FileNames12) {
    for (const char* key : {"rules", "measures", "levers"}) {
        Json doc = with(example(), "/format", "pathways/1.1");
        doc[key] = Json::object();
        EXPECT_TRUE(has_error(
            load(doc), std::string("/") + key,
            std::string("'") + key + "' needs format pathways/1.2 (this file says \"format\": \"pathways/1.1\")"))
            << key;
    }
}

// Each key format 1.1 adds, put into the pathways/1 example at its pointer.
struct NewKey {
    std::string pointer;
    Json value;
};

std::vector<NewKey> keys_of_1_1() {
    return {
        {"/stages/casework/sets", Json::parse(R"({"household": "family"})")},
        {"/stages/social_wait/held_in", "ta"},
        {"/stages/casework/renege_effect", "loses_accommodation"},
        {"/deadlines/move_on_ends/effect", "handover"},
        {"/stages/casework/evidence", Json::parse(R"([{"text": "We waited", "kind": "testimony"}])")},
        {"/arrivals/grants/headline", true},
        {"/targets/t", Json::parse(R"({"metric": "cohort.size", "low": 0, "high": 1e9, "role": "calibration"})")},
        {"/targets/u", Json::parse(R"({"metric": "cohort.size", "low": 0, "high": 1e9, "status_note": "x"})")},
        {"/simulation/start_date", "2026-04-01"},
        {"/simulation/periods", "quarter"},
        {"/simulation/period_days", 30},
        {"/regimes", Json::object()},
        {"/uncertainty", Json::object()},
    };
}

// The pointer of the key itself, where the error is reported.
std::string key_pointer(const NewKey& k) {
    if (k.pointer == "/stages/casework/evidence") return k.pointer + "/0/kind";
    if (k.pointer == "/targets/t") return k.pointer + "/role";
    if (k.pointer == "/targets/u") return k.pointer + "/status_note";
    return k.pointer;
}

TEST(Format11, EveryNewKeyIsRefusedInAPathways1FileWithItsName) {
    for (const NewKey& k : keys_of_1_1()) {
        const std::string at = key_pointer(k);
        const std::string name = at.substr(at.rfind('/') + 1);
        LoadResult r = load(with(example(), k.pointer, k.value));
        EXPECT_TRUE(has_error(r, at, "'" + name + "' " + needs_1_1 + " (this file says \"format\": \"pathways/1\")"))
            << at;
        EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
    }
}

TEST(Format11, EveryNewKeyIsAcceptedInAPathways11File) {
    for (const NewKey& k : keys_of_1_1()) {
        if (k.pointer == "/simulation/periods") continue;  // needs start_date, tested below
        LoadResult r = load(with(v11(), k.pointer, k.value));
        EXPECT_TRUE(r.ok()) << k.pointer << "\n" << all_diagnostics(r);
    }
}

TEST(Format11, ADivertToObjectIsRefusedInAPathways1File) {
    Json doc = with(example(), "/deadlines/move_on_ends/divert_to",
                    Json::parse(R"({"move_on": "homeless", "casework": "homeless"})"));
    EXPECT_TRUE(has_error(load(doc), "/deadlines/move_on_ends/divert_to",
                          "a 'divert_to' object (a target per stage) needs format pathways/1.1"));
}

TEST(Format11, ANewKeyOnAStageOfAnotherKindIsToldOnlyItsFormat) {
    LoadResult r = load(with(example(), "/stages/prs/held_in", "ta"));
    EXPECT_TRUE(has_error(r, "/stages/prs/held_in", needs_1_1));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

// Section 1: attributes a stage sets.

TEST(StageSets, TheSpecExampleFillsTheStage) {
    LoadResult r = loaded(v11());
    ASSERT_TRUE(r.ok());
    const Model& m = *r.model;
    const Stage& casework = m.stages[*m.find_stage("casework")];
    ASSERT_EQ(casework.sets.size(), 1u);
    EXPECT_EQ(m.attributes[casework.sets[0].attribute].name, "had_casework");
    EXPECT_EQ(m.attributes[casework.sets[0].attribute].values[casework.sets[0].value], "yes");
}

TEST(StageSets, TheAttributeMustBeDeclared) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/casework/sets", Json::parse(R"({"had_casewerk": "yes"})"))),
                          "/stages/casework/sets/had_casewerk",
                          "attribute 'had_casewerk' is not declared in /attributes; did you mean 'had_casework'?"));
}

TEST(StageSets, TheValueMustBeDeclared) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/casework/sets/had_casework", "yse")),
                          "/stages/casework/sets/had_casework",
                          "value \"yse\" is not declared for attribute 'had_casework'"));
}

TEST(StageSets, MustBeAnObject) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/casework/sets", "yes")), "/stages/casework/sets",
                          "must be an object, got \"yes\""));
}

TEST(StageSets, AnOutcomeStageSetsNothing) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/homeless/sets", Json::parse(R"({"had_casework": "yes"})"))),
                          "/stages/homeless/sets",
                          "an outcome stage cannot have 'sets' (the journey ends at an outcome: set the value at a "
                          "stage on the way there)"));
}

// Section 2: what a deadline does to a person.

TEST(DeadlineDivertTo, AnObjectGivesEachStageItsTarget) {
    Json doc = with(v11(), "/deadlines/move_on_ends/divert_to",
                    Json::parse(R"({"move_on": "homeless", "casework": "rough_sleeping"})"));
    LoadResult r = loaded(doc);
    ASSERT_TRUE(r.ok());
    const Model& m = *r.model;
    EXPECT_THAT(m.deadlines[0].divert_to, ElementsAre(*m.find_stage("homeless"), *m.find_stage("rough_sleeping")));
    EXPECT_THAT(m.deadlines[0].effect, ElementsAre(MoveEffect::loses_support, MoveEffect::loses_support));
}

TEST(DeadlineDivertTo, AStringStillMeansOneTargetForAll) {
    LoadResult r = loaded(v11());
    ASSERT_TRUE(r.ok());
    const StageIndex homeless = *r.model->find_stage("homeless");
    EXPECT_THAT(r.model->deadlines[0].divert_to, ElementsAre(homeless, homeless));
}

TEST(DeadlineDivertTo, EveryAppliesToStageNeedsATarget) {
    Json doc = with(v11(), "/deadlines/move_on_ends/divert_to", Json::parse(R"({"move_on": "homeless"})"));
    EXPECT_TRUE(has_error(load(doc), "/deadlines/move_on_ends/divert_to",
                          "missing a target for 'casework' (every applies_to stage needs one)"));
}

TEST(DeadlineDivertTo, NamingAStageOutsideAppliesToIsRefused) {
    Json doc = with(v11(), "/deadlines/move_on_ends/divert_to",
                    Json::parse(R"({"move_on": "homeless", "casework": "homeless", "prs": "homeless"})"));
    EXPECT_TRUE(has_error(load(doc), "/deadlines/move_on_ends/divert_to/prs",
                          "'prs' is not in applies_to: the deadline moves nobody from there"));
}

TEST(DeadlineDivertTo, UnknownStagesAreRefusedAsKeysAndAsTargets) {
    Json doc = with(v11(), "/deadlines/move_on_ends/divert_to",
                    Json::parse(R"({"move_on": "homless", "casework": "homeless", "casewrk": "homeless"})"));
    LoadResult r = load(doc);
    EXPECT_TRUE(has_error(r, "/deadlines/move_on_ends/divert_to/move_on", "unknown stage 'homless'"));
    EXPECT_TRUE(
        has_error(r, "/deadlines/move_on_ends/divert_to/casewrk", "unknown stage 'casewrk'; did you mean 'casework'?"));
}

TEST(DeadlineEffect, TheSpecExampleOfAPerStageTargetAndAHandover) {
    Json doc = v11();
    doc["stages"]["prevention"] = Json::parse(R"({"duration": 30, "next": [{"to": "move_on", "p": 1}]})");
    doc["stages"]["relief"] = Json::parse(R"({"duration": 30, "next": [{"to": "ta", "p": 1}]})");
    doc["stages"]["decision"]["next"] = Json::parse(R"([{"to": "prevention", "p": 1}])");
    doc["deadlines"]["move_on_ends"] = Json::parse(R"({"starts_at": "decision", "after": 56,
        "applies_to": ["move_on", "prevention"],
        "divert_to": {"move_on": "homeless", "prevention": "relief"},
        "effect": {"move_on": "loses_accommodation", "prevention": "handover"}})");
    LoadResult r = loaded(doc);
    ASSERT_TRUE(r.ok());
    const Deadline& d = r.model->deadlines[0];
    EXPECT_THAT(d.divert_to, ElementsAre(*r.model->find_stage("homeless"), *r.model->find_stage("relief")));
    EXPECT_THAT(d.effect, ElementsAre(MoveEffect::loses_accommodation, MoveEffect::handover));
}

TEST(DeadlineEffect, AStringAppliesToEveryStage) {
    LoadResult r = loaded(with(v11(), "/deadlines/move_on_ends/effect", "loses_accommodation"));
    ASSERT_TRUE(r.ok());
    EXPECT_THAT(r.model->deadlines[0].effect,
                ElementsAre(MoveEffect::loses_accommodation, MoveEffect::loses_accommodation));
}

TEST(DeadlineEffect, AnObjectMustNameEveryAppliesToStage) {
    LoadResult r = load(with(v11(), "/deadlines/move_on_ends/effect", Json::parse(R"({"casework": "handover"})")));
    EXPECT_TRUE(has_error(r, "/deadlines/move_on_ends/effect", "missing an effect for 'move_on'"));
    EXPECT_EQ(error_count(r), 1u) << all_diagnostics(r);
}

TEST(DeadlineEffect, AnUnknownEffectListsTheThree) {
    EXPECT_TRUE(has_error(load(with(v11(), "/deadlines/move_on_ends/effect", "handeover")),
                          "/deadlines/move_on_ends/effect",
                          "must be \"loses_accommodation\", \"loses_support\" or \"handover\", got \"handeover\"; "
                          "did you mean 'handover'?"));
    EXPECT_TRUE(has_error(load(with(v11(), "/deadlines/move_on_ends/effect/move_on", 3)),
                          "/deadlines/move_on_ends/effect/move_on", "must be a string, got 3"));
}

TEST(DeadlineEffect, AnObjectNamingAStageOutsideAppliesToIsRefused) {
    EXPECT_TRUE(has_error(load(with(v11(), "/deadlines/move_on_ends/effect/ta", "handover")),
                          "/deadlines/move_on_ends/effect/ta", "'ta' is not in applies_to"));
}

TEST(RenegeEffect, IsReadOnAStageWithPatience) {
    LoadResult r = loaded(with(v11(), "/stages/casework/renege_effect", "loses_accommodation"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.model->stages[*r.model->find_stage("casework")].renege_effect, MoveEffect::loses_accommodation);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("ta")].renege_effect, MoveEffect::loses_support);
}

TEST(RenegeEffect, NeedsPatience) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/ta/renege_effect", "handover")), "/stages/ta/renege_effect",
                          "needs 'patience'"));
}

TEST(RenegeEffect, IsRefusedWhereNobodyWaits) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/prs/renege_effect", "handover")), "/stages/prs/renege_effect",
                          "a delay stage cannot have 'renege_effect'"));
}

TEST(RenegeEffect, AnUnknownValueIsRefused) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/casework/renege_effect", "evicted")),
                          "/stages/casework/renege_effect",
                          "must be \"loses_accommodation\", \"loses_support\" or \"handover\", got \"evicted\""));
}

// Section 3: waiting while keeping a place.

TEST(HeldIn, TheSpecExampleKeepsAPlaceInAServiceStage) {
    Json doc = v11();
    doc["stages"]["main_duty_ta"] = doc["stages"]["ta"];
    doc["stages"]["main_duty_ta"]["next"] = Json::parse(R"([{"to": "social_wait", "p": 1}])");
    doc["stages"]["ta"]["next"] = Json::parse(R"([{"to": "main_duty_ta", "p": 1}])");
    doc["stages"]["social_wait"] = Json::parse(R"({"supply": {"rate_per_day": 0.82}, "held_in": "main_duty_ta",
        "next": [{"to": "social_tenancy", "p": 1}]})");
    LoadResult r = loaded(doc);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.model->stages[*r.model->find_stage("social_wait")].held_in, r.model->find_stage("main_duty_ta"));
}

TEST(HeldIn, MustNameAServiceStage) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/social_wait/held_in", "prs")), "/stages/social_wait/held_in",
                          "must name a service stage (one with 'capacity', whose place people keep while they wait "
                          "here), got 'prs', a delay stage"));
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/social_wait/held_in", "homeless")), "/stages/social_wait/held_in",
                          "got 'homeless', an outcome stage"));
}

TEST(HeldIn, AServiceStageNamedLaterInTheFileIsFound) {
    Json doc = v11();
    doc["stages"].erase("ta");
    doc["stages"]["ta"] = example()["stages"]["ta"];  // now after social_wait
    EXPECT_TRUE(loaded(with(doc, "/stages/social_wait/held_in", "ta")).ok());
}

TEST(HeldIn, AnUnknownStageIsRefused) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/social_wait/held_in", "t_a")), "/stages/social_wait/held_in",
                          "unknown stage 't_a'"));
}

TEST(HeldIn, AHeldStageThatLeadsNowhereHereIsWarnedAbout) {
    LoadResult r = loaded(with(v11(), "/stages/social_wait/held_in", "casework"));
    EXPECT_THAT(messages_at(r, "/stages/social_wait/held_in", Diagnostic::Severity::warning),
                ElementsAre("no route or deadline leads here straight from 'casework', so nobody keeps a place there"));
    EXPECT_TRUE(messages_at(loaded(with(v11(), "/stages/social_wait/held_in", "ta")), "/stages/social_wait/held_in",
                            Diagnostic::Severity::warning)
                    .empty());
}

TEST(HeldIn, OnlyASupplyStageHoldsAPlace) {
    EXPECT_TRUE(has_error(load(with(v11(), "/stages/ta/held_in", "casework")), "/stages/ta/held_in",
                          "a service stage cannot have 'held_in' (only a supply stage lets people keep a place in a "
                          "service stage while they wait)"));
}

// Sections 5, 6 and 9: headline streams, target roles, evidence kinds.

TEST(Evidence, KindIsOneOfFive) {
    Json item = Json::parse(R"([{"text": "We were told to leave", "source": "focus group", "kind": "testimony"}])");
    LoadResult r = loaded(with(v11(), "/stages/casework/evidence", item));
    ASSERT_TRUE(r.ok());
    const Evidence& e = r.model->stages[*r.model->find_stage("casework")].evidence.at(0);
    EXPECT_EQ(e.kind, "testimony");
    EXPECT_TRUE(e.told_by_people());
    EXPECT_TRUE(
        has_error(load(with(v11(), "/stages/casework/evidence", Json::parse(R"([{"text": "x", "kind": "rumour"}])"))),
                  "/stages/casework/evidence/0/kind",
                  "must be \"testimony\", \"survey\", \"statistic\", \"law\" or \"practice\", got \"rumour\""));
}

TEST(Arrivals, HeadlineIsTrueOrFalse) {
    LoadResult r = loaded(with(v11(), "/arrivals/grants/headline", true));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.model->arrivals[0].headline);
    EXPECT_TRUE(has_error(load(with(v11(), "/arrivals/grants/headline", "yes")), "/arrivals/grants/headline",
                          "must be true or false, got \"yes\""));
}

TEST(Targets, RoleAndStatusNoteAreRead) {
    Json target = Json::parse(R"({"metric": "outcomes.rough_sleeping.share", "low": 0.1, "high": 0.3,
        "role": "calibration", "status_note": "the run cannot show repeat homelessness"})");
    LoadResult r = loaded(with(v11(), "/targets/rough", target));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.model->targets[0].role, TargetRole::calibration);
    EXPECT_EQ(r.model->targets[0].status_note, "the run cannot show repeat homelessness");
    LoadResult plain = loaded(with(v11(), "/targets/rough", without(target, "/role")));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.model->targets[0].role, TargetRole::validation);
}

TEST(Targets, RoleAndStatusNoteAreChecked) {
    Json target = Json::parse(R"({"metric": "cohort.size", "low": 0, "high": 1, "role": "tuning", "status_note": 4})");
    LoadResult r = load(with(v11(), "/targets/t", target));
    EXPECT_TRUE(has_error(r, "/targets/t/role", "must be \"validation\" or \"calibration\", got \"tuning\""));
    EXPECT_TRUE(has_error(r, "/targets/t/status_note", "must be a string, got 4"));
}

// Section 4: the date of day 0 and periods.

TEST(Simulation, TheSpecExampleSetsDayZeroAndQuarters) {
    Json settings = Json::parse(R"({"start_date": "2026-04-01", "horizon_days": 1461, "warmup_days": 365,
        "periods": "quarter"})");
    LoadResult r = loaded(with(v11(), "/simulation", settings));
    ASSERT_TRUE(r.ok());
    const SimulationSettings& s = r.model->simulation;
    using namespace std::chrono;
    EXPECT_EQ(s.start_date, year_month_day(year(2026), month(4), day(1)));
    EXPECT_EQ(s.periods, PeriodUnit::quarter);
    EXPECT_EQ(s.horizon_days, 1461);
}

TEST(Simulation, PeriodDaysAreAFixedLength) {
    LoadResult r = loaded(with(v11(), "/simulation/period_days", 91));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.model->simulation.periods, PeriodUnit::days);
    EXPECT_EQ(r.model->simulation.period_days, 91);
    EXPECT_FALSE(r.model->simulation.start_date.has_value());
    EXPECT_TRUE(
        has_error(load(with(v11(), "/simulation/period_days", 0)), "/simulation/period_days", "must be > 0, got 0"));
}

TEST(Simulation, TheStartDateIsADayOfTheCalendar) {
    EXPECT_TRUE(loaded(with(v11(), "/simulation/start_date", "2028-02-29")).ok());
    EXPECT_TRUE(has_error(load(with(v11(), "/simulation/start_date", "2026-02-29")), "/simulation/start_date",
                          "is not a day of the calendar, got \"2026-02-29\""));
    EXPECT_TRUE(has_error(load(with(v11(), "/simulation/start_date", "2026-13-01")), "/simulation/start_date",
                          "is not a day of the calendar"));
    for (const char* text : {"2026-4-1", "01/04/2026", "2026-04-01T00:00", "2026-0a-01"}) {
        EXPECT_TRUE(has_error(load(with(v11(), "/simulation/start_date", text)), "/simulation/start_date",
                              "must be a date written YYYY-MM-DD"))
            << text;
    }
    EXPECT_TRUE(has_error(load(with(v11(), "/simulation/start_date", 20260401)), "/simulation/start_date",
                          "must be a string, got 20260401"));
}

TEST(Simulation, CalendarPeriodsNeedAStartDate) {
    EXPECT_TRUE(has_error(load(with(v11(), "/simulation/periods", "month")), "/simulation/periods",
                          "needs 'start_date' (calendar periods start on calendar dates)"));
}

TEST(Simulation, PeriodsAreMonthsQuartersOrYears) {
    Json doc = with(v11(), "/simulation/start_date", "2026-04-01");
    for (const char* unit : {"month", "quarter", "year"})
        EXPECT_TRUE(loaded(with(doc, "/simulation/periods", unit)).ok());
    EXPECT_TRUE(has_error(load(with(doc, "/simulation/periods", "week")), "/simulation/periods",
                          "must be \"month\", \"quarter\" or \"year\", got \"week\""));
}

TEST(Simulation, PeriodsAndPeriodDaysTogetherAreRefused) {
    Json doc = with(v11(), "/simulation/start_date", "2026-04-01");
    doc = with(doc, "/simulation/periods", "month");
    EXPECT_TRUE(has_error(load(with(doc, "/simulation/period_days", 30)), "/simulation",
                          "give either 'periods' or 'period_days', not both"));
}

}  // namespace
}  // namespace pathways
