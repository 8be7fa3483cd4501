// The gap ranking, from a hand-made summary whose gaps are known.
#include <gtest/gtest.h>

#include "report/results/gaps_output.h"
#include "test_gaps_fixture.h"

namespace pathways {
namespace {

using testing::gap_fixture_model;
using testing::read_fixture;

class GapRanking : public ::testing::Test {
protected:
    Model model = gap_fixture_model();
    Json summary = read_fixture("gaps_summary.json");
    GapAnalysis analyse() const { return analyse_gaps(model, read_summary_json(summary)); }
    std::vector<ScenarioComparison> what_ifs() const {
        return testing::comparisons_from(model, read_fixture("gaps_comparison.json")["scenarios"]);
    }
};

TEST_F(GapRanking, RanksGapsByPeopleAffected) {
    auto a = analyse();
    ASSERT_EQ(a.gaps.size(), 6u);
    std::vector<std::pair<std::string, GapKind>> order;
    for (const Gap& g : a.gaps) order.emplace_back(g.stage, g.kind);
    std::vector<std::pair<std::string, GapKind>> want = {
        {"casework", GapKind::wait},     {"social_wait", GapKind::wait}, {"prs", GapKind::drop_off},
        {"casework", GapKind::drop_off}, {"casework", GapKind::renege},  {"casework", GapKind::deadline}};
    EXPECT_EQ(order, want);
    for (std::size_t i = 0; i < a.gaps.size(); ++i) EXPECT_EQ(a.gaps[i].rank, i + 1);
}

TEST_F(GapRanking, BreaksTiesByStageOrder) {
    summary["stages"]["prs"]["drop_offs_after"]["mean"] = 33.4;  // now equal to casework's drop-offs
    auto a = analyse();
    ASSERT_EQ(a.gaps[2].stage, "casework");
    EXPECT_EQ(a.gaps[2].kind, GapKind::drop_off);
    EXPECT_EQ(a.gaps[3].stage, "prs");
}

TEST_F(GapRanking, LeavesOutWaitsShorterThanTheThreshold) {
    for (const Gap& g : analyse().gaps) EXPECT_FALSE(g.stage == "ta" && g.kind == GapKind::wait);
    summary["stages"]["ta"]["mean_wait_days"]["mean"] = material_wait_days;
    bool found = false;
    for (const Gap& g : analyse().gaps) found |= g.stage == "ta" && g.kind == GapKind::wait;
    EXPECT_TRUE(found);
}

TEST_F(GapRanking, LeavesOutGapsNobodyFallsInto) {
    for (const Gap& g : analyse().gaps) EXPECT_GT(g.people.mean, 0) << g.stage;
}

TEST_F(GapRanking, FlagsStagesWithoutSupportAsUnsupported) {
    for (const Gap& g : analyse().gaps) EXPECT_EQ(g.unsupported(), g.stage == "prs") << g.stage;
}

TEST_F(GapRanking, DividesPeopleByTheMeanCohortSizeForTheShare) {
    auto a = analyse();  // the gaps live in the analysis, so it must outlive the reference
    const Gap& prs = a.gaps[2];
    EXPECT_DOUBLE_EQ(prs.share_of_cohort.mean, 64.5 / 400);
    EXPECT_DOUBLE_EQ(prs.share_of_cohort.lo, prs.people.lo / 400);
    EXPECT_DOUBLE_EQ(prs.share_of_cohort.hi, prs.people.hi / 400);
}

TEST_F(GapRanking, CarriesWhenTheGapHappensAndTheEvidence) {
    auto a = analyse();
    const Gap& renege = a.gaps[4];
    EXPECT_DOUBLE_EQ(renege.days_p50.mean, 22);
    EXPECT_DOUBLE_EQ(renege.days_p90.mean, 50);
    ASSERT_EQ(renege.evidence.size(), 1u);
    EXPECT_EQ(renege.evidence[0].source, "focus group, spring");
    ASSERT_TRUE(a.gaps[0].mean_wait_days.has_value());
    EXPECT_DOUBLE_EQ(a.gaps[0].mean_wait_days->mean, 12);
    EXPECT_FALSE(renege.mean_wait_days.has_value());
}

TEST_F(GapRanking, TakesScenarioChangesFromTheMatchingMetricPath) {
    Json comparison = read_fixture("gaps_comparison.json");
    auto a = analyse_gaps(model, read_summary_json(summary), what_ifs());
    EXPECT_EQ(a.scenario_names, (std::vector<std::string>{"Deposit scheme", "Nothing changes"}));
    const Gap& prs = a.gaps[2];
    ASSERT_EQ(prs.scenarios.size(), 2u);
    EXPECT_DOUBLE_EQ(prs.scenarios[0].people_change.mean, -32.5);
    EXPECT_DOUBLE_EQ(prs.scenarios[0].scenario_people.mean, 32);
    EXPECT_DOUBLE_EQ(prs.scenarios[1].people_change.mean, 0);
}

TEST_F(GapRanking, WritesGapsJsonInTheDocumentedFormat) {
    Json j = gaps_json(analyse(), SuppressionPlan());
    EXPECT_EQ(j["format"], "pathways-gaps/1");
    EXPECT_EQ(j["model"], "Gap fixture");
    const Json& first = j["gaps"][0];
    EXPECT_EQ(first["rank"], 1);
    EXPECT_EQ(first["kind"], "wait");
    EXPECT_EQ(first["stage"], "casework");
    EXPECT_TRUE(first["people"].contains("ci95"));
    EXPECT_TRUE(first["days_since_arrival"]["p90"].contains("mean"));
    EXPECT_EQ(j["gaps"][2]["unsupported"], true);
}

// The casework deadline gap (3.4 people), if ranked.
const Gap* deadline_gap(const GapAnalysis& a) {
    for (const Gap& g : a.gaps) {
        if (g.stage == "casework" && g.kind == GapKind::deadline) return &g;
    }
    return nullptr;
}

// A second deadline over casework that hands people over to temporary accommodation.
void add_handover_to_ta(Model& m) {
    Deadline d;
    d.id = "casework_handover";
    d.starts_at = *m.find_stage("decision");
    d.after = Duration::fixed_days(90);
    d.applies_to = {*m.find_stage("casework")};
    d.divert_to = {*m.find_stage("ta")};
    d.effect = {MoveEffect::handover};
    m.deadlines.push_back(d);
    index_stages(m);
}

TEST_F(GapRanking, NeverRanksAStageWhereEveryDeadlineHandsOver) {
    model.format = "pathways/1.1";
    model.deadlines[0].effect = {MoveEffect::handover};
    auto a = analyse();
    EXPECT_EQ(deadline_gap(a), nullptr);
    ASSERT_EQ(a.gaps.size(), 5u);
    EXPECT_EQ(a.gaps.back().kind, GapKind::renege);
}

TEST_F(GapRanking, RanksALossWithWhatItCosts) {
    model.format = "pathways/1.1";
    model.deadlines[0].effect = {MoveEffect::loses_accommodation};
    auto a = analyse();
    const Gap* g = deadline_gap(a);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->rank, 6u);
    EXPECT_EQ(g->effect, MoveEffect::loses_accommodation);
    EXPECT_EQ(g->note, "");
}

TEST_F(GapRanking, RanksLossesAndHandoversTogetherWithANote) {
    model.format = "pathways/1.1";
    add_handover_to_ta(model);
    auto a = analyse();
    const Gap* g = deadline_gap(a);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->effect, MoveEffect::loses_support);
    EXPECT_EQ(g->note,
              "The count includes people who moved on to Temporary accommodation, a handover with nothing lost.");
}

