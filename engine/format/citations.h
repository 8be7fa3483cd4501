#pragma once
// The evidence register: the publications a model's sources cite, kept in
// evidence/register.json beside the model file so that every citation can be followed
// inside the repository. A source cites an entry by its id in square
// brackets, for example "about 3,450 households [hackney_ta_2024]".
#include <string>
#include <utility>
#include <vector>

#include "format/load.h"

namespace pathways {

// The register a model file uses: evidence/register.json in the model's folder.
std::string register_path(const std::string& model_path);

// The ids cited in text, in order of appearance: "[abc_1]" cites abc_1.
std::vector<std::string> cited_ids(const std::string& text);

// Warns at each source (of the model, after scenarios, and of each scenario)
// that cites an id the register does not hold, and gives the model the full
// citation of every id it cites. A register that cannot be read is an error.
void resolve_citations(LoadResult& result, const std::string& model_path,
                       const std::vector<std::pair<std::string, ScenarioDescription>>& scenarios);

}  // namespace pathways
