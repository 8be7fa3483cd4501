#include "model/dist_common.h"

#include <sstream>

namespace pathways {

std::string days_in_words(Days d) {
    std::ostringstream s;
    double r = d >= 100 ? std::round(d) : std::round(d * 10) / 10;
    s << r << " d";
    return s.str();
}

}  // namespace pathways
