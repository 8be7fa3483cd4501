#pragma once
// Sampling from durations with our own code over uniform draws: the standard
// library's distributions are not specified exactly, and results must not
// differ between standard libraries.
#include <cmath>

#include "model/duration.h"
#include "sim/random.h"

namespace pathways {

inline double sample_exponential(Rng& rng, double mean) { return -mean * std::log(rng.uniform_open0()); }

// Standard normal by Box-Muller (always two uniforms, one output).
double sample_standard_normal(Rng& rng);
double sample_gamma(Rng& rng, double shape, double scale);

Days sample(const Duration& d, Rng& rng);

}  // namespace pathways
