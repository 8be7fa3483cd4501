#include "model/dist_fixed.h"

namespace pathways {

namespace {

Duration fixed_from_days(const std::vector<double>& p) { return Duration{DistKind::fixed, p[0], 0, 0, {}}; }

}  // namespace

const DistSpec& FixedDist::spec() {
    static const DistSpec s{"fixed", "a", {{{{"days", Bound::non_negative}}, fixed_from_days}}};
    return s;
}

}  // namespace pathways
