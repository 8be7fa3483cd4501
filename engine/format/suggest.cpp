#include "format/suggest.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace pathways {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
    // Close means a third of the word's letters or fewer changed (at least one),
    // so "capacty" finds "capacity" but "x" does not find "ta".
    const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
    const std::string* best = nullptr;
    std::size_t best_distance = allowed + 1;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(lower(word), lower(c));
        if (d < best_distance) {
            best_distance = d;
            best = &c;
        }
    }
    return best ? "; did you mean '" + *best + "'?" : "";
}

}  // namespace pathways
