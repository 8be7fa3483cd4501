#pragma once
// Reading back calibration.json (`pathways-calibration/1`), written by
// `pathways calibrate MODEL --out DIR` beside worlds.csv, as much of it as the
// report shows: how the published figures narrowed each uncertain parameter,
// the waves, how often the plausible worlds meet each target, and, when no
// world was kept, which targets cannot be met together. The file may have
// been edited by hand, so every field used is checked.
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "format/load.h"

namespace pathways {

struct CalibrationDigest {
    struct Range {
        double low = 0, high = 0;
    };
    struct Parameter {
        std::string id, label;
        Range prior;
        std::optional<Range> region;  // over the kept worlds; none when none was kept
        bool narrowed = false;        // some wave's test said the figures constrain it
    };
    struct Wave {
        std::size_t tried = 0, kept = 0;
    };
    struct Target {
        std::string name, label;  // name: "<id>", or "<scenario>:<id>" for a backtest's
        std::string scenario;     // the backtest scenario; empty for the model's own targets
        bool validation = false;  // role "validation": never used to fit
        bool fitted = false;      // this calibration ruled worlds out by it (a calibration target --fit may leave out)
        Range range;
        std::string source;
        std::optional<double> met_share;  // of the kept worlds; none when none was kept
    };
    std::string uncertainty_sha256;  // of the model's `uncertainty` section it calibrated
    std::vector<Parameter> parameters;
    std::vector<Wave> waves;
    std::vector<Target> targets;
    std::size_t worlds_kept = 0;
    std::string stopped;  // in words: why the last wave was the last
    // When no world was kept: the targets that cannot be met together, and the pairs that rule out every world.
    std::vector<std::string> cannot_meet;
    std::vector<std::pair<std::string, std::string>> cannot_meet_pairs;

    const Parameter* find_parameter(const std::string& id) const;
    const Target* find_target(const std::string& name) const;
};

struct BadCalibration : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Throws BadCalibration, naming the pointer, when the document is not a calibration or a field is wrong.
CalibrationDigest read_calibration_json(const Json& document);

}  // namespace pathways
