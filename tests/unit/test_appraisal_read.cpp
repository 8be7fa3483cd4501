// Reading an appraisal's appraisal.json back for the report (`gaps --appraisal`):
// the fields "What to do first" shows, a hand-edited file refused with the
// pointer of what is wrong (never a crash), what the findings decide from it,
// and the section itself: names, never ids, in the report after the summary.
#include <gtest/gtest.h>

#include <functional>

#include "findings/first_steps.h"
#include "report/html/report_html.h"
#include "report/results/appraisal_read.h"
#include "report/text/figures_text.h"
#include "test_gaps_fixture.h"

namespace pathways {
namespace {

// The invented appraisal the command-line test uses: three actions, two asks, three budgets.
Json appraisal() { return testing::read_fixture("appraisal/appraisal.json"); }

TEST(AppraisalRead, ReadsTheFieldsTheReportShows) {
    const AppraisalDigest a = read_appraisal_json(appraisal());
    EXPECT_EQ(a.model_sha256.size(), 64u);
    EXPECT_EQ(a.currency, "GBP");
    EXPECT_EQ(a.measure.label, "Households who end up sleeping rough");
    EXPECT_TRUE(a.measure.lower_is_better);
    EXPECT_EQ(a.samples, AppraisalDigest::Samples::worlds);
    EXPECT_EQ(a.sample_count, 200u);
    EXPECT_EQ(a.interval, "the middle 90% of plausible worlds");
    ASSERT_EQ(a.actions.size(), 3u);
    EXPECT_EQ(a.actions[1].name, "Faster private renting");
    EXPECT_EQ(a.actions[2].cost_per_year, 90000);
    ASSERT_EQ(a.asks.size(), 2u);
    EXPECT_EQ(a.asks[0].decided_by, "Home Office");
    EXPECT_EQ(a.asks[0].effect.low, 1.2);
    ASSERT_EQ(a.options.size(), 8u);
    EXPECT_TRUE(a.options[0].actions.empty());
    EXPECT_EQ(a.options[4].actions, (std::vector<std::size_t>{0, 1}));
    ASSERT_TRUE(a.options[1].cost_per_household.has_value());
    EXPECT_FALSE(a.options[1].cost_per_household->high.has_value());  // its effect may be nothing
    EXPECT_EQ(a.options[1].dominance, Dominance::extendedly_dominated);
    EXPECT_TRUE(a.options[6].frontier);
    ASSERT_EQ(a.budgets.size(), 3u);
    EXPECT_EQ(a.budgets[0].best, 4u);
    EXPECT_EQ(a.budgets[2].best, 7u);
    EXPECT_TRUE(a.budgets[0].evidence.empty());
    ASSERT_EQ(a.budgets[2].evidence.size(), 4u);
    EXPECT_EQ(a.budgets[2].evidence[0].label, "days people wait for casework");
    EXPECT_EQ(a.budgets[2].evpi, 0.61);
    EXPECT_FALSE(a.budgets[0].evpi.has_value());
}

TEST(AppraisalRead, TakesABudgetsBestInAnyOrderAndNamesAnActionWithoutANameByItsId) {
    Json j = appraisal();
    j["budgets"][0]["best"] = {"faster_renting", "drop_in_advice"};
    j["actions"][0].erase("name");
    const AppraisalDigest a = read_appraisal_json(j);
    EXPECT_EQ(a.budgets[0].best, 4u);
    EXPECT_EQ(a.actions[0].name, "Drop in advice");
}

TEST(AppraisalRead, AnAppraisalByReplicationsHasNoEvidenceAndNoSelectionToRead) {
    Json j = appraisal();
    j["samples"] = {{"kind", "replications"}, {"count", 40}};
    j["selection"] = {{"procedure", "OCBA"}, {"first_stage", 10}, {"replications", 400}};
    for (Json& b : j["budgets"]) b.erase("evidence");
    const AppraisalDigest a = read_appraisal_json(j);
    EXPECT_EQ(a.interval, "95% confidence interval of the mean");
    EXPECT_FALSE(findings::first_steps(a).evidence_measured);
}

// Each edit makes the file wrong in one place; the message names that place.
struct Broken {
    std::string what;
    std::function<void(Json&)> edit;
    std::string said;
};

TEST(AppraisalRead, RefusesAFileThatIsNotOneNamingWhereItIsWrong) {
    const std::vector<Broken> cases = {
        {"another format", [](Json& j) { j["format"] = "pathways-sensitivity/1"; }, "/format"},
        {"no model hash", [](Json& j) { j["model"].erase("sha256"); }, "/model: missing 'sha256'"},
        {"no actions", [](Json& j) { j.erase("actions"); }, "/: missing 'actions'"},
        {"actions not a list", [](Json& j) { j["actions"] = "all"; }, "/actions: must be a list"},
        {"a negative cost", [](Json& j) { j["actions"][1]["cost_per_year"] = -5; },
         "/actions/1/cost_per_year: must be 0 or more"},
        {"an action twice", [](Json& j) { j["actions"][1]["id"] = "drop_in_advice"; }, "is listed twice"},
        {"an unknown action", [](Json& j) { j["options"][1]["actions"] = {"nobody"}; },
         "/options/1/actions/0: \"nobody\" is not in /actions"},
        {"an ask in a package", [](Json& j) { j["options"][1]["actions"] = {"longer_support"}; },
         "an ask of another body, never part of a package"},
        {"something first", [](Json& j) { std::swap(j["options"][0], j["options"][1]); }, "/options/0/actions"},
        {"no options", [](Json& j) { j["options"] = Json::array(); }, "/options: must hold doing nothing"},
        {"a share per budget missing", [](Json& j) { j["options"][2]["probability_best"] = {0.35}; },
         "/options/2/probability_best: must give one share for each of the 3 budgets"},
        {"a share over 1", [](Json& j) { j["options"][2]["probability_best"][0] = 1.5; },
         "/options/2/probability_best/0: must be from 0 to 1"},
        {"an interval upside down", [](Json& j) { j["options"][3]["effect"]["low"] = 20; },
         "/options/3/effect: low is above high"},
        {"no frontier", [](Json& j) { j["options"][3]["frontier"] = "yes"; }, "/options/3/frontier"},
        {"an unknown dominance", [](Json& j) { j["options"][3]["dominance"] = "beaten"; }, "/options/3/dominance"},
        {"a best that is no option", [](Json& j) { j["options"].erase(4); },
         "/budgets/0/best: no option in /options holds exactly these actions"},
        {"a best over its budget", [](Json& j) { j["budgets"][0]["best"] = {"more_casework"}; },
         "/budgets/0/best: costs more than the budget"},
        {"an unknown kind of samples", [](Json& j) { j["samples"]["kind"] = "guesses"; }, "/samples/kind"},
        {"a choice changed in too many worlds", [](Json& j) { j["budgets"][2]["evidence"][0]["choice_changes"] = 2; },
         "/budgets/2/evidence/0/choice_changes"},
        {"a mean that is text", [](Json& j) { j["asks"][0]["effect"]["mean"] = "3"; },
         "/asks/0/effect/mean: must be a number"},
        {"not an object", [](Json& j) { j = Json::array(); }, "/format"},
    };
    for (const Broken& c : cases) {
        Json j = appraisal();
        c.edit(j);
        try {
            read_appraisal_json(j);
            ADD_FAILURE() << c.what << ": read without complaint";
        } catch (const BadAppraisal& e) {
            EXPECT_NE(std::string(e.what()).find(c.said), std::string::npos) << c.what << ": " << e.what();
        }
    }
}

TEST(FirstSteps, NamesTheRunnerUpOnlyWhenItIsBestInAFifthOfTheWorldsOrMore) {
    const AppraisalDigest a = read_appraisal_json(appraisal());
    const findings::FirstSteps steps = findings::first_steps(a);
    ASSERT_EQ(steps.budgets.size(), 3u);
    EXPECT_EQ(steps.budgets[0].best, 4u);
    EXPECT_EQ(steps.budgets[0].runner_up, std::optional<std::size_t>(2));  // best in 35%
    EXPECT_FALSE(steps.budgets[1].runner_up.has_value());                  // the next is best in 14%
    EXPECT_EQ(steps.budgets[2].runner_up, std::optional<std::size_t>(6));  // best in 44%
}

TEST(FirstSteps, TakesEachActionAloneAndTheEvidenceWorthMostAtTheLargestBudget) {
    const AppraisalDigest a = read_appraisal_json(appraisal());
    const findings::FirstSteps steps = findings::first_steps(a);
    EXPECT_EQ(steps.alone, (std::vector<std::size_t>{1, 2, 3}));
    ASSERT_EQ(steps.evidence_budget, std::optional<std::size_t>(2));
    EXPECT_TRUE(steps.evidence_measured);
    // Those worth less than a tenth of a household a year are left out (findings::evidence_worth_naming).
    EXPECT_EQ(steps.evidence, (std::vector<std::size_t>{0, 1}));
}

TEST(FirstSteps, NamesAtMostFiveParametersLargestFirst) {
    Json j = appraisal();
    Json& evidence = j["budgets"][2]["evidence"];
    for (int i = 0; i < 6; ++i) {
        std::string id = "p";
        evidence.push_back({{"parameter", id.append(std::to_string(i))}, {"evppi", 0.1 * i}, {"choice_changes", 0.01}});
    }
    const findings::FirstSteps steps = findings::first_steps(read_appraisal_json(j));
    ASSERT_EQ(steps.evidence.size(), findings::evidence_named);
    EXPECT_EQ(steps.evidence[0], 9u);  // p5, worth 0.5
    EXPECT_EQ(steps.evidence[1], 0u);  // days people wait, worth 0.42
}

TEST(MoneyRounded, KeepsThreeSignificantFiguresAndSaysMillionsInWords) {
    EXPECT_EQ(text::money_rounded(139000, "GBP"), "£139,000");
    EXPECT_EQ(text::money_rounded(7916.7, "GBP"), "£7,920");
    EXPECT_EQ(text::money_rounded(12345, "GBP"), "£12,300");
    EXPECT_EQ(text::money_rounded(950, "GBP"), "£950");
    EXPECT_EQ(text::money_rounded(999999, "GBP"), "£1 million");
    EXPECT_EQ(text::money_rounded(1234567, "GBP"), "£1.23 million");
    EXPECT_EQ(text::money_rounded(-45000, "GBP"), "-£45,000");
    EXPECT_EQ(text::money_rounded(45000, "EUR"), "45,000 EUR");
}

struct Report {
    Model model = testing::gap_fixture_model();
    Results results = read_summary_json(testing::read_fixture("gaps_summary.json"));

