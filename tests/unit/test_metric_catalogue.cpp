// The metric catalogue is the one list of metrics: the runner's columns, the
// paths targets may name, the summary's JSON and the labels all agree with it.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "metrics/metric_layout.h"
#include "report/results/results_json.h"
#include "run/results_builder.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

class MetricCatalogue : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        loaded = load_model_file(std::string(PATHWAYS_SOURCE_DIR) + "/" + GetParam());
        ASSERT_TRUE(loaded.ok()) << testing::all_diagnostics(loaded);
        model = &*loaded.model;
    }
    // The model over at most 200 days from day 0, run twice.
    RunResults run_short(Model& short_run) const {
        RunRequest request;
        request.replications = 2;
        short_run = *model;
        short_run.simulation.horizon_days = std::min(short_run.simulation.horizon_days, 200.0);
        short_run.simulation.warmup_days = 0;
        return run_model(short_run, request);
    }
    LoadResult loaded;
    const Model* model = nullptr;
};

TEST_P(MetricCatalogue, ColumnsAreTheValidatorsPathsFollowedByTheTargets) {
    const ModelIndex index(*model);
    const MetricLayout layout(*model, index);
    std::vector<std::string> expected = metric_paths(*model);
    for (const Target& t : model->targets) expected.push_back("targets." + t.id + ".value");
    EXPECT_EQ(layout.paths(), expected);
}

TEST_P(MetricCatalogue, EveryColumnPathIsOneATargetMayName) {
    const ModelIndex index(*model);
    const MetricLayout layout(*model, index);
    for (std::size_t c = 0; c < layout.size(); ++c) {
        const bool target = layout.columns()[c].metric == Metric::target_value;
        EXPECT_EQ(is_metric_path(*model, layout.paths()[c]), !target) << layout.paths()[c];
    }
}

TEST_P(MetricCatalogue, NoPathIsListedTwice) {
    const std::vector<std::string> paths = metric_paths(*model);
    EXPECT_EQ(std::set<std::string>(paths.begin(), paths.end()).size(), paths.size());
}

TEST_P(MetricCatalogue, EveryColumnHasItsPlaceInTheSummary) {
    Model short_run;
    const RunResults run = run_short(short_run);
    const Json summary = summary_json(build_results(short_run, run, {}));
    const auto& columns = run.layout->columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const MetricColumn& col = columns[c];
        std::vector<std::string> parts = metric_path_parts(short_run, run.compiled->index, col.metric, col.item);
        if (parts.front() == "flows") continue;  // an array of {from, to, count}
        if (parts.front() == "targets") parts.back() = "value";
        Json::json_pointer p;
        for (const auto& part : parts) p /= part;
        ASSERT_TRUE(summary.contains(p)) << run.layout->paths()[c];
        EXPECT_DOUBLE_EQ(summary.at(p)["mean"].get<double>(), run.stats[c].mean) << run.layout->paths()[c];
    }
}

// summary.json is written an item at a time: the same bytes as the whole tree's dump.
TEST_P(MetricCatalogue, SummaryTextIsTheTreesDump) {
    Model short_run;
    const RunResults run = run_short(short_run);
    const Results results = build_results(short_run, run, {});
    const std::string text = summary_json_text(results);
    EXPECT_EQ(text, summary_json(results).dump(2) + "\n");
    std::ostringstream stream;
    write_summary_json(stream, results);
    EXPECT_EQ(stream.str(), text);
}

TEST_P(MetricCatalogue, LabelsNameTheirItemInWords) {
    const ModelIndex index(*model);
    const MetricLayout layout(*model, index);
    for (const MetricColumn& c : layout.columns()) {
        const std::string label = metric_label(*model, index, c.metric, c.item);
        EXPECT_FALSE(label.empty());
        EXPECT_EQ(label.find('{'), std::string::npos) << label;
    }
}

INSTANTIATE_TEST_SUITE_P(BundledModels, MetricCatalogue,
                         ::testing::Values("models/example.json", "models/hackney.json",
                                           "tests/data/valid/example.json"));

TEST(MetricCatalogueTable, ListsEachMetricOnceInItsOwnSlot) {
    const auto& table = metric_catalogue();
    for (std::size_t i = 0; i < table.size(); ++i) EXPECT_EQ(static_cast<std::size_t>(table[i].metric), i);
}

TEST(MetricCatalogueTable, TakesEveryMetricButTargetsFromTheTallies) {
    for (const MetricDef& d : metric_catalogue()) EXPECT_EQ(d.take == nullptr, d.metric == Metric::target_value);
}

TEST(MetricCatalogueTable, GivesEachGapKindItsCountAndTiming) {
    for (GapKind kind : all_gap_kinds) {
        EXPECT_EQ(metric_def(gap_people_metric(kind)).scope, MetricScope::stage);
        EXPECT_NE(std::string(metric_def(gap_days_p50_metric(kind)).name).find(gap_kind_name(kind)), std::string::npos);
        EXPECT_NE(std::string(metric_def(gap_days_p90_metric(kind)).name).find(gap_kind_name(kind)), std::string::npos);
    }
}

}  // namespace
}  // namespace pathways
