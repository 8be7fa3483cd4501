// The example model of the format description loads into the right Model.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "model/pathway_graph.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;

const Stage& stage(const Model& m, const std::string& id) { return m.stages.at(*m.find_stage(id)); }

class ExampleModel : public ::testing::Test {
protected:
    void SetUp() override {
        result = load(example());
        ASSERT_TRUE(result.ok()) << all_diagnostics(result);
    }
    const Model& model() const { return *result.model; }
    LoadResult result;
};

TEST_F(ExampleModel, LoadsWithoutAnyDiagnostic) { EXPECT_TRUE(result.diagnostics.empty()) << all_diagnostics(result); }

TEST_F(ExampleModel, KeepsStagesInDocumentOrder) {
    ASSERT_EQ(model().stages.size(), 10u);
    EXPECT_EQ(model().stages[0].id, "decision");
    EXPECT_EQ(model().stages[9].id, "homeless");
}

TEST_F(ExampleModel, DecidesEachStageKindByItsKeys) {
    EXPECT_EQ(stage(model(), "decision").kind, StageKind::delay);
    EXPECT_EQ(stage(model(), "casework").kind, StageKind::service);
    EXPECT_EQ(stage(model(), "social_wait").kind, StageKind::supply);
    EXPECT_EQ(stage(model(), "rough_sleeping").kind, StageKind::outcome);
    EXPECT_EQ(stage(model(), "rough_sleeping").outcome, OutcomeKind::drop_off);
    EXPECT_EQ(stage(model(), "social_tenancy").outcome, OutcomeKind::settled);
}

TEST_F(ExampleModel, ReadsCapacities) {
    EXPECT_EQ(stage(model(), "casework").capacity, 6u);
    EXPECT_EQ(stage(model(), "ta").capacity, 200u);
}

TEST_F(ExampleModel, TurnsLognormalMedianAndP90IntoMuAndSigma) {
    const Duration& d = *stage(model(), "move_on").duration;
    EXPECT_EQ(d.kind, DistKind::lognormal);
    EXPECT_DOUBLE_EQ(d.a, std::log(20.0));
    EXPECT_DOUBLE_EQ(d.b, (std::log(40.0) - std::log(20.0)) / 1.2815515655446004);
}

TEST_F(ExampleModel, TurnsGammaMeanAndSdIntoShapeAndScale) {
    const Duration& d = *stage(model(), "casework").duration;
    EXPECT_EQ(d.kind, DistKind::gamma);
    EXPECT_DOUBLE_EQ(d.a, (30.0 / 12) * (30.0 / 12));
    EXPECT_DOUBLE_EQ(d.b, 144.0 / 30);
}

TEST_F(ExampleModel, ReadsAPlainNumberAsAFixedDuration) {
    const Duration& d = *stage(model(), "decision").duration;
    EXPECT_EQ(d.kind, DistKind::fixed);
    EXPECT_EQ(d.a, 0);
}

TEST_F(ExampleModel, ReadsTriangularAndExponentialParameters) {
    const Duration& t = *stage(model(), "prs").duration;
    EXPECT_EQ(t.kind, DistKind::triangular);
    EXPECT_EQ(t.a, 5);
    EXPECT_EQ(t.b, 20);
    EXPECT_EQ(t.c, 60);
    EXPECT_EQ(stage(model(), "casework").patience->a, 10);
    EXPECT_EQ(stage(model(), "casework").on_renege, model().find_stage("rough_sleeping"));
}

TEST_F(ExampleModel, ReadsTheArrivalMixAsShareVectors) {
    ASSERT_EQ(model().arrivals.size(), 1u);
    EXPECT_THAT(model().arrivals[0].mix, ElementsAre(ElementsAre(0.7, 0.3)));
}

TEST_F(ExampleModel, ReadsTheArrivalPlan) {
    const ArrivalStream& a = model().arrivals[0];
    EXPECT_EQ(a.to, *model().find_stage("decision"));
    EXPECT_EQ(a.plan.rate_per_day, 1.5);
    ASSERT_EQ(a.plan.schedule.size(), 1u);
    EXPECT_EQ(a.plan.schedule[0].to_day, 90);
    ASSERT_EQ(a.plan.batches.size(), 1u);
    EXPECT_EQ(a.plan.batches[0].size, 80u);
    EXPECT_TRUE(a.in_cohort);
}

TEST_F(ExampleModel, RanksPriorityValuesInTheOrderGiven) {
    const auto& rule = stage(model(), "ta").priority;
    ASSERT_TRUE(rule);
    EXPECT_EQ(rule->attribute, 0u);
    EXPECT_THAT(rule->rank_of_value, ElementsAre(1u, 0u));  // single second, family first
    EXPECT_FALSE(stage(model(), "casework").priority);
}

