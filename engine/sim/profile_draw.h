#pragma once
// Drawing a newcomer's attribute profile from a mix: one uniform per attribute
// that has a choice to make, values taken in declared order.
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "sim/random.h"

namespace pathways {

class ProfileDraw {
public:
    explicit ProfileDraw(const Model& model);
    // Attributes the mix leaves out, or gives a single value, take their first value.
    std::uint32_t operator()(const Mix& mix, Rng& rng) const;

private:
    std::vector<std::uint32_t> strides_;  // by attribute: its weight in the profile number
};

}  // namespace pathways
