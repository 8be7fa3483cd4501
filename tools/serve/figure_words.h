#pragma once
// How the page writes a figure of the headline table and the verdict, with the
// project's formatters: shares as percentages and their changes in points,
// days as days, money in the model's currency with thousands ("£1,234"), and
// counts and yearly costs per year of the measurement window (so that a
// four-year window does not read as one year's figure). The verdict and the
// table use the same words, so they round alike.
#include <string>

#include <cstdint>
#include <vector>

#include "metrics/metric_catalogue.h"
#include "model/model.h"
#include "results/results.h"

namespace pathways::serve {

// What the reference model counts; the format has no word of its own for it,
// and the metric catalogue's words say "households" too.
inline constexpr const char* people_word = "households";

// What a target's figure is, from its paths: a share (changes in points), a ratio of
// two figures, days, money or a count.
enum class TargetUnit { share, ratio, days, money, count };
TargetUnit target_unit(const Target& target);

class FigureWords {
public:
    // `model`, when given, tells each target's unit (else a target reads as a share up to 1).
    FigureWords(const Results& baseline, const Results& what_if, const Model* model = nullptr);
    // For Metric::target_value: which target the next figures are of (its index in the model).
    void target(std::uint32_t slot) { target_ = slot; }
    // A level: "21%", "322 days", "£1,234,567 a year", "25 households a year".
    std::string value(Metric m, double x) const;
    // The size of a change: "3 points", "12 days".
    std::string size(Metric m, double x) const;
    // A change, signed: "+3 points", "-12 days", "0 days".
    std::string change(Metric m, double x) const;
    // The 95% interval of a change: "-1 to +5 points".
    std::string interval(Metric m, double lo, double hi) const;
    // People a year for a count over the window; 0 when the two runs' windows differ.
    double per_year(double count) const { return years_ > 0 ? count / years_ : 0; }
    bool counted_per_year(Metric m) const;

private:
    std::string bare(Metric m, double x) const;  // without the unit; money with its currency: "£1,234"
    std::string unit(Metric m) const;            // " days", " households a year", " a year", ...
    std::string target_bare(double x) const;
    std::string currency_;
    double years_ = 0;  // of the measurement window; 0 when the runs' windows differ
    std::vector<TargetUnit> target_units_;
    std::uint32_t target_ = 0;
};

}  // namespace pathways::serve
