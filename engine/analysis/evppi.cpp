#include "analysis/evppi.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include <Eigen/Dense>

namespace pathways {

namespace {

constexpr std::size_t most_knots = 5;
// Fewer worlds than this a knot leave too little to fit a curve between knots.
constexpr std::size_t worlds_a_knot = 10;

std::vector<double> knots_of(std::vector<double> x) {
    std::sort(x.begin(), x.end());
    const std::size_t k = std::clamp<std::size_t>(x.size() / worlds_a_knot, 3, most_knots);
    std::vector<double> knots;
    for (std::size_t i = 0; i < k; ++i) {
        const double q = static_cast<double>(i) / static_cast<double>(k - 1);
        const double v = x[static_cast<std::size_t>(std::lround(q * static_cast<double>(x.size() - 1)))];
        if (knots.empty() || v > knots.back()) knots.push_back(v);
    }
    return knots;
}

// The natural cubic spline basis with these knots (Hastie, Tibshirani and
// Friedman, The Elements of Statistical Learning, eq. 5.4-5.5).
Eigen::MatrixXd spline_basis(const std::vector<double>& x, const std::vector<double>& knots) {
    const std::size_t k = knots.size();
    auto d = [&](std::size_t j, double v) {
        auto cube = [](double t) { return t > 0 ? t * t * t : 0.0; };
        return (cube(v - knots[j]) - cube(v - knots[k - 1])) / (knots[k - 1] - knots[j]);
    };
    Eigen::MatrixXd basis(static_cast<Eigen::Index>(x.size()), static_cast<Eigen::Index>(k));
    for (std::size_t i = 0; i < x.size(); ++i) {
        const auto r = static_cast<Eigen::Index>(i);
        basis(r, 0) = 1;
        basis(r, 1) = x[i];
        for (std::size_t j = 0; j + 2 < k; ++j)
            basis(r, static_cast<Eigen::Index>(j + 2)) = d(j, x[i]) - d(k - 2, x[i]);
    }
    return basis;
}

// Fitted values of y on x: group means when x takes few values, else the spline.
Eigen::MatrixXd fitted(const std::vector<double>& x, const Eigen::MatrixXd& y) {
    std::map<double, std::vector<Eigen::Index>> groups;
    for (std::size_t i = 0; i < x.size(); ++i) groups[x[i]].push_back(static_cast<Eigen::Index>(i));
    if (groups.size() <= most_knots) {
        Eigen::MatrixXd out(y.rows(), y.cols());
        for (const auto& [value, rows] : groups) {
            Eigen::RowVectorXd mean = Eigen::RowVectorXd::Zero(y.cols());
            for (Eigen::Index r : rows) mean += y.row(r);
            mean /= static_cast<double>(rows.size());
            for (Eigen::Index r : rows) out.row(r) = mean;
        }
        return out;
    }
    // Scaled to [0, 1], so the cubes stay well conditioned.
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    std::vector<double> scaled;
    for (double v : x) scaled.push_back((v - *lo) / (*hi - *lo));
    const Eigen::MatrixXd basis = spline_basis(scaled, knots_of(scaled));
    return basis * basis.colPivHouseholderQr().solve(y);
}

Eigen::MatrixXd as_matrix(const std::vector<std::vector<double>>& values) {
    if (values.size() < 2 || values[0].empty()) throw std::invalid_argument("EVPPI needs 2 worlds and an option");
    Eigen::MatrixXd m(static_cast<Eigen::Index>(values.size()), static_cast<Eigen::Index>(values[0].size()));
    for (std::size_t w = 0; w < values.size(); ++w) {
        if (values[w].size() != values[0].size()) throw std::invalid_argument("EVPPI: every world needs every option");
        for (std::size_t d = 0; d < values[w].size(); ++d)
            m(static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(d)) = values[w][d];
    }
    return m;
}

Eigen::Index best_on_average(const Eigen::MatrixXd& m) {
    Eigen::Index best = 0;
    m.colwise().mean().maxCoeff(&best);
    return best;
}

}  // namespace

Evppi evppi(const std::vector<double>& parameter, const std::vector<std::vector<double>>& values) {
    const Eigen::MatrixXd m = as_matrix(values);
    if (parameter.size() != values.size()) throw std::invalid_argument("EVPPI: one parameter value a world");
    const Eigen::MatrixXd g = fitted(parameter, m);
    const Eigen::Index best = best_on_average(m);
    Evppi out;
    std::size_t changes = 0;
    for (Eigen::Index w = 0; w < g.rows(); ++w) {
        Eigen::Index here = 0;
        out.value += g.row(w).maxCoeff(&here);
        if (g(w, here) > g(w, best)) ++changes;
    }
    const double n = static_cast<double>(g.rows());
    out.value = std::max(0.0, out.value / n - g.colwise().mean().maxCoeff());
    out.choice_changes = static_cast<double>(changes) / n;
    return out;
}

double evpi(const std::vector<std::vector<double>>& values) {
    const Eigen::MatrixXd m = as_matrix(values);
    return m.rowwise().maxCoeff().mean() - m.colwise().mean().maxCoeff();
}

}  // namespace pathways
