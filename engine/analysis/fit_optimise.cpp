#include "analysis/fit_optimise.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pathways {

namespace {

using Point = std::vector<double>;

// x0 + t (x1 - x0)
Point along(const Point& x0, const Point& x1, double t) {
    Point p(x0.size());
    for (std::size_t i = 0; i < p.size(); ++i) p[i] = x0[i] + t * (x1[i] - x0[i]);
    return p;
}

struct Simplex {
    std::vector<Point> points;
    std::vector<double> values;

    void sort() {
        std::vector<std::size_t> order(points.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        std::vector<Point> p;
        std::vector<double> v;
        for (std::size_t i : order) {
            p.push_back(points[i]);
            v.push_back(values[i]);
        }
        points = std::move(p);
        values = std::move(v);
    }
    Point centroid_without_worst() const {
        Point c(points[0].size(), 0.0);
        for (std::size_t i = 0; i + 1 < points.size(); ++i) {
            for (std::size_t j = 0; j < c.size(); ++j) c[j] += points[i][j] / static_cast<double>(points.size() - 1);
        }
        return c;
    }
};

// One Nelder-Mead step (standard coefficients: reflect 1, expand 2, contract 1/2, shrink 1/2).
void step_simplex(Simplex& s, const std::function<double(const Point&)>& f) {
    const std::size_t worst = s.points.size() - 1;
    const Point c = s.centroid_without_worst();
    const Point reflected = along(c, s.points[worst], -1.0);
    const double fr = f(reflected);
    if (fr < s.values[0]) {
        const Point expanded = along(c, s.points[worst], -2.0);
        const double fe = f(expanded);
        s.points[worst] = fe < fr ? expanded : reflected;
        s.values[worst] = std::min(fe, fr);
        return;
    }
    if (fr < s.values[worst - 1]) {
        s.points[worst] = reflected;
        s.values[worst] = fr;
        return;
    }
    const Point contracted = fr < s.values[worst] ? along(c, reflected, 0.5) : along(c, s.points[worst], 0.5);
    const double fc = f(contracted);
    if (fc < std::min(fr, s.values[worst])) {
        s.points[worst] = contracted;
        s.values[worst] = fc;
        return;
    }
    for (std::size_t i = 1; i < s.points.size(); ++i) {
        s.points[i] = along(s.points[0], s.points[i], 0.5);
        s.values[i] = f(s.points[i]);
    }
}

}  // namespace

std::vector<double> nelder_mead(const std::function<double(const std::vector<double>&)>& objective,
                                std::vector<double> start, double step, double tolerance, int max_iterations) {
    auto f = [&](const Point& p) {
        const double v = objective(p);
        return std::isnan(v) ? INFINITY : v;
    };
    Simplex s;
    s.points.push_back(start);
    for (std::size_t i = 0; i < start.size(); ++i) {
        Point p = start;
        p[i] += step;
        s.points.push_back(p);
    }
    for (const Point& p : s.points) s.values.push_back(f(p));
    for (int it = 0; it < max_iterations; ++it) {
        s.sort();
        if (std::isfinite(s.values.back()) && s.values.back() - s.values.front() <= tolerance) break;
        step_simplex(s, f);
    }
    s.sort();
    return s.points.front();
}

}  // namespace pathways
