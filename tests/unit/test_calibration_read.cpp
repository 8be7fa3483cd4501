// Reading calibration.json back for the report: the fields it shows, and a
// hand-edited file refused with the pointer of what is wrong, never a crash.
#include <gtest/gtest.h>

#include <functional>

#include "report/results/calibration_read.h"

namespace pathways {
namespace {

Json calibration() {
    return Json::parse(R"({
      "format": "pathways-calibration/1",
      "model": {"name": "m", "file": "m.json", "sha256": "a", "uncertainty_sha256": "b"},
      "parameters": {
        "places": {"label": "casework places", "prior": [3, 8], "region": [5, 8], "narrowed": true},
        "time": {"label": "casework time", "prior": [0.6, 1.6], "region": [0.62, 1.57], "narrowed": false}
      },
      "waves": [{"wave": 1, "tried": 200, "kept": 61, "narrowed": ["places"]},
                {"wave": 2, "tried": 200, "kept": 40, "narrowed": []}],
      "targets": {
        "rough": {"label": "Rough", "role": "calibration", "fitted": true, "scenario": null, "low": 0.1, "high": 0.3,
                  "source": "s", "met_share": 0.95},
        "b2023:rough": {"label": "Rough 2023", "role": "validation", "scenario": "b2023", "low": 0.2, "high": 0.4,
                        "source": "s", "met_share": 0.125}
      },
      "worlds_kept": 40,
      "stopped": "the waves asked for were run"
    })");
}

TEST(CalibrationRead, ReadsTheFieldsTheReportShows) {
    const CalibrationDigest c = read_calibration_json(calibration());
    EXPECT_EQ(c.uncertainty_sha256, "b");
    ASSERT_EQ(c.parameters.size(), 2u);
    EXPECT_EQ(c.parameters[0].id, "places");
    EXPECT_EQ(c.parameters[0].prior.low, 3);
    ASSERT_TRUE(c.parameters[1].region.has_value());
    EXPECT_EQ(c.parameters[1].region->high, 1.57);
    EXPECT_TRUE(c.parameters[0].narrowed);
    ASSERT_EQ(c.waves.size(), 2u);
    EXPECT_EQ(c.waves[1].kept, 40u);
    const auto* backtest = c.find_target("b2023:rough");
    ASSERT_NE(backtest, nullptr);
    EXPECT_TRUE(backtest->validation);
    EXPECT_EQ(backtest->scenario, "b2023");
    EXPECT_EQ(backtest->met_share, 0.125);
    EXPECT_FALSE(c.find_target("rough")->validation);
    EXPECT_TRUE(c.find_target("rough")->fitted);
    EXPECT_FALSE(backtest->fitted);
    EXPECT_EQ(c.worlds_kept, 40u);
}

TEST(CalibrationRead, ACalibrationThatKeptNoneHasNoSharesAndSaysWhatCannotBeMet) {
    Json j = calibration();
    j["worlds_kept"] = 0;
    for (auto& [id, p] : j["parameters"].items()) p["region"] = nullptr;
    for (auto& [name, t] : j["targets"].items()) t["met_share"] = nullptr;
    j["cannot_meet"] = Json::parse(R"({"targets": ["rough", "b2023:rough"], "pairs": [["rough", "b2023:rough"]]})");
    const CalibrationDigest c = read_calibration_json(j);
    EXPECT_FALSE(c.find_target("rough")->met_share.has_value());
    ASSERT_EQ(c.cannot_meet_pairs.size(), 1u);
    EXPECT_EQ(c.cannot_meet_pairs[0].second, "b2023:rough");
}

std::string problem(const Json& j) {
    try {
        read_calibration_json(j);
    } catch (const BadCalibration& e) {
        return e.what();
    }
    return "";
}

TEST(CalibrationRead, NamesThePointerOfAWrongField) {
    Json j = calibration();
    j["format"] = "pathways-sensitivity/1";
    EXPECT_NE(problem(j).find("/format"), std::string::npos);
    j = calibration();
    j["targets"]["rough"]["met_share"] = 1.5;
    EXPECT_NE(problem(j).find("/targets/rough/met_share"), std::string::npos);
    j = calibration();
    j["parameters"]["time"]["prior"] = Json::array({2, 1});
    EXPECT_NE(problem(j).find("/parameters/time/prior: low is above high"), std::string::npos);
    j = calibration();
    j["waves"][0]["kept"] = 201;
    EXPECT_NE(problem(j).find("/waves/0"), std::string::npos);
    j = calibration();
    j["worlds_kept"] = 0;
    EXPECT_NE(problem(j).find("must be null when no world was kept"), std::string::npos);
    j = calibration();
    j["targets"]["b2023:rough"]["fitted"] = true;
    EXPECT_NE(problem(j).find("/targets/b2023:rough/fitted: a validation target is never fitted"), std::string::npos);
}

// Every value of the document, in turn, of every other JSON type.
void each_value(Json& j, const std::function<void()>& visit) {
    const Json replacements[] = {nullptr, -1, 2.5, "text", Json::array(), Json::object(), true};
    for (auto& [key, value] : j.items()) {
        const Json kept = value;
        for (const Json& r : replacements) {
            value = r;
            visit();
        }
        value = kept;
        if (value.is_structured()) each_value(value, visit);
    }
}

TEST(CalibrationRead, AnyValueOfTheWrongTypeIsRefusedOrReadNeverACrash) {
    Json j = calibration();
    std::size_t refused = 0;
    each_value(j, [&] {
        try {
            read_calibration_json(j);
        } catch (const BadCalibration&) {
            ++refused;
        }
    });
    EXPECT_GT(refused, 100u);
}

}  // namespace
}  // namespace pathways
