// report.html: one well-formed, self-contained file with every section, and
// no small number left when suppression is on.
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <set>
#include <vector>

#include "report/html/report_html.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/results/gaps_output.h"
#include "test_gaps_fixture.h"

namespace pathways {
namespace {

using testing::gap_fixture_model;
using testing::read_fixture;

const ChartLibrary& charts() {
    static const ChartLibrary library = load_chart_library(report_assets_dir());
    return library;
}

struct Fixture {
    Model model = gap_fixture_model();
    Json summary = read_fixture("gaps_summary.json");
    std::vector<ScenarioComparison> comparison =
        testing::comparisons_from(model, read_fixture("gaps_comparison.json")["scenarios"]);
    // Daily occupancy, thinned by the report to at most 300 points.
    std::vector<std::pair<std::string, std::vector<double>>> daily = {{"casework", {3.0, 4.0, 4.5}},
                                                                      {"ta", {20.0, 35.0, 41.0}}};
    const SensitivityDigest* sensitivity = nullptr;  // `gaps --sensitivity`

    std::string html(double suppress_below = 0, bool compare = true) {
        Results results = read_summary_json(summary);
        for (auto& [id, series] : daily) {
            for (StageResult& s : results.stages) {
                if (s.id == id) s.daily_occupancy = series;
            }
        }
        const std::vector<ScenarioComparison> none;
        GapAnalysis gaps = analyse_gaps(model, results, compare ? comparison : none);
        ReportInput in{model, results, gaps, compare ? comparison : none, SmallNumbers(suppress_below), sensitivity};
        return report_html(in, charts());
    }
};

// The casework deadline costs a home, and a second deadline at the same stage hands over to TA.
void add_a_handover_beside_a_loss(Fixture& f) {
    f.model.format = "pathways/1.1";
    f.model.deadlines[0].effect = {MoveEffect::loses_accommodation};
    Deadline handover = f.model.deadlines[0];
    handover.id = "casework_handover";
    handover.divert_to = {*f.model.find_stage("ta")};
    handover.effect = {MoveEffect::handover};
    f.model.deadlines.push_back(handover);
    index_stages(f.model);
}

// Elements never closed in HTML; everything else must be closed in order.
bool is_void(const std::string& tag) {
    static const std::set<std::string> v = {"meta", "link", "br", "hr", "img", "input", "col", "source", "wbr"};
    return v.count(tag) > 0;
}

// Checks that every element is closed, in order, skipping script and style content.
std::string unbalanced_tag(const std::string& text) {
    std::vector<std::string> open;
    for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at + 1)) {
        if (text.compare(at, 4, "<!--") == 0) {
            at = text.find("-->", at);
            continue;
        }
        if (text.compare(at, 2, "<!") == 0) continue;
        bool closing = text[at + 1] == '/';
        std::size_t name_start = at + (closing ? 2 : 1), end = text.find('>', at);
        std::size_t name_end = name_start;
        while (name_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[name_end])) ||
                                          text[name_end] == '-' || text[name_end] == ':'))
            ++name_end;
        std::string name = text.substr(name_start, name_end - name_start);
        if (name.empty() || end == std::string::npos) return "stray '<' at " + std::to_string(at);
        if (closing) {
            if (open.empty() || open.back() != name)
                return "</" + name + "> at " + std::to_string(at) + " closes " +
                       (open.empty() ? "nothing" : "<" + open.back() + ">");
            open.pop_back();
        } else if (text[end - 1] != '/' && !is_void(name)) {
            if (name == "script" || name == "style") {
                at = text.find("</" + name + ">", end);
                if (at == std::string::npos) return "<" + name + "> never closed";
                continue;
            }
            open.push_back(name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> never closed";
}

TEST(ReportHtml, IsWellFormed) {
    Fixture f;
    EXPECT_EQ(unbalanced_tag(f.html()), "");
    EXPECT_EQ(unbalanced_tag(f.html(5)), "");
}

TEST(ReportHtml, HoldsNoAddressAnywhereIncludingTheInlinedLibraries) {
    Fixture f;
    f.model.stages[0].source = "https://www.gov.uk/guidance and //example";
    std::string page = f.html();
    auto where = report::first_url_like(page);
    EXPECT_FALSE(where.has_value()) << page.substr(*where > 80 ? *where - 80 : 0, 160);
    EXPECT_NE(page.find("https&#58;&#47;&#47;www.gov.uk"), std::string::npos);  // still readable as text
}

TEST(ReportHtml, ListsTheFullCitationOfEveryRegisterEntryTheSourcesCite) {
    Fixture f;
    f.model.stages[0].source = "Home Office figures [grants_2024]";
    f.model.citations = {{"grants_2024", "Home Office", "Immigration system statistics", "2025-02",
                          "gov.uk/immigration-statistics", "39,616 people granted protection in 2024", "high",
                          "2026-03-12"}};
    const std::string page = f.html();
    EXPECT_NE(page.find("<h3>References</h3>"), std::string::npos);
    EXPECT_NE(page.find("Confidence: high. Checked on 2026-03-12."), std::string::npos);
    EXPECT_NE(page.find("<strong>[grants_2024]</strong> Home Office, \xE2\x80\x9CImmigration system statistics"),
              std::string::npos);
    EXPECT_NE(page.find("39,616 people granted protection in 2024 Confidence: high."), std::string::npos);
    EXPECT_EQ(unbalanced_tag(page), "");
}

TEST(ReportHtml, HasNoReferencesWhenNothingCitesTheRegister) {
    Fixture f;
    EXPECT_EQ(f.html().find("<h3>References</h3>"), std::string::npos);
}

// The page without the content of its script elements (the libraries' code).
std::string without_scripts(const std::string& page) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = page.find("<script"); at != std::string::npos; at = page.find("<script", from)) {
        out += page.substr(from, page.find('>', at) + 1 - from);
        from = page.find("</script>", at);
    }
    return out + page.substr(from);
}

