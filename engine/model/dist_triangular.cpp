#include "model/dist_triangular.h"

namespace pathways {

namespace {

Duration triangular_from_min_mode_max(const std::vector<double>& p) {
    return Duration{DistKind::triangular, p[0], p[1], p[2], {}};
}

}  // namespace

const DistSpec& TriangularDist::spec() {
    static const DistSpec s{
        "triangular",
        "a",
        {{{{"min", Bound::non_negative}, {"mode", Bound::non_negative, "min"}, {"max", Bound::non_negative, "mode"}},
          triangular_from_min_mode_max}}};
    return s;
}

double TriangularDist::quantile(const Duration& d, double p) {
    const double a = d.a, b = d.b, c = d.c;
    double f = (c - a) > 0 ? (b - a) / (c - a) : 0;
    return p < f ? a + std::sqrt(p * (c - a) * (b - a)) : c - std::sqrt((1 - p) * (c - a) * (c - b));
}

std::string TriangularDist::describe(const Duration& d) {
    return days_in_words(d.a) + " to " + days_in_words(d.c) + ", usually " + days_in_words(d.b);
}

}  // namespace pathways
