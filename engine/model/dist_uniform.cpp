#include "model/dist_uniform.h"

namespace pathways {

namespace {

Duration uniform_from_min_max(const std::vector<double>& p) { return Duration{DistKind::uniform, p[0], p[1], 0, {}}; }

}  // namespace

const DistSpec& UniformDist::spec() {
    static const DistSpec s{
        "uniform", "a", {{{{"min", Bound::non_negative}, {"max", Bound::non_negative, "min"}}, uniform_from_min_max}}};
    return s;
}

}  // namespace pathways
