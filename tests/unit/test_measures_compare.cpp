// Format 1.2 measures in a what-if comparison: paired differences under the
// measures' names, and a verdict on the headline measures, so that moving
// people into a stage with another name is not judged better for them.
#include <gtest/gtest.h>

#include "report/results/comparison_table.h"
#include "run/comparison.h"
#include "run/results_builder.h"
#include "run_helpers.h"
#include "test_load_fixture.h"

namespace pathways::testing {
namespace {

const std::string casework_dir = std::string(PATHWAYS_SOURCE_DIR) + "/tests/data/measures/";

Model casework_model(bool doubled, bool measures) {
    std::vector<std::string> scenarios;
    if (doubled) scenarios.push_back(casework_dir + "casework_doubled.json");
    LoadResult r = load_model_file(casework_dir + "casework.json", scenarios);
    if (!r.ok()) throw std::runtime_error(all_diagnostics(r));
    if (!measures) r.model->measures.clear();
    return *r.model;
}

const MetricDifference& difference_at(const std::vector<MetricDifference>& all, const std::string& path) {
    for (const auto& d : all) {
        if (d.path == path) return d;
    }
    throw std::runtime_error("no difference for " + path);
}

struct Compared {
    explicit Compared(bool measures = true)
        : base(casework_model(false, measures)), doubled(casework_model(true, measures)) {}
    Model base, doubled;
    RunResults base_run = run(base);
    RunResults doubled_run = run(doubled);
    std::vector<MetricDifference> differences = paired_differences(base_run, doubled_run);

    // The table's words on one line each run of spaces and line breaks, as wrapping falls.
    std::string table() {
        Results baseline = build_results(base, base_run, {});
        ScenarioComparison s{"Casework doubled",
                             "",
                             build_results(doubled, doubled_run, {}),
                             differences,
                             {},
                             {},
                             paired_sum(base_run, doubled_run, settled_share_paths(base, *base_run.layout))};
        std::string text = comparison_table(base, baseline, {s}, false), out;
        for (char ch : text) {
            const bool space = ch == ' ' || ch == '\n';
            if (!space || (!out.empty() && out.back() != ' ')) out.push_back(space ? ' ' : ch);
        }
        return out;
    }
};

TEST(MeasuresCompare, EachMeasureHasAPairedDifferenceUnderItsName) {
    Compared c;
    const MetricDifference& casework = difference_at(c.differences, "measures.had_casework.per_year");
    EXPECT_GT(casework.difference.mean, 0);
    EXPECT_TRUE(casework.clear());
    EXPECT_GT(difference_at(c.differences, "measures.had_casework.share").difference.lo, 0.2);
    // Everyone loses their housing with nowhere to go either way, replication by replication.
    const MetricDifference& lost = difference_at(c.differences, "measures.nowhere_to_go.per_year");
    EXPECT_EQ(lost.difference.mean, 0);
    EXPECT_EQ(lost.difference.sd, 0);
    EXPECT_GT(lost.baseline.mean, 0);
}

TEST(MeasuresCompare, MovingPeopleIntoADifferentlyNamedStageIsNotJudgedBetterOnHeadlineMeasures) {
    Compared c;
    // The homeless outcome's share falls clearly: without measures, that reads as better.
    EXPECT_TRUE(difference_at(c.differences, "outcomes.homeless.share").clear());
    Compared without(false);
    EXPECT_NE(without.table().find("Verdict: better for people"), std::string::npos) << without.table();
    const std::string judged = c.table();
    EXPECT_NE(judged.find("Verdict: no headline measure for people changes beyond the simulation's noise, judged on "
                          "the model's headline measures."),
              std::string::npos)
        << judged;
}

}  // namespace
}  // namespace pathways::testing