TEST_F(ExampleModel, TurnsWhenIntoConditions) {
    const auto& next = stage(model(), "move_on").next;
    ASSERT_EQ(next.size(), 3u);
    ASSERT_EQ(next[2].when.size(), 1u);
    EXPECT_EQ(next[2].when[0].attribute, 0u);
    EXPECT_EQ(next[2].when[0].value, 1u);
    EXPECT_EQ(next[2].to, *model().find_stage("ta"));
}

TEST_F(ExampleModel, ReadsSupplyCostAndSupport) {
    EXPECT_EQ(stage(model(), "social_wait").supply->rate_per_day, 0.3);
    EXPECT_EQ(stage(model(), "ta").cost.per_day, 40);
    EXPECT_THAT(stage(model(), "casework").support, ElementsAre("Refugee Next Steps caseworker"));
}

TEST_F(ExampleModel, ReadsTheDeadline) {
    ASSERT_EQ(model().deadlines.size(), 1u);
    const Deadline& d = model().deadlines[0];
    EXPECT_EQ(d.starts_at, *model().find_stage("decision"));
    EXPECT_EQ(d.after.a, 28);
    EXPECT_THAT(d.applies_to, ElementsAre(*model().find_stage("move_on"), *model().find_stage("casework")));
    EXPECT_THAT(d.divert_to, ElementsAre(*model().find_stage("homeless"), *model().find_stage("homeless")));
}

TEST_F(ExampleModel, ReadsSimulationSettings) {
    EXPECT_EQ(model().simulation.horizon_days, 1825);
    EXPECT_EQ(model().simulation.warmup_days, 365);
    EXPECT_EQ(model().simulation.replications, 50u);
    EXPECT_EQ(model().simulation.seed, 2026u);
    EXPECT_FALSE(model().simulation.follow_up_days);
}

TEST_F(ExampleModel, BuildsTheGraphWithRouteRenegeAndDeadlineEdges) {
    // 1 + 3 + 2 + 1 + 1 + 2 routes, 1 renege, 2 deadline diversions.
    EXPECT_EQ(boost::num_edges(pathway_graph(model())), 13u);
}

TEST(LoadModel, AnAttributeLeftOutOfAMixGetsItsFirstValue) {
    Json doc = with(example(), "/attributes/tenure", Json::array({"asylum_hotel", "dispersal"}));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(r.model->arrivals[0].mix, ElementsAre(ElementsAre(0.7, 0.3), ElementsAre(1.0, 0.0)));
}

TEST(LoadModel, TheCanonicalHashIgnoresKeyOrderAndSpacing) {
    Json a = Json::parse(R"({"b": 1, "a": [1, 2]})");
    Json b = Json::parse(R"({ "a": [1,2], "b": 1 })");
    EXPECT_EQ(load(a).canonical_sha256, load(b).canonical_sha256);
    EXPECT_EQ(load(a).canonical_sha256, sha256_hex(R"({"a":[1,2],"b":1})"));
}

TEST(LoadModel, AMetricTargetIsStoredAsANumeratorAlone) {
    Json doc = with(example(), "/targets/rough", Json::parse(R"({"metric": "outcomes.rough_sleeping.share",
                                                                   "low": 0.1, "high": 0.3, "label": "Rough"})"));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->targets.size(), 1u);
    EXPECT_THAT(r.model->targets[0].numerator, ElementsAre("outcomes.rough_sleeping.share"));
    EXPECT_TRUE(r.model->targets[0].denominator.empty());
    EXPECT_EQ(r.model->targets[0].label, "Rough");
}

TEST(LoadModel, InitialOccupantsAreRead) {
    Json doc =
        with(example(), "/stages/ta/initial", Json::parse(R"({"count": 150, "mix": {"household": {"family": 1}}})"));
    LoadResult r = load(doc);
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    const Stage& ta = r.model->stages[*r.model->find_stage("ta")];
    EXPECT_EQ(ta.initial.count, 150u);
    EXPECT_THAT(ta.initial.mix, ElementsAre(ElementsAre(0.0, 1.0)));
}

TEST(LoadModel, AStageNoArrivalReachesIsOnlyAWarning) {
    Json doc =
        with(example(), "/stages/orphan", Json::parse(R"({"duration": 1, "next": [{"to": "homeless", "p": 1}]})"));
    LoadResult r = load(doc);
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(messages_at(r, "/stages/orphan", Diagnostic::Severity::warning),
                ElementsAre("no arrival reaches this stage"));
}

TEST(LoadModel, InitialOccupantsCountAsAWayIntoAStage) {
    Json doc = with(example(), "/stages/orphan",
                    Json::parse(R"({"duration": 1, "initial": {"count": 3}, "next": [{"to": "homeless", "p": 1}]})"));
    LoadResult r = load(doc);
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r);
}

}  // namespace
}  // namespace pathways
