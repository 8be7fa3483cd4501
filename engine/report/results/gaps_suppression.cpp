#include "report/results/gaps_suppression.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "report/results/csv.h"

namespace pathways {

// A whole threshold is printed in full ("<1000000", not "<1e+06"): readers of a
// published table should not meet scientific notation.
std::string SmallNumbers::mask() const {
    if (below_ == std::floor(below_) && below_ < 1e15) {
        char text[32];
        std::snprintf(text, sizeof text, "<%.0f", below_);
        return text;
    }
    std::string text = "<";
    text += csv_number(below_);
    return text;
}

namespace {

// The smallest part not yet hidden and not zero, if any.
std::optional<std::size_t> smallest_shown(const std::vector<double>& parts, const std::vector<bool>& hidden) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (hidden[i] || parts[i] <= 0) continue;
        if (!best || parts[i] < parts[*best]) best = i;
    }
    return best;
}

}  // namespace

std::vector<bool> SmallNumbers::hidden_parts(const std::vector<double>& parts, double unshown) const {
    std::vector<bool> hidden(parts.size(), false);
    std::size_t count = unshown > 0 ? 1 : 0;
    double sum = std::max(unshown, 0.0);
    std::size_t primary = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (!hides(parts[i])) continue;
        hidden[i] = true;
        ++count, ++primary;
        sum += parts[i];
    }
    if (primary == 0) return hidden;
    while (count < 2 || sum < below_) {
        const auto next = smallest_shown(parts, hidden);
        if (!next) break;
        hidden[*next] = true;
        ++count;
        sum += parts[*next];
    }
    return hidden;
}

}  // namespace pathways