TEST(ReportHtml, LoadsNothingFromOutside) {
    std::string page = without_scripts(Fixture().html());
    EXPECT_EQ(page.find("src="), std::string::npos);
    EXPECT_EQ(page.find("url("), std::string::npos);
    EXPECT_EQ(page.find("@import"), std::string::npos);
    for (std::size_t at = page.find("href=\""); at != std::string::npos; at = page.find("href=\"", at + 1)) {
        EXPECT_EQ(page[at + 6], '#') << page.substr(at, 60);
    }
    EXPECT_NE(page.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
}

TEST(ReportHtml, CarriesEverySection) {
    std::string page = Fixture().html();
    for (const char* id : {"summary", "easy-read", "diagram", "outcomes", "curves", "by-attribute", "occupancy", "gaps",
                           "comparison", "targets", "glossary", "sources"}) {
        EXPECT_NE(page.find("<section id=\"" + std::string(id) + "\""), std::string::npos) << id;
    }
}

TEST(ReportHtml, IsAccessibleAndPrintable) {
    std::string page = Fixture().html();
    EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(page.find("<caption>"), std::string::npos);
    EXPECT_NE(page.find("<th scope=\"col\">"), std::string::npos);
    EXPECT_NE(page.find("<th scope=\"row\">"), std::string::npos);
    EXPECT_NE(page.find("@page { size: A4"), std::string::npos);
    EXPECT_NE(page.find("<title>"), std::string::npos);
    EXPECT_NE(page.find("#D55E00"), std::string::npos);  // Okabe-Ito vermillion
}

TEST(ReportHtml, DrawsChartsAsSvgWithoutActionLinks) {
    std::string page = Fixture().html();
    EXPECT_NE(page.find("renderer: 'svg', actions: false"), std::string::npos);
    EXPECT_NE(page.find("data-chart=\"chart-curves\""), std::string::npos);
    EXPECT_NE(page.find("<details class=\"chart-table\">"), std::string::npos);
}

TEST(ReportHtml, NamesOnlyLossesAsTheSummarysFindings) {
    std::string page = Fixture().html();
    std::size_t at = page.find("id=\"summary-findings\""), end = page.find("</ol>", at);
    ASSERT_NE(at, std::string::npos);
    std::string part = page.substr(at, end - at);
    EXPECT_EQ(part.find("had to wait"), std::string::npos) << part;  // a wait is not a loss
    EXPECT_NE(part.find("At \xE2\x80\x9CSearching for a private let\xE2\x80\x9D, households dropped off (journey "
                        "ended badly) after this stage"),
              std::string::npos)
        << part;
    EXPECT_NE(part.find("Support there today: no support at this stage."), std::string::npos) << part;
    EXPECT_NE(part.find(" a year."), std::string::npos) << part;
}

TEST(ReportHtml, StatesTheCohortWindowAndTheUnitInTheSummary) {
    std::string summary = Fixture().html();
    summary = summary.substr(summary.find("id=\"summary\""));
    EXPECT_NE(summary.find("households arriving between day 400 and day 899 (1.4 years), followed until their "
                           "journeys end"),
              std::string::npos)
        << summary.substr(0, 800);
    EXPECT_NE(summary.find("Every figure counts households"), std::string::npos);
}

TEST(ReportHtml, LeavesACountThatHoldsHandoversOutOfTheSummary) {
    Fixture f;
    add_a_handover_beside_a_loss(f);
    std::string page = f.html();
    std::size_t at = page.find("id=\"summary-findings\"");
    std::string findings = page.substr(at, page.find("</ol>", at) - at);
    EXPECT_EQ(findings.find("deadline passed"), std::string::npos) << findings;
}

TEST(ReportHtml, PrintsAnEasyReadPageAndAnAppendixOfSources) {
    std::string page = Fixture().html();
    std::size_t easy = page.find("<section id=\"easy-read\""), appendix = page.find("<div class=\"appendix\"");
    ASSERT_NE(easy, std::string::npos);
    ASSERT_NE(appendix, std::string::npos);
    EXPECT_LT(easy, page.find("<section id=\"diagram\""));
    EXPECT_LT(appendix, page.find("<section id=\"sources\""));
    EXPECT_NE(page.find("href=\"#appendix\""), std::string::npos);  // a named place in the printed PDF
    EXPECT_NE(page.find(".easy-read { break-before: page"), std::string::npos);
}

TEST(ReportHtml, MarksScenarioChangesClearOfNoise) {
    std::string page = Fixture().html();
    std::size_t at = page.find("id=\"comparison\"");
    std::string part = page.substr(at, page.find("id=\"targets\"") - at);
    EXPECT_NE(part.find("Deposit scheme"), std::string::npos);
    EXPECT_NE(part.find("<strong class=\"clear\">yes</strong>"), std::string::npos);
}

TEST(ReportHtml, ShowsWhereEachScenarioLeavesPeopleBesideNow) {
    std::string page = Fixture().html();
    std::size_t at = page.find("Where people end up: Deposit scheme compared with now");
    ASSERT_NE(at, std::string::npos);
    std::string table = page.substr(at, page.find("</table>", at) - at);
    EXPECT_NE(table.find("+8.0 (+6.9 to +9.1)"), std::string::npos) << table;
    EXPECT_NE(table.find("-8.0 (-9.1 to -6.9)"), std::string::npos) << table;
    EXPECT_NE(table.find("38%"), std::string::npos) << table;
}

// The part of the page from an element's id to the end of its table.
std::string table_after(const std::string& page, const std::string& marker) {
    const std::size_t at = page.find(marker);
    if (at == std::string::npos) return "";
    return page.substr(at, page.find("</table>", at) - at);
}

TEST(ReportHtml, GivesTheSettledChangeThePairedIntervalOfTheSettledOutcomesTakenTogether) {
    // Private lets rise by 8.0 points and social lets fall by 7.6: added
    // bound by bound the settled change would read -1.7 to +2.5; paired
    // replication by replication it is -0.1 to +0.8.
    Fixture f;
    ScenarioComparison& deposit = f.comparison[0];
    const ModelIndex index(f.model);
    const MetricLayout layout(f.model, index);
    const std::string social = "outcomes.social_tenancy.share";
    deposit.differences.push_back(
        {social, layout.columns()[*layout.find(social)], {}, {}, Stat{-0.076, 0.015, -0.0867, -0.0653}});
    deposit.settled.difference = Stat{0.004, 0.002, -0.001, 0.008};
    const std::string table = table_after(f.html(), "id=\"summary-what-ifs\"");
    ASSERT_FALSE(table.empty());
    // Each figure is kept whole, so that a line never breaks between a sign and its number.
    EXPECT_NE(table.find("<td><span class=\"figure-whole\">+0.4</span><br><span class=\"note\"><span "
                         "class=\"figure-whole\">-0.1</span> to <span class=\"figure-whole\">+0.8</span></span></td>"),
              std::string::npos)
        << table;
    EXPECT_EQ(table.find("-1.7 to +2.5"), std::string::npos) << table;
}

// A sample of 200 plausible worlds in which "Deposit scheme" was run: its
// central run (of fewer replications than the report's) has homelessness
// rising a little, while in the report's own run it falls by 8 points.
SensitivityDigest sample_with_the_deposit_scheme() {
    SensitivityDigest s;
    s.studies = {{"uncertainty", 200, 10, false}};
    s.method = "uncertainty";
    s.sampled = true;
    s.runs = 200;
    s.replications = 10;
    SensitivityDigest::Metric homeless;
    homeless.path = "outcomes.homeless.share";
    homeless.label = "Homeless";
    homeless.unit = Unit::share;
    s.metrics.push_back(homeless);
    s.scenarios.push_back({"Deposit scheme", {{"outcomes.homeless.share", 0.001, 0.005, 0.005, 0.995}}, {}});
    return s;
}

// The report given that sample.
std::string page_with_the_sample() {
    Fixture f;
    const SensitivityDigest sample = sample_with_the_deposit_scheme();
    f.sensitivity = &sample;
    return f.html();
}

TEST(ReportHtml, TakesEachWhatIfsDirectionFromTheReportsOwnRun) {
    const std::string table = table_after(page_with_the_sample(), "How robust each what-if is");
    ASSERT_FALSE(table.empty());
    EXPECT_NE(table.find("<td>Homeless</td><td>falls</td><td>more than 99%</td>"), std::string::npos) << table;
    EXPECT_EQ(table.find("rises"), std::string::npos) << table;
}

TEST(ReportHtml, NamesTheFigureARobustnessIsOfAndNeverRoundsItToAll) {
    const std::string table = table_after(page_with_the_sample(), "id=\"summary-what-ifs\"");
    ASSERT_FALSE(table.empty());
    EXPECT_NE(table.find("Homeless: falls in more than 99%"), std::string::npos) << table;
    EXPECT_EQ(table.find("100%"), std::string::npos) << table;
}

TEST(ReportHtml, DrawsAMorrisTornadoWithDirectionAndSpreadAndNoEmptyBars) {
    Fixture f;
    SensitivityDigest screening;
    screening.studies = {{"morris", 80, 10, false}};
    screening.method = "morris";
    screening.index = "mu_star";
    SensitivityDigest::Metric homeless;
    homeless.path = "outcomes.homeless.share";
    homeless.label = "Homeless";
    homeless.unit = Unit::share;
    homeless.importance = {{"Deposit size", 0.05, 0.04, 0.06, -0.05, 0.01},
                           {"Rent level", 0.02, 0.01, 0.03, 0.015, 0.02},
                           {"Interpreter need", 0, 0, 0, 0, 0}};
    screening.metrics.push_back(homeless);
    f.sensitivity = &screening;
    const std::string table = table_after(f.html(), "What Homeless rests on</caption>");
    ASSERT_FALSE(table.empty());
    EXPECT_NE(table.find("<th scope=\"row\">Deposit size</th><td>-5 points</td><td>1 point</td>"), std::string::npos)
        << table;
    EXPECT_NE(table.find("<th scope=\"row\">Rent level</th><td>+1.5 points</td><td>2 points</td>"), std::string::npos)
        << table;
    EXPECT_EQ(table.find("Interpreter need"), std::string::npos) << table;
    const std::string page = f.html();
    EXPECT_NE(page.find("\"direction\":\"lowers it\""), std::string::npos);
    EXPECT_EQ(page.find("\"parameter\":\"Interpreter need\""), std::string::npos);
}

TEST(ReportHtml, WritesMoneyInPoundsWithThousandsAndNeverTheCurrencyCode) {
    Fixture f;
    f.summary["cost"]["currency"] = "GBP";
    f.comparison[0].about.cost_per_year = 45000;
    const std::string page = f.html();
    const std::size_t at = page.find("id=\"costs\"");
    ASSERT_NE(at, std::string::npos);
    const std::string costs = page.substr(at, page.find("</section>", at) - at);
    EXPECT_NE(costs.find("<td>£877k</td>"), std::string::npos) << costs;
    EXPECT_NE(costs.find("<td>costs £45,000 a year</td>"), std::string::npos) << costs;
    EXPECT_EQ(page.find("GBP"), std::string::npos);
}

TEST(ReportHtml, SaysWhenNoScenarioWasCompared) {
    std::string page = Fixture().html(0, false);
    EXPECT_NE(page.find("No scenarios were compared"), std::string::npos);
}

TEST(ReportHtml, ShowsSmallCountsAsBelowTheThreshold) {
    Fixture f;
    std::string page = f.html(5);
    EXPECT_NE(page.find("&lt;5"), std::string::npos);
    // The casework deadline (3.4 people), the family group's homeless count (2.8) and the
    // family cohort's interval are all under 5; none may appear.
    for (const char* raw : {"about 3.4", ">3.4<", "2.5416", "4.2584", "0.0085", ":3.4,", "2.8"}) {
        auto at = page.find(raw);
        EXPECT_EQ(at, std::string::npos) << raw << " in " << page.substr(at > 100 ? at - 100 : 0, 200);
    }
    EXPECT_NE(page.find("suppressed"), std::string::npos);
}

TEST(ReportHtml, ShowsSmallCountsWhenNotSuppressing) {
    std::string page = Fixture().html();
    EXPECT_NE(page.find("about 3.4 (95% interval 2.5 to 4.3)"), std::string::npos);
}

TEST(ReportHtml, FailsClearlyWhenTheChartLibrariesAreMissing) {
    try {
        load_chart_library("/nonexistent-assets");
        FAIL() << "no error";
    } catch (const ReportAssetsMissing& e) {
        EXPECT_NE(std::string(e.what()).find("npm ci"), std::string::npos) << e.what();
    }
}

TEST(ReportHtml, ThinsDailyOccupancyToTheLimitForStagesWithPlaces) {
    Model model = gap_fixture_model();
    Results results;
    for (const Stage& s : model.stages) {
        if (s.kind != StageKind::outcome)
            results.stages.push_back({s.id, s.kind, {}, std::vector<double>(900, 2.0), {}, {}, {}});
    }
    for (std::size_t d = 0; d < 900; ++d)
        results.stages[1].daily_occupancy[d] = static_cast<double>(d % 3);  // casework
    OccupancySeries thinned = thin_occupancy(model, results, 300);
    EXPECT_EQ(thinned.days.size(), 300u);
    EXPECT_EQ(thinned.days[1], 3u);
    auto has = [&](const std::string& id) {
        for (const auto& [stage, series] : thinned.stages) {
            if (stage == id) return true;
        }
        return false;
    };
    EXPECT_TRUE(has("casework"));
    EXPECT_TRUE(has("social_wait"));
    EXPECT_FALSE(has("prs"));  // a delay stage has no limit on places
    EXPECT_EQ(thinned.stages.front().first, "casework");
    EXPECT_DOUBLE_EQ(thinned.stages.front().second[0], 1.0);  // mean of 0, 1, 2
}

// The part of the page from one section to the next.
std::string section_of(const std::string& page, const std::string& id, const std::string& next) {
    std::size_t at = page.find("id=\"" + id + "\"");
    return page.substr(at, page.find("id=\"" + next + "\"") - at);
}

TEST(ReportHtml, CountsYearByYearArrivalsOverTheSamePeopleAsTheEnds) {
    // 224 cohort households enter the stage where the cohort arrives, 1,230
    // households arrive by any route, and 679 settle: the Arrived column is
    // the 1,230, the people whose ends the other columns count.
    Fixture f;
    Results results = read_summary_json(f.summary);
    PeriodResult year{"y1",
                      400,
                      765,
                      std::vector<Figures>(results.stages.size()),
                      std::vector<Figures>(results.outcomes.size()),
                      {},
                      Stat{1230, 20, 1220, 1240}};
    year.stages[0].set(Metric::period_entries, Stat{224, 5, 220, 228});          // "decision", where the cohort arrives
    year.outcomes[0].set(Metric::period_outcome_count, Stat{679, 9, 672, 686});  // private tenancy
    results.by_period.push_back(year);
    const GapAnalysis gaps = analyse_gaps(f.model, results, {});
    const std::vector<ScenarioComparison> none;
    const std::string page = report_html({f.model, results, gaps, none, SmallNumbers(0)}, charts());
    const std::size_t at = page.find("id=\"periods\"");
    ASSERT_NE(at, std::string::npos);
    const std::string part = page.substr(at, page.find("</section>", at) - at);
    EXPECT_NE(part.find("everyone in the pathway"), std::string::npos) << part;
    EXPECT_NE(part.find("<td>1,230</td><td>679</td>"), std::string::npos) << part;
    EXPECT_EQ(part.find(">224<"), std::string::npos) << part;
}

TEST(ReportHtml, WordsEachEffectOfAMove) {
    auto words = [](GapKind kind, std::optional<MoveEffect> effect) {
        Gap g;
        g.kind = kind;
        g.effect = effect;
        return report::gap_kind_words(g);
    };
    EXPECT_EQ(words(GapKind::deadline, MoveEffect::loses_accommodation),
              "had to leave their accommodation when a deadline passed");
    EXPECT_EQ(words(GapKind::deadline, MoveEffect::loses_support), "lost support when a deadline passed");
    EXPECT_EQ(words(GapKind::deadline, std::nullopt), "had to leave when a deadline passed");
    EXPECT_EQ(words(GapKind::renege, MoveEffect::loses_support), "gave up waiting and lost support");
    EXPECT_EQ(words(GapKind::renege, MoveEffect::loses_accommodation),
              "gave up waiting and had to leave their accommodation");
    EXPECT_EQ(words(GapKind::renege, std::nullopt), "gave up waiting and left");
}

TEST(ReportHtml, SaysWhatADeadlineCostAndWhenTheCountIncludesHandovers) {
    Fixture f;
    add_a_handover_beside_a_loss(f);
    std::string gaps = section_of(f.html(), "gaps", "comparison");
    EXPECT_NE(gaps.find("had to leave their accommodation when a deadline passed"), std::string::npos) << gaps;
    EXPECT_NE(gaps.find("<p class=\"note\">The count includes people who moved on to Temporary accommodation, a "
                        "handover with nothing lost.</p>"),
              std::string::npos)
        << gaps;
}

TEST(ReportHtml, ShowsTestimonyAsWhatPeopleToldUsAndTheRestAsPublished) {
    Fixture f;
    Stage& casework = f.model.stages[*f.model.find_stage("casework")];
    casework.evidence.push_back(
        {"A third of first appointments wait over a month.", "council statistics", "statistic"});
    casework.evidence.push_back({"Plain evidence.", "", ""});
    std::string gaps = section_of(f.html(), "gaps", "comparison");
    EXPECT_NE(gaps.find("<blockquote><p><strong>People told us:</strong> People said the wait for a first "
                        "appointment felt endless.</p><footer>focus group, spring</footer></blockquote>"),
              std::string::npos);
    EXPECT_NE(gaps.find("<p class=\"published\"><strong>Published evidence (statistic):</strong> A third of first "
                        "appointments wait over a month. <span class=\"note\">(council statistics)</span></p>"),
              std::string::npos);
    EXPECT_NE(gaps.find("<blockquote><p>Plain evidence.</p></blockquote>"), std::string::npos);
    const std::string page = f.html();
    const std::string told = section_of(page, "evidence", "targets");
    const std::string published = section_of(page, "published-evidence", "sources");
    EXPECT_NE(told.find("<h3>What people told us</h3>"), std::string::npos) << told;
    EXPECT_NE(told.find("felt endless"), std::string::npos) << told;
    EXPECT_EQ(told.find("A third of first appointments"), std::string::npos) << told;
    EXPECT_NE(published.find("A third of first appointments"), std::string::npos) << published;
    EXPECT_LT(page.find("<div class=\"appendix\""), page.find("id=\"published-evidence\""));
}

TEST(ReportHtml, ShowsCalibrationTargetsApartFromValidationChecks) {
    Fixture f;
    Target tuned;
    tuned.id = "rough_sleeping_share";
    tuned.role = TargetRole::calibration;
    tuned.status_note = "A run cannot show street counts.";
    f.model.targets.push_back(tuned);
    std::string targets = section_of(f.html(), "targets", "glossary");
    std::size_t validation = targets.find("<h3>Validation checks</h3>");
    std::size_t calibration =
        targets.find("<h3>Calibration targets (the model was tuned to meet these; not an independent check)</h3>");
    ASSERT_NE(validation, std::string::npos) << targets;
    ASSERT_NE(calibration, std::string::npos) << targets;
    EXPECT_NE(targets.find("None: every published figure given was used to tune the model"), std::string::npos);
    const std::string tuned_part = targets.substr(calibration);
    EXPECT_NE(tuned_part.find("Share who sleep rough"), std::string::npos);
    EXPECT_NE(tuned_part.find("<br><span class=\"note\">A run cannot show street counts.</span>"), std::string::npos);
    EXPECT_EQ(targets.substr(validation, calibration - validation).find("Share who sleep rough"), std::string::npos);
}

TEST(ReportHtml, KeepsOneTableOfChecksWhenNothingWasTuned) {
    std::string targets = section_of(Fixture().html(), "targets", "glossary");
    EXPECT_EQ(targets.find("Calibration"), std::string::npos);
    EXPECT_NE(targets.find("Share who sleep rough"), std::string::npos);
}

TEST(ReportText, EscapesAddressesAndScriptEndsInEmbeddedJson) {
    std::string s = report::script_json(Json{{"a", "</script> HTTP://x"}});
    EXPECT_EQ(s.find("</"), std::string::npos);
    EXPECT_FALSE(report::first_url_like(s).has_value());
    EXPECT_EQ(Json::parse(s)["a"], "</script> HTTP://x");
}

TEST(ReportText, DatesAPlanYearByItsFirstAndLastDayAcrossALeapYear) {
    Model model;
    model.simulation.start_date = std::chrono::year_month_day{std::chrono::year{2025} / 4 / 1};
    const double year_three = 365 + 365 + 366;  // 1 April 2028, after 29 February 2028
    EXPECT_EQ(report::date_of_day(model, year_three), "1 April 2028");
    EXPECT_EQ(report::plan_year_end(model, 365 + 365), year_three);  // 1 April 2027 to 31 March 2028: 366 days
    EXPECT_EQ(report::days_span(model, year_three, report::plan_year_end(model, year_three)),
              "1 April 2028 to 31 March 2029");
    EXPECT_EQ(report::days_span(Model{}, 365, 730), "day 365 to day 729");
}

TEST(ReportColours, KeepTheColourOfHouseholdsStillInThePathwayForThemAlone) {
    std::vector<report::OutcomeInfo> outcomes;
    for (const char* kind : {"settled", "settled", "drop_off", "neutral", "neutral", "neutral"})
        outcomes.push_back({kind + std::to_string(outcomes.size()), "x", kind});
    for (const std::string& c : report::outcome_series(outcomes).colours) EXPECT_NE(c, report::colour::still);
    EXPECT_EQ(
        report::outcome_colour_words(outcomes, "people still in the pathway"),
        "Colours: green and dark blue for settled homes; red-orange for drop-offs; pink and black for other ends; "
        "grey for people still in the pathway.");
}

}  // namespace
}  // namespace pathways
