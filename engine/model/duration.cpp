#include "model/duration.h"

#include "model/distributions.h"

namespace pathways {

const char* dist_name(DistKind k) { return dist_spec(k).name.c_str(); }

double Duration::mean() const {
    return with_distribution(kind, [&](auto dist) { return dist.mean(*this); });
}

double Duration::variance() const {
    return with_distribution(kind, [&](auto dist) { return dist.variance(*this); });
}

double Duration::quantile(double p) const {
    return with_distribution(kind, [&](auto dist) { return dist.quantile(*this, p); });
}

std::string Duration::describe() const {
    return with_distribution(kind, [&](auto dist) { return dist.describe(*this); });
}

std::optional<Days> Duration::exact_days() const {
    return with_distribution(kind, [&](auto dist) { return dist.exact(*this); });
}

}  // namespace pathways
