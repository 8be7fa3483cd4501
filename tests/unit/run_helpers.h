#pragma once
// Running models in tests, and checking simulated figures against exact ones
// with a tolerance taken from the run's own confidence interval.
#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "run/runner.h"

namespace pathways::testing {

inline RunResults run(const Model& model, std::uint32_t threads = 2) {
    RunRequest request;
    request.replications = model.simulation.replications;
    request.threads = threads;
    return run_model(model, request);
}

// The exact value must lie within 1.5 times the 95% half-width of the mean
// (about three standard errors: a correct engine fails this about 0.3% of the
// time for a given seed, and the seeds are fixed). `floor` covers figures whose
// interval is degenerate.
inline ::testing::AssertionResult agrees(const RunResults& r, const std::string& path, double exact,
                                         double floor = 1e-9) {
    const Stat& s = r.stat(path);
    double tolerance = std::max(1.5 * s.half_width(), floor);
    if (std::fabs(s.mean - exact) <= tolerance) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << path << ": simulated " << s.mean << " [" << s.lo << ", " << s.hi
                                         << "], exact " << exact << ", tolerance " << tolerance;
}

}  // namespace pathways::testing
