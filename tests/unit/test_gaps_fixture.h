#pragma once
// The model behind tests/data/gaps_summary.json, built in code, and the
// fixture files read as JSON. The summary's figures are invented so that the
// gaps have a known order: casework waits (250 people), social-let waits
// (143), private-rental drop-offs (64.5, no support), casework drop-offs
// (33.4), casework reneges (30), the move-on deadline at casework (3.4).
// Temporary accommodation waits average 3 days: below the threshold.
#include <fstream>
#include <sstream>
#include <string>

#include "format/load.h"
#include "metrics/metric_layout.h"
#include "model_builder.h"
#include "report/results/results_json.h"
#include "run/comparison.h"

namespace pathways::testing {

inline Json read_fixture(const std::string& name) {
    std::ifstream in(std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return Json::parse(text.str());
}

// The what-ifs of a `pathways-comparison/1` fixture, as typed comparisons.
inline std::vector<ScenarioComparison> comparisons_from(const Model& model, const Json& scenarios) {
    const ModelIndex index(model);
    const MetricLayout layout(model, index);
    std::vector<ScenarioComparison> out;
    for (const Json& s : scenarios) {
        ScenarioComparison c{s.value("name", ""), s.value("file", ""), read_summary_json(s["summary"]), {}, {}, {}, {}};
        for (const auto& [path, stat] : s["differences"].items()) {
            if (auto column = layout.find(path))
                c.differences.push_back({path, layout.columns()[*column], {}, {}, stat_from_json(stat)});
        }
        out.push_back(std::move(c));
    }
    return out;
}

inline Model gap_fixture_model() {
    ModelBuilder b;
    b.settings(900, 400, 10, 7).attribute("household", {"single", "family"});
    b.delay("decision", fixed(0), {{"casework", 1}});
    b.service("casework", 4, exponential(20), {{"prs", 0.6}, {"ta", 0.4}});
    b.delay("prs", exponential(30), {{"private_tenancy", 0.7}, {"homeless", 0.3}});
    b.service("ta", 50, exponential(100), {{"social_wait", 1}});
    b.supply("social_wait", 0.3, {{"social_tenancy", 1}});
    b.outcome("private_tenancy");
    b.outcome("social_tenancy");
    b.outcome("rough_sleeping", OutcomeKind::drop_off);
    b.outcome("homeless", OutcomeKind::drop_off);
    b.arrivals("decision", 0.8);
    b.renege_to("casework", "rough_sleeping", exponential(20));
    b.deadline("decision", fixed(28), {"casework"}, "homeless");
    Model m = b.build();
    m.name = "Gap fixture";
    auto stage = [&](const char* id) -> Stage& { return m.stages[*m.find_stage(id)]; };
    stage("decision").label = "Decision received";
    stage("decision").support = {"Decision letter"};
    stage("casework").label = "Housing casework";
    stage("casework").support = {"Caseworker", "Interpreter"};
    stage("casework").evidence = {
        {"People said the wait for a first appointment felt endless.", "focus group, spring", "testimony"}};
    stage("prs").label = "Searching for a private let";
    stage("prs").note = "No deposit help in this fixture.";
    stage("ta").label = "Temporary accommodation";
    stage("ta").support = {"TA officer"};
    stage("social_wait").label = "Waiting for a social let";
    stage("social_wait").support = {"Housing register"};
    stage("private_tenancy").label = "Private tenancy";
    stage("social_tenancy").label = "Social tenancy";
    stage("rough_sleeping").label = "Sleeping rough";
    stage("homeless").label = "Homeless";
    return m;
}

}  // namespace pathways::testing
