#pragma once
// The points at which a sensitivity analysis runs the model: Morris
// trajectories, Saltelli's matrices from a Sobol sequence, or plain Sobol points
// for uncertainty propagation. Points live in the unit cube, one coordinate per
// uncertain parameter; parameter_value() turns a coordinate into the value its
// spread gives at that quantile.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/model.h"

namespace pathways {

enum class SensitivityMethod : std::uint8_t { morris, sobol, uncertainty };
const char* sensitivity_method_name(SensitivityMethod m);  // "morris", ...

// Morris: a 4-level grid {0, 1/3, 2/3, 1} with a step of 2/3 (Morris 1991, as
// Campolongo et al. 2007 recommend for p = 4 levels).
inline constexpr int morris_levels = 4;
inline constexpr double morris_step = 2.0 / 3.0;

// One move of a Morris trajectory: which parameter changed, and whether up (+1) or down (-1).
struct MorrisMove {
    std::size_t parameter = 0;
    int sign = 1;
};

struct Design {
    SensitivityMethod method = SensitivityMethod::uncertainty;
    std::size_t parameters = 0;  // k
    std::size_t base = 0;        // N: trajectories (Morris) or base points
    // Morris: trajectory t's points are t * (k + 1) ... t * (k + 1) + k.
    // Sobol: base point j's are A_j, B_j, then A_j with column i from B_j, for
    // i = 0 .. k - 1, at j * (k + 2). Uncertainty: the N points.
    std::vector<std::vector<double>> points;
    std::vector<std::vector<MorrisMove>> moves;  // Morris: [trajectory][step]
    std::size_t points_per_base() const;
};

// N trajectories of k + 1 points; starting levels and parameter order from `seed`.
Design morris_design(std::size_t k, std::size_t trajectories, std::uint64_t seed);
// Saltelli (2010): N base points of a 2k-dimensional Sobol sequence, N x (k + 2) points.
Design saltelli_design(std::size_t k, std::size_t base_points);
// The first N points of the k-dimensional Sobol sequence.
Design sobol_points(std::size_t k, std::size_t count);
// Points first .. first + count - 1 of the k-dimensional Sobol sequence.
std::vector<std::vector<double>> sobol_sequence_part(std::size_t k, std::size_t first, std::size_t count);
// N points whose parameter values are given, not drawn (a calibration's
// plausible worlds): a sample as `uncertainty` treats one, with no coordinates
// in the unit cube, since a world's values are no quantiles of the prior.
Design given_points(std::size_t k, std::size_t count);

// The indices of the design's points that sample the plausible worlds as they
// are spread: Sobol's A and B points, every uncertainty point; for Morris, every
// grid point (an even spread over the grid, not a sample of the spreads).
std::vector<std::size_t> world_points(const Design& design);

// The parameter's value at quantile u of its spread (uniform, triangular or log-uniform).
double parameter_value(const UncertainParameter& parameter, double u);
std::vector<double> parameter_values(const std::vector<UncertainParameter>& parameters,
                                     const std::vector<double>& point);
// The same to 6 significant figures: the values a calibration runs and writes,
// so that a table of its worlds reads 1.3, not 1.2999999999999998, and what it
// holds is exactly what ran.
std::vector<double> written_parameter_values(const std::vector<UncertainParameter>& parameters,
                                             const std::vector<double>& point);

}  // namespace pathways