TEST_F(GapRanking, WordsRenegingByWhatItCostsAndNeverRanksAHandover) {
    model.format = "pathways/1.1";
    auto renege = [](const GapAnalysis& a) -> const Gap* {
        for (const Gap& g : a.gaps) {
            if (g.kind == GapKind::renege) return &g;
        }
        return nullptr;
    };
    model.stages[*model.find_stage("casework")].renege_effect = MoveEffect::loses_accommodation;
    auto a = analyse();
    ASSERT_NE(renege(a), nullptr);
    EXPECT_EQ(renege(a)->effect, MoveEffect::loses_accommodation);
    model.stages[*model.find_stage("casework")].renege_effect = MoveEffect::handover;
    EXPECT_EQ(renege(analyse()), nullptr);
}

TEST_F(GapRanking, LeavesFormat1GapsWithoutEffects) {
    for (const Gap& g : analyse().gaps) {
        EXPECT_FALSE(g.effect.has_value()) << g.stage;
        EXPECT_EQ(g.note, "") << g.stage;
    }
    Json j = gaps_json(analyse(), SuppressionPlan());
    for (const Json& g : j["gaps"]) {
        EXPECT_FALSE(g.contains("effect"));
        EXPECT_FALSE(g.contains("note"));
    }
}

TEST_F(GapRanking, WritesEffectsNotesAndEvidenceKindsToGapsJson) {
    model.format = "pathways/1.1";
    add_handover_to_ta(model);
    Json j = gaps_json(analyse(), SuppressionPlan());
    const Json& deadline = j["gaps"][5];
    ASSERT_EQ(deadline["kind"], "deadline");
    EXPECT_EQ(deadline["effect"], "loses_support");
    EXPECT_EQ(deadline["note"],
              "The count includes people who moved on to Temporary accommodation, a handover with nothing lost.");
    EXPECT_EQ(deadline["evidence"][0]["kind"], "testimony");
    EXPECT_EQ(j["gaps"][4]["effect"], "loses_support");  // casework reneging
}

