// Setting uncertain parameters in a model document.
#include "format/parameter_draw.h"

#include <cmath>
#include <cstdint>

namespace pathways {

namespace {

const char* const integer_members[] = {"capacity", "count", "size"};

// The share pointer's edge takes value; the rest of its group shares what is left
// in the proportions they had.
void set_share(Json& document, const SharePlace& place, double value) {
    Json& next = document.at(Json::json_pointer(place.next));
    const std::vector<std::size_t> group = share_group(next, place.edge);
    double others = 0;
    for (std::size_t i : group) others += next.at(i).at("p").get<double>();
    next.at(place.edge)["p"] = value;
    if (!(others > 0)) return;
    const double factor = (1 - value) / others;
    for (std::size_t i : group) next.at(i)["p"] = next.at(i).at("p").get<double>() * factor;
}

void set_number(Json& document, const std::string& pointer, double value) {
    if (const auto place = share_place(pointer)) {
        set_share(document, *place, value);
    } else if (integer_parameter(pointer)) {
        document[Json::json_pointer(pointer)] = static_cast<std::int64_t>(std::llround(value));
    } else {
        document[Json::json_pointer(pointer)] = value;
    }
}

}  // namespace

bool integer_parameter(const std::string& pointer) {
    const std::string last = Json::json_pointer(pointer).back();
    for (const char* name : integer_members) {
        if (last == name) return true;
    }
    return false;
}

std::optional<SharePlace> share_place(const std::string& pointer) {
    Json::json_pointer p(pointer);
    if (p.empty() || p.back() != "p") return std::nullopt;
    p.pop_back();
    if (p.empty()) return std::nullopt;
    const std::string index = p.back();
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    p.pop_back();
    if (p.empty() || p.back() != "next") return std::nullopt;
    return SharePlace{p.to_string(), std::stoul(index)};
}

Json edge_condition(const Json& edge) {
    const auto when = edge.find("when");
    return when == edge.end() ? Json::object() : *when;
}

std::vector<std::size_t> share_group(const Json& next, std::size_t edge) {
    // Compared unordered: the same conditions written in another order are the same `when`.
    const nlohmann::json when = edge_condition(next.at(edge));
    std::vector<std::size_t> group;
    for (std::size_t i = 0; i < next.size(); ++i) {
        // An edge without a numeric share is the routing checks' to report; it cannot take up a change.
        const auto share = next.at(i).find("p");
        if (share == next.at(i).end() || !share->is_number()) continue;
        if (i != edge && nlohmann::json(edge_condition(next.at(i))) == when) group.push_back(i);
    }
    return group;
}

Json apply_parameter_values(const Json& document, const std::vector<UncertainParameter>& parameters,
                            const std::vector<double>& values) {
    Json drawn = document;
    for (std::size_t i = 0; i < parameters.size() && i < values.size(); ++i) {
        for (const auto& path : parameters[i].paths) {
            // Multipliers apply to the model's own values, whatever other parameters did to them.
            const double current = document.at(Json::json_pointer(path)).get<double>();
            set_number(drawn, path, parameters[i].scale ? values[i] * current : values[i]);
        }
    }
    return drawn;
}

}  // namespace pathways
