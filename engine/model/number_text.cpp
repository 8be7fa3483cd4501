#include "model/number_text.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace pathways {

namespace {

template <class... Format>
std::string to_text(double value, Format... format) {
    std::array<char, 400> buffer{};  // the longest fixed double, with its decimals, fits
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format...).ptr;
    return std::string(buffer.data(), end);
}

}  // namespace

std::string fixed_text(double value, int decimals) { return to_text(value, std::chars_format::fixed, decimals); }

std::string general_text(double value, int digits) { return to_text(value, std::chars_format::general, digits); }

std::string zero_padded(long value, int width) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string text = value < 0 ? "-" : "";
    const std::size_t wanted = static_cast<std::size_t>(std::max(width, 0));
    while (text.size() + digits.size() < wanted) text.push_back('0');
    text.append(digits);
    return text;
}

}  // namespace pathways
