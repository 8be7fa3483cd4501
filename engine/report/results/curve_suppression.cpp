#include "report/results/curve_suppression.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace pathways {

namespace {

using Grid = std::vector<std::vector<bool>>;
using Bands = std::vector<std::vector<CurveBand>>;

// +1 for a curve that never falls, -1 for one that never rises, 0 otherwise.
int direction(const std::vector<double>& curve, double tolerance) {
    bool rises = false, falls = false;
    for (std::size_t k = 1; k < curve.size(); ++k) {
        rises = rises || curve[k] > curve[k - 1] + tolerance;
        falls = falls || curve[k] < curve[k - 1] - tolerance;
    }
    return rises && falls ? 0 : falls ? -1 : 1;
}

bool narrow(CurveBand& b, double lo, double hi) {
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(b.hi));
    const bool changed = lo > b.lo + tolerance || hi < b.hi - tolerance;
    b.lo = std::max(b.lo, lo);
    b.hi = std::min(b.hi, hi);
    return changed;
}

// A rising curve's point is at least the one before it and at most the one after it.
bool along_curve(std::vector<CurveBand>& curve, int dir) {
    bool changed = false;
    for (std::size_t k = 1; k < curve.size(); ++k) {
        changed = (dir > 0 ? narrow(curve[k], curve[k - 1].lo, curve[k].hi)
                           : narrow(curve[k], curve[k].lo, curve[k - 1].hi)) ||
                  changed;
    }
    for (std::size_t k = curve.size(); k-- > 1;) {
        changed = (dir > 0 ? narrow(curve[k - 1], curve[k - 1].lo, curve[k].hi)
                           : narrow(curve[k - 1], curve[k].lo, curve[k - 1].hi)) ||
                  changed;
    }
    return changed;
}

// On one day the hidden points add up to the cohort minus the shown ones.
bool across_day(Bands& bands, const Grid& hidden, std::size_t k, double cohort) {
    double rest = cohort, lo = 0, hi = 0;
    for (std::size_t s = 0; s < bands.size(); ++s) {
        if (!hidden[s][k]) {
            rest -= bands[s][k].lo;
            continue;
        }
        lo += bands[s][k].lo;
        hi += bands[s][k].hi;
    }
    bool changed = false;
    for (std::size_t s = 0; s < bands.size(); ++s) {
        if (!hidden[s][k]) continue;
        CurveBand& b = bands[s][k];
        changed = narrow(b, rest - (hi - b.hi), rest - (lo - b.lo)) || changed;
    }
    return changed;
}

std::size_t days_of(const std::vector<std::vector<double>>& counts) { return counts.empty() ? 0 : counts[0].size(); }

}  // namespace

Bands curve_bands(const std::vector<std::vector<double>>& counts, const Grid& hidden, double cohort) {
    const std::size_t days = days_of(counts);
    Bands bands(counts.size(), std::vector<CurveBand>(days));
    std::vector<int> dirs;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        dirs.push_back(direction(counts[s], 1e-9 * std::max(1.0, cohort)));
        for (std::size_t k = 0; k < days; ++k)
            bands[s][k] = hidden[s][k] ? CurveBand{0, cohort} : CurveBand{counts[s][k], counts[s][k]};
    }
    // Each pass only narrows; a few dozen settle the bands of a report's curves.
    for (int pass = 0; pass < 50; ++pass) {
        bool changed = false;
        for (std::size_t s = 0; s < counts.size(); ++s) {
            if (dirs[s] != 0) changed = along_curve(bands[s], dirs[s]) || changed;
        }
        for (std::size_t k = 0; k < days; ++k) changed = across_day(bands, hidden, k, cohort) || changed;
        if (!changed) break;
    }
    return bands;
}

namespace {

struct Point {
    std::size_t curve, day;
};

// One day with a hidden point: at least two hidden, together at least the threshold.
bool cover_day(const SmallNumbers& small, const std::vector<std::vector<double>>& counts, Grid& hidden, std::size_t k) {
    bool changed = false;
    for (;;) {
        std::size_t count = 0;
        double sum = 0;
        std::optional<std::size_t> next;
        for (std::size_t s = 0; s < counts.size(); ++s) {
            if (hidden[s][k]) {
                ++count;
                sum += counts[s][k];
            } else if (counts[s][k] > 0 && (!next || counts[s][k] < counts[*next][k])) {
                next = s;
            }
        }
        if (count == 0 || (count >= 2 && sum >= small.threshold()) || !next) return changed;
        hidden[*next][k] = changed = true;
    }
}

void cover_days(const SmallNumbers& small, const std::vector<std::vector<double>>& counts, Grid& hidden) {
    for (std::size_t k = 0; k < days_of(counts); ++k) cover_day(small, counts, hidden, k);
}

// A hidden point the published ones may place under the threshold, within half of it.
std::optional<Point> exposed(const SmallNumbers& small, const Grid& hidden, const Bands& bands) {
    for (std::size_t s = 0; s < bands.size(); ++s) {
        for (std::size_t k = 0; k < bands[s].size(); ++k) {
            const CurveBand& b = bands[s][k];
            if (hidden[s][k] && b.lo < small.threshold() && b.hi - b.lo < small.threshold() / 2) return Point{s, k};
        }
    }
    return std::nullopt;
}

// The shown points whose hiding could widen the band of `p`: the smallest on
// its day, and the nearest on either side of each curve hidden that day.
std::vector<Point> candidates(const std::vector<std::vector<double>>& counts, const Grid& hidden, Point p) {
    std::vector<Point> out;
    std::optional<std::size_t> smallest;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        const auto& curve = counts[s];
        if (!hidden[s][p.day]) {
            if (curve[p.day] > 0 && (!smallest || curve[p.day] < counts[*smallest][p.day])) smallest = s;
            continue;
        }
        for (std::size_t k = p.day; k-- > 0;) {
            if (!hidden[s][k] && curve[k] > 0) {
                out.push_back({s, k});
                break;
            }
        }
        for (std::size_t k = p.day + 1; k < curve.size(); ++k) {
            if (!hidden[s][k] && curve[k] > 0) {
                out.push_back({s, k});
                break;
            }
        }
    }
    if (smallest) out.insert(out.begin(), Point{*smallest, p.day});
    return out;
}

double width(const CurveBand& b, double threshold) { return b.lo >= threshold ? HUGE_VAL : b.hi - b.lo; }

}  // namespace

Grid hidden_curve_points(const SmallNumbers& small, const std::vector<std::vector<double>>& counts, double cohort) {
    Grid hidden(counts.size(), std::vector<bool>(days_of(counts), false));
    if (!small.active()) return hidden;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        for (std::size_t k = 0; k < counts[s].size(); ++k) hidden[s][k] = small.hides(counts[s][k]);
    }
    cover_days(small, counts, hidden);
    // Hide one point at a time, the one that widens the exposed band most, until none is exposed.
    while (auto p = exposed(small, hidden, curve_bands(counts, hidden, cohort))) {
        std::optional<Point> best;
        double widest = -1;
        for (Point c : candidates(counts, hidden, *p)) {
            Grid trial = hidden;
            trial[c.curve][c.day] = true;
            cover_days(small, counts, trial);
            const double w = width(curve_bands(counts, trial, cohort)[p->curve][p->day], small.threshold());
            if (w > widest) {
                widest = w;
                best = c;
            }
        }
        if (!best) break;  // nothing left to hide that could help
        hidden[best->curve][best->day] = true;
        cover_days(small, counts, hidden);
    }
    return hidden;
}

}  // namespace pathways
