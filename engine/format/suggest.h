#pragma once
// "Did you mean" hints for misspelt keys, stage ids and attribute values.
#include <string>
#include <vector>

namespace pathways {

// Levenshtein distance between two strings.
std::size_t edit_distance(const std::string& a, const std::string& b);

// "; did you mean 'capacity'?" when a candidate is close to word, else "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace pathways