    std::string html(const AppraisalDigest* appraisal) {
        const std::vector<ScenarioComparison> none;
        const GapAnalysis gaps = analyse_gaps(model, results, none);
        ReportInput in{model, results, gaps, none, SmallNumbers(0)};
        in.appraisal = appraisal;
        static const ChartLibrary charts = load_chart_library(report_assets_dir());
        return report_html(in, charts);
    }
};

std::string section_of(const std::string& page, const std::string& id) {
    const std::size_t from = page.find("<section id=\"" + id + "\"");
    if (from == std::string::npos) return "";
    return page.substr(from, page.find("</section>", from) - from);
}

TEST(WhatToDoFirst, FollowsTheSummaryWithNamesNeverIds) {
    const AppraisalDigest a = read_appraisal_json(appraisal());
    const std::string page = Report().html(&a);
    const std::size_t summary = page.find("<section id=\"summary\""), first = page.find("<section id=\"what-first\""),
                      easy = page.find("<section id=\"easy-read\"");
    ASSERT_NE(first, std::string::npos);
    EXPECT_LT(summary, first);
    EXPECT_LT(first, easy);
    EXPECT_NE(page.find("<a href=\"#what-first\">What to do first</a>"), std::string::npos);
    const std::string part = section_of(page, "what-first");
    for (const char* said :
         {"With £50,000 a year", "fund “Drop-in advice sessions” and “Faster private renting”", "£42,000 a year",
          "keeps about 5.1 households a year (2.6 to 7.7)", "£8,240 for each household kept",
          "best in 55% of plausible worlds", "Close behind: “Faster private renting”", "What to ask of the Home Office",
          "“Longer support”: keeps about 3.4 households a year (1.2 to 5.6)", "Which evidence to collect",
          "could change the choice in 31% of worlds", "chart-what-first", "at least £4,140"}) {
        EXPECT_NE(part.find(said), std::string::npos) << said;
    }
    // Ids stay in the chart's data no more than in the words.
    for (const char* id : {"drop_in_advice", "faster_renting", "more_casework", "longer_support", "rough_sleeping"})
        EXPECT_EQ(part.find(id), std::string::npos) << id;
    EXPECT_NE(section_of(page, "easy-read").find("a year, pay for"), std::string::npos);
}

TEST(WhatToDoFirst, IsLeftOutWithoutAnAppraisalAndAsksForWorldsWithoutEvidence) {
    const std::string without = Report().html(nullptr);
    EXPECT_EQ(without.find("id=\"what-first\""), std::string::npos);
    EXPECT_EQ(without.find("href=\"#what-first\""), std::string::npos);
    Json j = appraisal();
    j["samples"] = {{"kind", "replications"}, {"count", 40}};
    for (Json& b : j["budgets"]) b["evidence"] = Json::array();
    const AppraisalDigest a = read_appraisal_json(j);
    const std::string part = section_of(Report().html(&a), "what-first");
    EXPECT_NE(part.find("run it with plausible worlds to see this"), std::string::npos);
    EXPECT_NE(part.find("counting only the simulation&#39;s own chance"), std::string::npos);
}

}  // namespace
}  // namespace pathways
