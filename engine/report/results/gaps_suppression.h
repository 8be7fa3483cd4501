#pragma once
// Small-number suppression for published outputs (report.html, gaps.csv,
// gaps.json). With `--suppress-below N`, every count of people under N
// (people in a gap, entries, flows, occupancy, cohort sizes by attribute) is
// shown as "<N", and so is every share or change from which such a count
// could be worked back, including as a total minus the parts shown
// (complementary suppression). Exact zeros stay visible: a mean of 0 over
// replications means nobody, in every replication, and identifies no one.
// Off (N = 0) by default. The unsuppressed files go to their own folder.
#include <string>
#include <vector>

#include "tallies/statistic.h"

namespace pathways {

class SmallNumbers {
public:
    SmallNumbers() = default;
    explicit SmallNumbers(double below) : below_(below > 0 ? below : 0) {}

    bool active() const { return below_ > 0; }
    double threshold() const { return below_; }
    // True when a count (a mean over replications, or an interval bound) must not be shown.
    bool hides(double count) const { return below_ > 0 && count > 0 && count < below_; }
    bool hides(const Stat& count) const { return hides(count.mean); }
    // "<N" (N printed as a whole number when it is one).
    std::string mask() const;
    // Which of the parts of a known total to hide: every small one, and then
    // the smallest others until no hidden part can be worked back as the
    // total minus the shown ones (at least two hidden, together at least N).
    // `unshown`: the part of the total shown nowhere, which hides with them.
    std::vector<bool> hidden_parts(const std::vector<double>& parts, double unshown = 0) const;
    // The count as `format` would print it, or the mask.
    template <class Format>
    std::string count(double value, Format format) const {
        return hides(value) ? mask() : format(value);
    }

private:
    double below_ = 0;
};

}  // namespace pathways
