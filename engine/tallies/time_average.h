#pragma once
// The time integral of a step function (people in a stage, busy places, queue
// length) over a measurement window, optionally also day by day.
#include <algorithm>
#include <cmath>
#include <vector>

#include "model/duration.h"

namespace pathways {

class TimeAverage {
public:
    TimeAverage() = default;
    TimeAverage(Days window_from, Days window_to) : from_(window_from), to_(window_to) {}

    // Keep a per-day integral over [0, days) as well.
    void track_daily(std::size_t days) { daily_.assign(days, 0.0); }
    // Keep the integral over each period [bounds[k], bounds[k+1]) as well.
    void track_periods(const std::vector<Days>* bounds) {
        bounds_ = bounds;
        period_area_.assign(bounds->size() - 1, 0.0);
    }

    // The value changes by delta at time now (times never decrease).
    void change(Days now, double delta) {
        advance(now);
        value_ += delta;
    }
    // Integrates up to `now` without changing the value.
    void advance(Days now) {
        if (now <= last_) return;
        if (value_ != 0) {
            double a = std::max(last_, from_), b = std::min(now, to_);
            if (b > a) area_ += value_ * (b - a);
            if (!daily_.empty()) add_daily(last_, now);
            if (bounds_) add_periods(last_, now);
        }
        last_ = now;
    }
    double value() const { return value_; }
    double area() const { return area_; }
    double mean() const { return to_ > from_ ? area_ / (to_ - from_) : 0.0; }
    const std::vector<double>& daily() const { return daily_; }
    const std::vector<double>& period_area() const { return period_area_; }

private:
    void add_daily(Days a, Days b) {
        const double end = std::min(b, static_cast<double>(daily_.size()));
        for (double t = a; t < end;) {
            double day = std::floor(t);
            double next = std::min(end, day + 1);
            daily_[static_cast<std::size_t>(day)] += value_ * (next - t);
            t = next;
        }
    }

    void add_periods(Days a, Days b) {
        const std::vector<Days>& bounds = *bounds_;
        auto k = static_cast<std::size_t>(std::upper_bound(bounds.begin(), bounds.end(), a) - bounds.begin());
        for (; k > 0 && k < bounds.size() && bounds[k - 1] < b; ++k) {
            const double from = std::max(a, bounds[k - 1]), to = std::min(b, bounds[k]);
            if (to > from) period_area_[k - 1] += value_ * (to - from);
        }
    }

    Days from_ = 0, to_ = 0, last_ = 0;
    double value_ = 0, area_ = 0;
    std::vector<double> daily_;
    const std::vector<Days>* bounds_ = nullptr;
    std::vector<double> period_area_;
};

}  // namespace pathways
