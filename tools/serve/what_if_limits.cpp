#include "what_if_limits.h"

#include <algorithm>

#include "model/model.h"

namespace pathways::serve {

namespace {

// Templates: the model is an ordered document, the scenario an unordered one.
template <typename J>
std::size_t entries_in(const J* section) {
    return section && (section->is_object() || section->is_array()) ? section->size() : 0;
}

template <typename J>
const J* member_of(const J& object, const char* name) {
    return object.is_object() && object.contains(name) ? &object.at(name) : nullptr;
}

template <typename J>
std::size_t edges_in(const J* stages) {
    std::size_t edges = 0;
    if (!stages || !stages->is_object()) return 0;
    for (const auto& [id, stage] : stages->items())
        if (stage.is_object()) edges += entries_in(member_of(stage, "next"));
    return edges;
}

}  // namespace

std::optional<std::string> oversized_section(const Json& model_document, const std::string& scenario_text) {
    // Unordered: an ordered object looks every key up in a list, slow for the very sections counted here.
    const nlohmann::json scenario = nlohmann::json::parse(scenario_text, nullptr, false);
    if (scenario.is_discarded()) return std::nullopt;
    const nlohmann::json* patch = member_of(scenario, "patch");
    if (!patch) return std::nullopt;
    auto limit = [](std::size_t in_model) { return 2 * in_model + 50; };
    for (const char* section : {"stages", "arrivals", "deadlines", "regimes", "uncertainty", "levers"}) {
        const std::size_t given = entries_in(member_of(*patch, section));
        const std::size_t most = limit(entries_in(member_of(model_document, section)));
        if (given > most)
            return "the what-if's '" + std::string(section) + "' has " + std::to_string(given) +
                   " entries; this server takes at most " + std::to_string(most) +
                   " (twice the model's, plus 50), so that checking it stays within the time limit";
    }
    const std::size_t edges = edges_in(member_of(*patch, "stages"));
    const std::size_t most = limit(edges_in(member_of(model_document, "stages")));
    if (edges > most)
        return "the what-if routes people along " + std::to_string(edges) + " edges; this server takes at most " +
               std::to_string(most) + " (twice the model's, plus 50)";
    return std::nullopt;
}

double work_estimate(const Model& model, std::uint32_t replications) {
    return std::max(1.0, expected_arrivals(model)) *
           static_cast<double>(std::max<std::size_t>(1, model.stages.size())) * replications;
}

}  // namespace pathways::serve
