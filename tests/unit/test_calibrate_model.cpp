// Building a model from case records: outcomes, open cases, shares, splits by
// attribute, arrivals, sources, and no case identifier anywhere.
#include <cmath>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/results/calibrate_document.h"
#include "sim/random.h"

namespace pathways {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const CalibratedStage& stage(const Calibration& c, const std::string& id) {
    for (const CalibratedStage& s : c.stages) {
        if (s.id == id) return s;
    }
    throw std::runtime_error("no stage " + id);
}

double share(const Calibration& c, const std::string& from, const std::string& to) {
    double p = 0;
    for (const CalibratedEdge& e : stage(c, from).next) p += c.stages[e.to].id == to ? e.p : 0;
    return p;
}

const CaseRecordOptions households{{"household"}};

// `n` cases arriving one a day: triage, then housed with probability
// p_single (singles) or p_family (families), else rough_sleeping; every
// `open_every`-th case is still at triage when the data end.
std::string records(int n, double p_single, double p_family, int open_every = 0) {
    Rng rng(5, 0, StreamPurpose::stage_route, 0);
    std::ostringstream csv;
    csv << "case_id,stage,date,household\n";
    for (int i = 0; i < n; ++i) {
        const bool family = i % 2 == 1;
        csv << "ID-" << i << ",Triage," << i << "," << (family ? "family" : "single") << "\n";
        if (open_every > 0 && i % open_every == 0) continue;
        const bool housed = rng.uniform() < (family ? p_family : p_single);
        csv << "ID-" << i << "," << (housed ? "Housed" : "Rough sleeping") << "," << i + 3 + i % 5 << ","
            << (family ? "family" : "single") << "\n";
    }
    return csv.str();
}

TEST(Calibrate, MakesStagesNoCaseLeavesIntoOutcomesWithGuessedKinds) {
    Calibration c = calibrate(read_case_records(records(100, 0.7, 0.7), households));
    EXPECT_FALSE(stage(c, "triage").outcome);
    EXPECT_TRUE(stage(c, "housed").outcome);
    EXPECT_EQ(stage(c, "housed").kind, OutcomeKind::settled);
    EXPECT_EQ(stage(c, "rough_sleeping").kind, OutcomeKind::drop_off);
}

TEST(Calibrate, RecoversTransitionShares) {
    // 2000 moves out of triage at .7: four standard errors are about .04.
    Calibration c = calibrate(read_case_records(records(2000, 0.7, 0.7), households));
    EXPECT_NEAR(share(c, "triage", "housed"), 0.7, 4 * std::sqrt(0.7 * 0.3 / 2000));
    EXPECT_FALSE(stage(c, "triage").split_by.has_value());
}

TEST(Calibrate, SplitsSharesByAnAttributeWhoseValuesDiffer) {
    Calibration c = calibrate(read_case_records(records(400, 0.9, 0.3), households));
    const CalibratedStage& triage = stage(c, "triage");
    ASSERT_TRUE(triage.split_by.has_value());
    double single_housed = 0;
    for (const CalibratedEdge& e : triage.next) {
        ASSERT_TRUE(e.when.has_value());
        if (e.when->value == 0 && c.stages[e.to].id == "housed") single_housed = e.p;
    }
    EXPECT_NEAR(single_housed, 0.9, 4 * std::sqrt(0.9 * 0.1 / 200));
}

TEST(Calibrate, PoolsSharesWhenAValueHasFewerThanTenMovesOut) {
    Calibration c = calibrate(read_case_records(records(16, 1.0, 0.0), households));
    EXPECT_FALSE(stage(c, "triage").split_by.has_value());
}

TEST(Calibrate, CountsOpenCasesAsCensoredStaysNotAsOutcomes) {
    Calibration c = calibrate(read_case_records(records(100, 0.7, 0.7, 10), households));
    EXPECT_EQ(c.open_cases, 10u);
    EXPECT_EQ(stage(c, "triage").fit->n, 90u);
    EXPECT_EQ(stage(c, "triage").fit->n_censored, 10u);
    EXPECT_EQ(stage(c, "triage").departures, 90u);
}

TEST(Calibrate, SetsTheArrivalRateToCasesOverTheSpanOfFirstDates) {
    Calibration c = calibrate(read_case_records(records(100, 0.7, 0.7), households));
    ASSERT_EQ(c.arrivals.size(), 1u);
    EXPECT_DOUBLE_EQ(c.arrivals[0].rate_per_day, 100.0 / 99);
    EXPECT_DOUBLE_EQ(c.arrivals[0].mix[0][0], 0.5);
}

TEST(Calibrate, MakesCasesStartingOnOneDayABatch) {
    Calibration c = calibrate(read_case_records("case_id,stage,date\na,x,5\nb,x,5\na,done,8\nb,done,9\n"));
    ASSERT_TRUE(c.arrivals[0].batch.has_value());
    EXPECT_EQ(c.arrivals[0].batch->size, 2u);
}

TEST(Calibrate, OpensOneStreamPerFirstStage) {
    Calibration c = calibrate(read_case_records("case_id,stage,date\na,x,0\nb,y,4\na,done,8\nb,done,9\n"));
    ASSERT_EQ(c.arrivals.size(), 2u);
    EXPECT_DOUBLE_EQ(c.arrivals[1].rate_per_day, 1.0 / 4);
}

TEST(Calibrate, WarnsAboutStagesWithFewMovesByStageName) {
    Calibration c = calibrate(read_case_records("case_id,stage,date\nSECRET-1,x,0\nSECRET-1,done,8\n"));
    ASSERT_FALSE(c.warnings.empty());
    EXPECT_THAT(c.warnings[0], HasSubstr("stage x: only 1 recorded move out"));
}

TEST(Calibrate, RefusesRecordsWhereEveryStageIsLeft) {
    EXPECT_THROW(calibrate(read_case_records("case_id,stage,date\na,x,0\na,y,2\nb,y,1\nb,x,3\n")), CaseRecordProblems);
}

TEST(CalibrationDocument, GivesEveryEstimateASourceAndNoCaseIdentifier) {
    Calibration c = calibrate(read_case_records(records(100, 0.7, 0.7, 10), households));
    Json doc = calibration_document(c, "events.csv");
    const std::string text = doc.dump();
    EXPECT_EQ(doc["format"], "pathways/1");
    EXPECT_EQ(doc["stages"]["triage"]["sources"]["duration"], "calibrated from 100 cases in events.csv");
    EXPECT_EQ(doc["arrivals"]["cases"]["source"], "calibrated from 100 cases in events.csv");
    EXPECT_EQ(doc["stages"]["housed"]["outcome"], "settled");
    EXPECT_THAT(doc["note"].get<std::string>(), HasSubstr("Outcome kinds were guessed"));
    EXPECT_THAT(text, Not(HasSubstr("ID-")));
}

TEST(CalibrationDocument, WritesTheFittedDurationAndShares) {
    Calibration c = calibrate(read_case_records(records(100, 0.7, 0.7), households));
    Json doc = calibration_document(c, "events.csv");
    const Json& triage = doc["stages"]["triage"];
    EXPECT_TRUE(triage["duration"].is_object());
    double total = 0;
    for (const Json& e : triage["next"]) total += e["p"].get<double>();
    EXPECT_NEAR(total, 1.0, 1e-12);
    EXPECT_THAT(triage["note"].get<std::string>(), HasSubstr("chosen by AICc"));
    EXPECT_EQ(doc["simulation"]["horizon_days"], 99.0);
}

}  // namespace
}  // namespace pathways
