#include "sim/profile_draw.h"

namespace pathways {

namespace {

std::uint32_t draw_value(const std::vector<double>& shares, Rng& rng) {
    const double u = rng.uniform();
    double total = 0;
    for (std::size_t v = 0; v + 1 < shares.size(); ++v) {
        total += shares[v];
        if (u < total) return static_cast<std::uint32_t>(v);
    }
    return static_cast<std::uint32_t>(shares.size() - 1);
}

}  // namespace

ProfileDraw::ProfileDraw(const Model& model) : strides_(model.attributes.size(), 1) {
    for (std::size_t a = model.attributes.size(); a-- > 1;) {
        strides_[a - 1] = strides_[a] * static_cast<std::uint32_t>(model.attributes[a].values.size());
    }
}

std::uint32_t ProfileDraw::operator()(const Mix& mix, Rng& rng) const {
    std::uint32_t profile = 0;
    for (std::size_t a = 0; a < strides_.size() && a < mix.size(); ++a) {
        if (mix[a].size() > 1) profile += draw_value(mix[a], rng) * strides_[a];
    }
    return profile;
}

}  // namespace pathways
