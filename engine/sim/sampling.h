#pragma once
// Sampling from durations with our own code over uniform draws: the standard
// library's distributions are not specified exactly, and results must not
// differ between standard libraries. Each distribution's draw is in its module
// (model/dist_<name>.h); here the engine's streams are handed to them.
#include "model/dist_exponential.h"
#include "model/distributions.h"
#include "model/duration.h"
#include "sim/random.h"

namespace pathways {

inline double sample_exponential(Rng& rng, double mean) { return ExponentialDist::draw(rng, mean); }

// Inline: the engine draws one or two for every event.
inline Days sample(const Duration& d, Rng& rng) {
    return with_distribution(d.kind, [&](auto dist) { return dist.sample(d, rng); });
}

}  // namespace pathways
