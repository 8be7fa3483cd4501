#include "sim/sampling.h"

#include "model/distributions.h"

namespace pathways {

Days sample(const Duration& d, Rng& rng) {
    return with_distribution(d.kind, [&](auto dist) { return dist.sample(d, rng); });
}

}  // namespace pathways
