#include "report/results/gaps_suppression.h"

#include <cmath>
#include <cstdio>

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

}  // namespace pathways