TEST_F(GapRanking, WritesOneCsvRowPerGapWithScenarioColumns) {
    Json comparison = read_fixture("gaps_comparison.json");
    std::string csv = gaps_csv(analyse_gaps(model, read_summary_json(summary), what_ifs()), SuppressionPlan());
    EXPECT_EQ(csv.rfind("rank,stage,label,kind,people_mean,people_ci95_lo,people_ci95_hi,share_mean,", 0), 0u);
    EXPECT_NE(csv.find("Deposit scheme: change_mean"), std::string::npos);
    std::size_t lines = 0;
    for (char c : csv) lines += c == '\n';
    EXPECT_EQ(lines, 7u);  // header and six gaps
    EXPECT_NE(csv.find("3,prs,Searching for a private let,drop_off,64.5,"), std::string::npos);
}

TEST_F(GapRanking, SuppressesSmallCountsWithTheirIntervalsAndSharesInTheCsv) {
    const GapAnalysis a = analyse();
    std::string csv = gaps_csv(a, plan_suppression(read_summary_json(summary), a, {}, SmallNumbers(5)));
    EXPECT_NE(
        csv.find("6,casework,Housing casework,deadline,<5,suppressed,suppressed,suppressed,suppressed,suppressed"),
        std::string::npos)
        << csv;
    EXPECT_EQ(csv.find(",3.4,"), std::string::npos);
    EXPECT_EQ(csv.find("0.0085"), std::string::npos);  // 3.4 / 400
}

// A hidden small count in a total and its parts hides the smallest other part
// too, and a count hidden to protect another reads "suppressed", not "<N".
TEST(SuppressionPlan, HidesASecondPartSoTheTotalMinusTheShownOnesRevealsNothing) {
    SuppressionPlan plan{SmallNumbers(10)};
    plan.shown("total", 60);
    plan.shown("a", 3);
    plan.shown("b", 12);
    plan.shown("c", 45);
    plan.relate({"total", "a", "b", "c"});
    plan.solve();
    EXPECT_TRUE(plan.hides("a"));
    EXPECT_TRUE(plan.hides("b"));
    EXPECT_FALSE(plan.hides("c"));
    EXPECT_FALSE(plan.hides("total"));
    EXPECT_EQ(plan.hidden_text("a"), "<10");
    EXPECT_EQ(plan.hidden_text("b"), "suppressed");
}

// A part hidden to protect one total can be the lone hidden part of another
// total it belongs to: that one then hides a second part as well.
TEST(SuppressionPlan, CarriesHidingAcrossTablesThatShareACount) {
    SuppressionPlan plan{SmallNumbers(10)};
    for (const auto& [key, count] : std::vector<std::pair<std::string, double>>{
             {"row", 40}, {"x", 4}, {"y", 36}, {"column", 50}, {"z", 20}, {"w", 30}})
        plan.shown(key, count);
    plan.unshown("v", 0);
    plan.relate({"row", "x", "y"});          // row = x + y
    plan.relate({"column", "y", "z", "w"});  // column = y + z + w
    plan.solve();
    EXPECT_TRUE(plan.hides("y"));  // x's only partner in the row
    EXPECT_TRUE(plan.hides("z"));  // else y = column - z - w
    EXPECT_FALSE(plan.hides("w"));
}

TEST(SuppressionPlan, HidesAnUnshownSmallCountsPartner) {
    SuppressionPlan plan{SmallNumbers(10)};
    plan.shown("total", 50);
    plan.shown("a", 45);
    plan.unshown("rest", 5);  // shown nowhere, but the total minus a would give it
    plan.relate({"total", "a", "rest"});
    plan.solve();
    EXPECT_TRUE(plan.hides("a"));
}

TEST(SuppressionPlan, HidesNothingWhenOff) {
    SuppressionPlan plan;
    EXPECT_FALSE(plan.hides("never planned"));
}

TEST_F(GapRanking, KeepsZeroAndLargeCountsVisibleWhenSuppressing) {
    SmallNumbers small(5);
    EXPECT_FALSE(small.hides(0.0));
    EXPECT_FALSE(small.hides(5.0));
    EXPECT_TRUE(small.hides(4.99));
    EXPECT_EQ(small.mask(), "<5");
}

}  // namespace
}  // namespace pathways
