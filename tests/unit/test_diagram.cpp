// The pathway diagram: DOT structure, the results overlays, and rendering.
#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/model.h"
#include "report/diagram/diagram.h"
#include "report/diagram/diagram_style.h"
#include "report/results/results_json.h"

namespace pathways {
namespace {

namespace style = diagram_style;

Stage outcome(const std::string& id, OutcomeKind kind, const std::string& pathway = "") {
    Stage s;
    s.id = id;
    s.kind = StageKind::outcome;
    s.outcome = kind;
    s.pathway = pathway;
    return s;
}

Stage delay(const std::string& id, Days days, std::vector<Edge> next, const std::string& pathway) {
    Stage s;
    s.id = id;
    s.kind = StageKind::delay;
    s.duration = Duration::fixed_days(days);
    s.next = std::move(next);
    s.pathway = pathway;
    return s;
}

// The example of the model format, built directly: stage indices in comments.
Model example_model() {
    Model m;
    m.name = "Example";
    m.attributes = {{"household", {"single", "family"}}};
    m.stages.push_back(delay("decision", 0, {{1, 1.0, {}}}, "asylum_move_on"));  // 0
    m.stages.push_back(delay("move_on", 20, {{2, 0.8, {{0, 0}}}, {3, 0.2, {{0, 0}}}, {4, 1.0, {{0, 1}}}},
                             "asylum_move_on"));                                             // 1
    Stage casework = delay("casework", 30, {{3, 0.7, {}}, {4, 0.3, {}}}, "asylum_move_on");  // 2
    casework.kind = StageKind::service;
    casework.capacity = 6;
    casework.patience = Duration{DistKind::exponential, 10, 0, 0, {}};
    casework.on_renege = 8;
    casework.support = {"Refugee Next Steps caseworker"};
    m.stages.push_back(casework);
    m.stages.push_back(delay("prs", 20, {{7, 0.6, {}}, {2, 0.4, {}}}, "private_rented"));  // 3
    Stage ta = delay("ta", 300, {{5, 1.0, {}}}, "temporary_accommodation");                // 4
    ta.kind = StageKind::service;
    ta.capacity = 200;
    ta.priority = PriorityRule{0, {1, 0}};
    m.stages.push_back(ta);
    Stage social_wait = delay("social_wait", 0, {{6, 1.0, {}}}, "temporary_accommodation");  // 5
    social_wait.kind = StageKind::supply;
    social_wait.duration.reset();
    social_wait.supply = ReleasePlan{0.3, {}, {{400, 20}}};
    m.stages.push_back(social_wait);
    m.stages.push_back(outcome("social_tenancy", OutcomeKind::settled));   // 6
    m.stages.push_back(outcome("private_tenancy", OutcomeKind::settled));  // 7
    m.stages.push_back(outcome("rough_sleeping", OutcomeKind::drop_off));  // 8
    m.stages.push_back(outcome("homeless", OutcomeKind::drop_off));        // 9
    ArrivalStream grants;
    grants.id = "grants";
    grants.to = 0;
    grants.plan.rate_per_day = 1.5;
    m.arrivals.push_back(grants);
    Deadline move_on_ends;
    move_on_ends.id = "move_on_ends";
    move_on_ends.starts_at = 0;
    move_on_ends.after = Duration::fixed_days(28);
    move_on_ends.applies_to = {1, 2};
    move_on_ends.divert_to = {9, 9};
    move_on_ends.effect = {MoveEffect::loses_support, MoveEffect::loses_support};
    m.deadlines.push_back(move_on_ends);
    index_stages(m);
    return m;
}

// The DOT statement that starts with `start` (after indentation), or "".
std::string statement(const std::string& dot, const std::string& start) {
    std::istringstream in(dot);
    std::string line;
    while (std::getline(in, line)) {
        std::size_t first = line.find_first_not_of(' ');
        if (first != std::string::npos && line.compare(first, start.size(), start) == 0) return line;
    }
    return "";
}

std::string attribute(const std::string& statement, const std::string& name) {
    std::size_t at = statement.find(" " + name + "=");
    if (at == std::string::npos) at = statement.find("[" + name + "=");
    if (at == std::string::npos) return "";
    std::size_t begin = at + name.size() + 2;
    return statement.substr(begin, statement.find_first_of(",]", begin) - begin);
}

double penwidth(const std::string& statement) { return std::stod(attribute(statement, "penwidth")); }

// Results as `render --results` reads them from a summary.json.
Results read_results(const std::string& text) {
    Json j = Json::parse(text);
    if (j.is_object()) j["format"] = "pathways-results/1";
    return read_summary_json(j);
}

Results example_results() {
    return read_results(R"({
      "format": "pathways-results/1",
      "cohort": { "size": { "mean": 500 } },
      "outcomes": { "private_tenancy": { "share": { "mean": 0.42 } } },
      "stages": {
        "casework": { "entries": { "mean": 300 }, "reneged": { "mean": 20 }, "diverted_by_deadline": { "mean": 10 },
                      "drop_offs_after": { "mean": 30 }, "mean_wait_days": { "mean": 12 } },
        "move_on": { "drop_offs_after": { "mean": 3 }, "mean_wait_days": { "mean": 0 } }
      },
      "flows": [ { "from": "casework", "to": "prs", "count": { "mean": 180 } },
                 { "from": "casework", "to": "ta", "count": { "mean": 90 } },
                 { "from": "casework", "to": "rough_sleeping", "count": { "mean": 20 } },
                 { "from": "move_on", "to": "casework", "count": { "mean": 120 } } ]
    })");
}

TEST(PathwayDot, DrawsOneClusterPerPathwayLabelledInWords) {
    std::string dot = pathway_dot(example_model());
    EXPECT_NE(dot.find("subgraph \"cluster_asylum_move_on\""), std::string::npos);
    EXPECT_NE(dot.find("subgraph \"cluster_temporary_accommodation\""), std::string::npos);
    EXPECT_NE(dot.find("<B>Asylum move on</B>"), std::string::npos);
    EXPECT_EQ(dot.find("subgraph \"cluster_asylum_move_on\"", dot.find("cluster_asylum_move_on") + 1),
              std::string::npos);
}

// A label of megabytes once cost Graphviz minutes and gigabytes: the diagram
// draws at most 200 characters of it, the last an ellipsis, cut between characters.
TEST(PathwayDot, ShortensLongLabelsWithAnEllipsis) {
    Model m = example_model();
    m.stages[1].label = std::string(198, 'L') + "\xC3\xA9\xC3\xA9" + std::string(100000, 'L');
    m.stages[1].note = std::string(100000, 'N');
    m.name = std::string(5000, 'T');
    const std::string dot = pathway_dot(m);
    EXPECT_LT(dot.size(), 20000u);
    EXPECT_NE(dot.find(std::string(198, 'L') + "\xC3\xA9\xE2\x80\xA6"), std::string::npos);
    EXPECT_EQ(dot.find(std::string(1001, 'N')), std::string::npos);
    EXPECT_NE(dot.find(std::string(199, 'T') + "\xE2\x80\xA6"), std::string::npos);
}

TEST(PathwayDot, KeepsLabelsOfAFewLinesWhole) {
    Model m = example_model();
    m.stages[1].label = std::string(200, 'L');
    const std::string dot = pathway_dot(m);
    EXPECT_NE(dot.find(std::string(200, 'L')), std::string::npos);
    EXPECT_EQ(dot.find("\xE2\x80\xA6"), std::string::npos);
}

TEST(PathwayDot, FillsSettledOutcomesGreenAndDropOffsRed) {
    std::string dot = pathway_dot(example_model());
    EXPECT_EQ(attribute(statement(dot, "\"private_tenancy\" ["), "fillcolor"),
              "\"" + std::string(style::settled_fill) + "\"");
    EXPECT_EQ(attribute(statement(dot, "\"homeless\" ["), "fillcolor"),
              "\"" + std::string(style::drop_off_fill) + "\"");
}

TEST(PathwayDot, DrawsDeadlinesAsDashedEdgesFromEachStageTheyApplyTo) {
    std::string dot = pathway_dot(example_model());
    for (const char* from : {"\"move_on\" -> \"homeless\"", "\"casework\" -> \"homeless\""}) {
        std::string edge = statement(dot, from);
        EXPECT_NE(edge.find("style=dashed"), std::string::npos) << edge;
        EXPECT_NE(edge.find("after 28 d (move_on_ends)"), std::string::npos) << edge;
    }
}

TEST(PathwayDot, LabelsRoutesWithSharesAndConditionsInWords) {
    std::string dot = pathway_dot(example_model());
    EXPECT_NE(statement(dot, "\"move_on\" -> \"casework\"").find("80% if household = single"), std::string::npos);
    EXPECT_NE(statement(dot, "\"move_on\" -> \"ta\"").find("if household = family"), std::string::npos);
    EXPECT_NE(statement(dot, "\"casework\" -> \"prs\"").find("70%"), std::string::npos);
    EXPECT_EQ(statement(dot, "\"decision\" -> \"move_on\"").find("label="), std::string::npos);
}

TEST(PathwayDot, DrawsRenegingAsADottedEdgeWithThePatience) {
    std::string edge = statement(pathway_dot(example_model()), "\"casework\" -> \"rough_sleeping\"");
    EXPECT_NE(edge.find("style=dotted"), std::string::npos);
    EXPECT_NE(edge.find("gives up after ~10 d"), std::string::npos);
}

TEST(PathwayDot, GathersTheLabelsOfParallelEdgesOnTheFirstSoTheyCannotOverlap) {
    Model m = example_model();
    Deadline casework_ends;
    casework_ends.id = "casework_ends";
    casework_ends.after = Duration::fixed_days(56);
    casework_ends.applies_to = {2};
    casework_ends.divert_to = {8};  // rough_sleeping, where reneging casework also goes
    casework_ends.effect = {MoveEffect::loses_support};
    m.deadlines.push_back(casework_ends);
    index_stages(m);
    std::string dot = pathway_dot(m);
    std::string renege =
        statement(dot, "\"casework\" -> \"rough_sleeping\" [color=\"" + std::string(style::renege_colour));
    std::string deadline =
        statement(dot, "\"casework\" -> \"rough_sleeping\" [color=\"" + std::string(style::deadline_colour));
    EXPECT_NE(renege.find("gives up after ~10 d"), std::string::npos) << renege;
    EXPECT_NE(renege.find("after 56 d (casework_ends)"), std::string::npos) << renege;
    EXPECT_NE(deadline.find("style=dashed"), std::string::npos) << deadline;
    EXPECT_EQ(deadline.find("label="), std::string::npos) << deadline;
}

// The diagram's key as plain text: its lines wrap at a page width.
std::string key_text(const std::string& dot) {
    const std::string key = statement(dot, "label=<<FONT POINT-SIZE=\"18\">");
    const std::string wrap = "</FONT><BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">";
    std::string text;
    std::size_t from = 0;
    for (std::size_t at = key.find(wrap); at != std::string::npos; at = key.find(wrap, from)) {
        text.append(key, from, at - from).push_back(' ');
        from = at + wrap.size();
    }
    return text.append(key, from, std::string::npos);
}

// move_on_ends hands people over from move_on to social_wait, and makes
// casework's people leave their accommodation.
Model handover_model() {
    Model m = example_model();
    m.deadlines[0].divert_to = {5, 9};
    m.deadlines[0].effect = {MoveEffect::handover, MoveEffect::loses_accommodation};
    index_stages(m);
    return m;
}

TEST(PathwayDot, DrawsAHandoverAsASolidBlueArrowAndALossAsADashedOne) {
    std::string dot = pathway_dot(handover_model());
    EXPECT_EQ(statement(dot, "\"move_on\" -> \"social_wait\""),
              "  \"move_on\" -> \"social_wait\" [color=\"#0072B2\", penwidth=1.5, label=<<FONT POINT-SIZE=\"10\">after "
              "28 d (move_on_ends)</FONT><BR/><FONT POINT-SIZE=\"10\">hands over to social_wait</FONT>>];");
    EXPECT_EQ(statement(dot, "\"casework\" -> \"homeless\""),
              "  \"casework\" -> \"homeless\" [color=\"#CC79A7\", penwidth=1.5, style=dashed, label=<<FONT "
              "POINT-SIZE=\"10\">after 28 d (move_on_ends)</FONT><BR/><FONT POINT-SIZE=\"10\">loses their "
              "accommodation</FONT>>];");
    EXPECT_NE(key_text(dot).find("Solid blue lines from a stage: a deadline hands people over, nothing lost."),
              std::string::npos);
}

TEST(PathwayDot, WordsEachEffectOnceAModelSaysAnyButTheDefault) {
    std::string renege = statement(pathway_dot(handover_model()), "\"casework\" -> \"rough_sleeping\"");
    EXPECT_NE(renege.find("gives up after ~10 d</FONT><BR/><FONT POINT-SIZE=\"10\">loses support</FONT>"),
              std::string::npos)
        << renege;
    Model m = example_model();
    m.stages[2].renege_effect = MoveEffect::loses_accommodation;
    std::string dot = pathway_dot(m);
    EXPECT_NE(statement(dot, "\"casework\" -> \"rough_sleeping\"").find("loses their accommodation"),
              std::string::npos);
    EXPECT_NE(statement(dot, "\"casework\" -> \"homeless\"").find("loses support"), std::string::npos);
    EXPECT_EQ(pathway_dot(example_model()).find("loses support"), std::string::npos);
}

TEST(PathwayDot, ColoursAHandoverBlueUnderResultsToo) {
    Results r = example_results();
    DiagramOptions options;
    options.results = &r;
    std::string edge = statement(pathway_dot(handover_model(), options), "\"move_on\" -> \"social_wait\"");
    EXPECT_EQ(attribute(edge, "color"), "\"#0072B2\"") << edge;
    EXPECT_EQ(edge.find("style=dashed"), std::string::npos) << edge;
}

TEST(PathwayDot, LinksASupplyStageToThePlaceItsPeopleKeep) {
    Model m = example_model();
    m.stages[5].held_in = 4;  // social_wait keeps a place in ta
    m.stages[4].label = "TA";
    std::string dot = pathway_dot(m);
    EXPECT_EQ(statement(dot, "\"social_wait\" -> \"ta\""),
              "  \"social_wait\" -> \"ta\" [id=\"held-social_wait\", color=\"#7F7F7F\", penwidth=1.2, style=dashed, "
              "arrowhead=none, constraint=false, label=<<FONT POINT-SIZE=\"10\">keeps a place in TA "
              "while</FONT><BR/><FONT POINT-SIZE=\"10\">waiting</FONT>>];");
    EXPECT_NE(key_text(dot).find("Grey dashed lines without arrowheads: a place kept while waiting."),
              std::string::npos);
    DiagramOptions overview;
    overview.overview = true;
    EXPECT_EQ(attribute(statement(pathway_dot(m, overview), "\"social_wait\" -> \"ta\""), "tooltip"),
              "\"keeps a place in TA while waiting\"");
}

TEST(PathwayDot, DrawsNoHeldPlaceOrHandoverKeyForModelsWithout) {
    std::string dot = pathway_dot(example_model());
    EXPECT_EQ(dot.find("held-"), std::string::npos);
    EXPECT_EQ(dot.find("hands over"), std::string::npos);
    EXPECT_EQ(dot.find("a place kept"), std::string::npos);
}

TEST(PathwayDot, ShowsPlacesPriorityAndSupplyReleases) {
    std::string dot = pathway_dot(example_model());
    EXPECT_NE(statement(dot, "\"casework\" [").find("6 places"), std::string::npos);
    std::string ta = statement(dot, "\"ta\" [");
    EXPECT_NE(ta.find("queue by household:"), std::string::npos) << ta;
    EXPECT_NE(ta.find("family, then"), std::string::npos) << ta;
    std::string supply = statement(dot, "\"social_wait\" [");
    EXPECT_NE(supply.find("shape=cylinder"), std::string::npos);
    EXPECT_NE(supply.find("units: 0.3 a day"), std::string::npos);
    EXPECT_NE(supply.find("+20 on day 400"), std::string::npos);
}

TEST(PathwayDot, MarksSupportAndFlagsStagesWithout) {
    std::string dot = pathway_dot(example_model());
    EXPECT_NE(statement(dot, "\"casework\" [").find("support: Refugee Next Steps"), std::string::npos);
    EXPECT_NE(statement(dot, "\"move_on\" [").find("no support recorded"), std::string::npos);
    EXPECT_EQ(statement(dot, "\"homeless\" [").find("no support recorded"), std::string::npos);
}

TEST(PathwayDot, DrawsArrivalsAsPrefixedEntryNodesWithTheirRate) {
    std::string dot = pathway_dot(example_model());
    EXPECT_NE(statement(dot, "\"arrival.grants\" [").find("1.5 a day"), std::string::npos);
    EXPECT_NE(statement(dot, "\"arrival.grants\" -> \"decision\""), "");
}

TEST(PathwayDot, EscapesQuotesAndMarkupInLabels) {
    Model m = example_model();
    m.stages[2].label = "Say \"hi\" & <b>";
    m.stages[2].note = "a \"quoted\" \\ note";
    std::string node = statement(pathway_dot(m), "\"casework\" [");
    EXPECT_NE(node.find("Say &quot;hi&quot; &amp; &lt;b&gt;"), std::string::npos) << node;
    EXPECT_NE(node.find(R"(tooltip="a \"quoted\" \\ note")"), std::string::npos) << node;
    EXPECT_NO_THROW(render_graphviz(pathway_dot(m), ImageFormat::svg));
}

TEST(PathwayDot, UsesTheTitleGivenOrElseTheModelName) {
    Model m = example_model();
    EXPECT_NE(pathway_dot(m).find("<B>Example</B>"), std::string::npos);
    DiagramOptions options;
    options.title = "Hackney & Co";
    EXPECT_NE(pathway_dot(m, options).find("<B>Hackney &amp; Co</B>"), std::string::npos);
}

TEST(PathwayDotWithResults, WidensEdgesWithTheirFlow) {
    Results results = example_results();
    std::string dot = pathway_dot(example_model(), {&results, nullptr, ""});
    double wide = penwidth(statement(dot, "\"casework\" -> \"prs\""));
    double narrow = penwidth(statement(dot, "\"casework\" -> \"ta\""));
    EXPECT_DOUBLE_EQ(wide, style::max_penwidth);
    EXPECT_GT(wide, narrow);
    EXPECT_GT(narrow, style::min_penwidth);
}

TEST(PathwayDotWithResults, LabelsEdgesWithPeople) {
    Results results = example_results();
    std::string dot = pathway_dot(example_model(), {&results, nullptr, ""});
    EXPECT_NE(statement(dot, "\"casework\" -> \"prs\"").find("180 people"), std::string::npos);
    EXPECT_NE(statement(dot, "\"casework\" -> \"rough_sleeping\"").find("20 people"), std::string::npos);
    EXPECT_NE(statement(dot, "\"casework\" -> \"homeless\"").find("10 people"), std::string::npos);
}

TEST(PathwayDotWithResults, ShadesTheStageWithMostDropOffsDarkest) {
    Results results = example_results();
    std::string dot = pathway_dot(example_model(), {&results, nullptr, ""});
    EXPECT_EQ(attribute(statement(dot, "\"casework\" ["), "fillcolor"),
              "\"" + std::string(style::severity_fill.back()) + "\"");
    EXPECT_EQ(attribute(statement(dot, "\"decision\" ["), "fillcolor"),
              "\"" + std::string(style::severity_fill.front()) + "\"");
    EXPECT_NE(statement(dot, "\"private_tenancy\" [").find("42% of the cohort"), std::string::npos);
}

TEST(PathwayDotWithResults, ReadsMissingOrMalformedFiguresAsZero) {
    EXPECT_THROW(read_results("[]"), BadSummary);
    for (const char* text : {R"({})", R"({"stages": 3, "flows": [1, {"from": 2}], "outcomes": {"homeless": []}})",
                             R"({"stages": {"casework": {"entries": "many"}}, "cohort": null})"}) {
        Results results = read_results(text);
        std::string dot;
        EXPECT_NO_THROW(dot = pathway_dot(example_model(), {&results, &results, ""})) << text;
        EXPECT_NO_THROW(dot = pathway_dot(example_model(), {&results, nullptr, ""})) << text;
        EXPECT_NE(statement(dot, "\"casework\" -> \"prs\"").find("0 people"), std::string::npos) << text;
    }
}

TEST(PathwayDotOverview, KeepsNamesAndFiguresButDropsDetailsClustersAndEdgeLabels) {
    Results results = example_results();
    DiagramOptions options{&results, nullptr, ""};
    options.overview = true;
    std::string dot = pathway_dot(example_model(), options);
    EXPECT_EQ(dot.find("subgraph"), std::string::npos);
    EXPECT_NE(dot.find("concentrate=true"), std::string::npos);
    std::string casework = statement(dot, "\"casework\" [");
    EXPECT_NE(casework.find("300 enter"), std::string::npos) << casework;
    // Details leave the label; the tooltip still says which figure is which.
    const std::string label = casework.substr(casework.find("label="));
    EXPECT_EQ(label.find("places"), std::string::npos) << casework;
    EXPECT_EQ(label.find("Refugee Next Steps caseworker"), std::string::npos) << casework;
    // The figures move from the edge's label to its tooltip.
    std::string edge = statement(dot, "\"casework\" -> \"prs\"");
    EXPECT_EQ(edge.find("label="), std::string::npos) << edge;
    EXPECT_NE(edge.find("tooltip=\"People moving from casework to prs: 180 (mean over replications)"),
              std::string::npos)
        << edge;
    EXPECT_EQ(dot.find("Dashed lines"), std::string::npos);
}

TEST(PathwayDotOverview, StillFlagsStagesWithoutSupport) {
    DiagramOptions options;
    options.overview = true;
    EXPECT_NE(statement(pathway_dot(example_model(), options), "\"prs\" [").find("no support recorded"),
              std::string::npos);
}

TEST(PathwayDotVersus, ColoursChangesByWhetherTheyAreBetterForPeopleNotByMoreOrFewer) {
    Results before = example_results();
    Results after = example_results();
    after.flows[0].figures.set(Metric::flow_count, {215, 0, 215, 215});  // casework -> prs grows by 35
    after.stages[0].figures.set(Metric::reneged, {8, 0, 8, 8});          // fewer give up: 20 -> 8
    std::string dot = pathway_dot(example_model(), {&before, &after, ""});
    std::string route = statement(dot, "\"casework\" -> \"prs\"");
    std::string gave_up = statement(dot, "\"casework\" -> \"rough_sleeping\"");
    EXPECT_EQ(attribute(route, "color"), "\"" + std::string(style::unjudged_colour) + "\"");
    EXPECT_NE(route.find("+35 people"), std::string::npos) << route;
    EXPECT_EQ(attribute(gave_up, "color"), "\"" + std::string(style::better_colour) + "\"");
    EXPECT_NE(gave_up.find("-12 people"), std::string::npos) << gave_up;
    EXPECT_GT(penwidth(route), penwidth(gave_up));
}

TEST(PathwayDotVersus, DrawsAChangeWithinTheNoiseAsNoClearChange) {
    Results before = example_results();
    Results after = example_results();
    before.flows[0].figures.set(Metric::flow_count, {180, 30, 150, 210});
    after.flows[0].figures.set(Metric::flow_count, {215, 30, 185, 245});  // +35, inside the noise
    std::string route = statement(pathway_dot(example_model(), {&before, &after, ""}), "\"casework\" -> \"prs\"");
    EXPECT_EQ(attribute(route, "color"), "\"" + std::string(style::noise_colour) + "\"");
    EXPECT_NE(route.find("no clear change"), std::string::npos) << route;
}

TEST(PathwayDotVersus, NamesBothRunsAndExplainsTheColours) {
    Results before = example_results();
    Results after = example_results();
    after.scenarios = {"More caseworkers"};
    DiagramOptions options{&before, &after, ""};
    options.overview = true;
    std::string dot = pathway_dot(example_model(), options);
    EXPECT_NE(dot.find("What changes from the model as written (first run) to More caseworkers (second run)"),
              std::string::npos);
    EXPECT_NE(dot.find("Green: better"), std::string::npos);
}

TEST(PathwayDotVersus, ShowsChangesInDropOffsAndWaitsOnStages) {
    Results before = example_results();
    Results after = example_results();
    StageResult& casework = after.stages[0];
    ASSERT_EQ(casework.id, "casework");
    casework.figures.set(Metric::drop_offs_after, {35, 0, 35, 35});
    casework.figures.set(Metric::mean_wait_days, {9, 0, 9, 9});
    std::string node = statement(pathway_dot(example_model(), {&before, &after, ""}), "\"casework\" [");
    EXPECT_NE(node.find("drop-offs after +5"), std::string::npos) << node;
    EXPECT_NE(node.find("mean wait -3 days"), std::string::npos) << node;
    EXPECT_EQ(attribute(node, "fillcolor"), "\"" + std::string(style::worse_fill) + "\"");
}

// Checks that every tag is closed in order: enough to catch truncated or garbled SVG.
bool tags_balance(const std::string& xml) {
    std::vector<std::string> open;
    for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
        std::size_t end = xml.find('>', at);
        if (end == std::string::npos) return false;
        std::string tag = xml.substr(at + 1, end - at - 1);
        if (tag.empty() || tag[0] == '?' || tag[0] == '!' || tag.back() == '/') continue;
        std::string name = tag.substr(tag[0] == '/' ? 1 : 0);
        name = name.substr(0, name.find_first_of(" \n\t"));
        if (tag[0] != '/') {
            open.push_back(name);
        } else if (open.empty() || open.back() != name) {
            return false;
        } else {
            open.pop_back();
        }
    }
    return open.empty();
}

TEST(RenderGraphviz, ProducesWellFormedSvg) {
    Results results = example_results();
    std::string svg = render_graphviz(pathway_dot(example_model(), {&results, nullptr, ""}), ImageFormat::svg);
    EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    ASSERT_GE(svg.size(), 7u);
    EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
    EXPECT_TRUE(tags_balance(svg));
}

TEST(RenderGraphviz, ProducesPng) {
    std::string png = render_graphviz(pathway_dot(example_model()), ImageFormat::png);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST(RenderGraphviz, ReturnsDotUnchanged) {
    EXPECT_EQ(render_graphviz("digraph { a -> b }", ImageFormat::dot), "digraph { a -> b }");
}

TEST(RenderGraphviz, ThrowsOnBadDotWithoutWritingToStderr) {
    ::testing::internal::CaptureStderr();
    EXPECT_THROW(render_graphviz("digraph { a -> ", ImageFormat::svg), std::runtime_error);
    EXPECT_THROW(render_graphviz("not a graph at all", ImageFormat::png), std::runtime_error);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

TEST(RenderGraphviz, NamesTheProblemInItsMessage) {
    try {
        render_graphviz("digraph { a -> ", ImageFormat::svg);
        FAIL() << "expected an exception";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace pathways
