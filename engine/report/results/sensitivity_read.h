#pragma once
// Reading back a sensitivity study's sensitivity.json (`pathways-sensitivity/1`)
// from a folder given to `gaps --sensitivity`, as much of it as the report shows.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "format/load.h"
#include "metrics/metric_catalogue.h"

namespace pathways {

struct SensitivityDigest {
    struct Importance {
        std::string parameter;  // its label, or id when it has none
        double value = 0, lo = 0, hi = 0;
        // Morris: the mean effect with its sign (mu), and the spread of the effects (sigma).
        std::optional<double> mu, sigma;
    };
    struct Metric {
        std::string path, label;
        Unit unit = Unit::share;
        double central = 0, p5 = 0, p50 = 0, p95 = 0;
        std::vector<Importance> importance;  // ST (Sobol) or mu_star (Morris), largest first; empty: none
    };
    struct Gap {
        std::string path, label;
        std::optional<double> p_first, p_top3;
    };
    struct Effect {
        std::string metric;  // the headline's path
        double central = 0;
        // Shares of the worlds: with the central's sign, rising, falling (studies before these were written: none).
        std::optional<double> p_same_sign, p_rises, p_falls;
    };
    struct Scenario {
        std::string name;
        std::vector<Effect> effects;
        std::vector<std::pair<std::string, double>> p_best;  // headline path, share of worlds
    };
    struct Study {
        std::string method;  // "morris", "sobol" or "uncertainty"
        std::size_t runs = 0, replications = 0;
        bool calibrated = false;  // its draws are the worlds a calibration kept, not a sample of the prior ranges
    };
    std::vector<Study> studies;                // what was run: one, or a screening and a sample
    std::string method, index;                 // "sobol", "ST": of the indices shown
    std::string model_sha256;                  // of the model file the study ran on
    std::vector<std::string> scenario_sha256;  // of each -s file it applied, in order
    bool sampled = false;                      // its points sample the plausible worlds: robustness is measured
    std::size_t runs = 0, replications = 0;
    std::vector<Metric> metrics;  // every metric but the effects
    std::vector<Gap> gaps;
    std::vector<Scenario> scenarios;
    const Metric* find(const std::string& path) const;
    // The number of plausible worlds kept by a calibration that the spread is over; 0 when it is over the prior ranges.
    std::size_t calibrated_worlds() const;
};

struct BadSensitivity : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Throws BadSensitivity, naming the pointer, when the document is not one.
SensitivityDigest read_sensitivity_json(const Json& document);

}  // namespace pathways
