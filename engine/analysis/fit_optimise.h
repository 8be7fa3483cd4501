#pragma once
// A small derivative-free minimiser for fitting distributions by likelihood.
#include <functional>
#include <vector>

namespace pathways {

// Nelder-Mead simplex search from `start`, with first steps of `step` along
// each coordinate; stops when the simplex's values agree to `tolerance`
// (absolute) or after `max_iterations`. The objective may return +infinity
// where it is undefined. Returns the best point found.
std::vector<double> nelder_mead(const std::function<double(const std::vector<double>&)>& objective,
                                std::vector<double> start, double step, double tolerance = 1e-10,
                                int max_iterations = 5000);

}  // namespace pathways
