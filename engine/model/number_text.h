#pragma once
// Numbers as text for the layers below the edge, which format into strings
// but do no I/O (so they do without <cstdio>). Each writes what printf would
// in the C locale, so moving from snprintf changes no byte.
#include <string>

namespace pathways {

std::string fixed_text(double value, int decimals);  // printf "%.<decimals>f"
std::string general_text(double value, int digits);  // printf "%.<digits>g"
std::string zero_padded(long value, int width);      // printf "%0<width>ld"

}  // namespace pathways
