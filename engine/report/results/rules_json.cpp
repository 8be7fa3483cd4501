#include "report/results/rules_json.h"

#include <type_traits>

#include "report/results/results_json.h"

namespace pathways {

namespace {

Json violation_json(const RuleViolation& v) {
    Json journey = Json::array();
    for (const JourneyStep& s : v.journey)
        journey.push_back({{"stage", s.stage}, {"entered_day", s.entered}, {"left_day", s.left}, {"how", s.how}});
    return {{"replication", v.replication}, {"person", v.person}, {"journey", std::move(journey)}};
}

// A member of an object as `want`'s type, or `otherwise`.
template <typename T>
T value_of(const Json& j, const char* key, T otherwise) {
    if (!j.is_object() || !j.contains(key)) return otherwise;
    const Json& v = j.at(key);
    if constexpr (std::is_same_v<T, std::string>)
        return v.is_string() ? v.get<std::string>() : otherwise;
    else
        return v.is_number() ? v.get<T>() : otherwise;
}

std::optional<RuleViolation> violation_from_json(const Json& j) {
    if (!j.is_object()) return std::nullopt;
    RuleViolation v{value_of<std::uint32_t>(j, "replication", 1), value_of<std::uint64_t>(j, "person", 0), {}};
    const Json journey = j.contains("journey") ? j.at("journey") : Json::array();
    for (std::size_t i = 0; journey.is_array() && i < journey.size(); ++i) {
        const Json& s = journey[i];
        v.journey.push_back({value_of<std::string>(s, "stage", ""), value_of<double>(s, "entered_day", 0),
                             value_of<double>(s, "left_day", 0), value_of<std::string>(s, "how", "")});
    }
    return v;
}

}  // namespace

Json rules_json(const std::vector<RuleResult>& rules) {
    Json out = Json::object();
    for (const RuleResult& r : rules) {
        Json j = {{"label", r.label}, {"source", r.source}, {"held", r.held()}};
        j["violating_journeys"] = stat_json(r.violating);
        if (r.first) j["first_violation"] = violation_json(*r.first);
        out[r.id] = std::move(j);
    }
    return out;
}

std::vector<RuleResult> rules_from_json(const Json& rules) {
    std::vector<RuleResult> out;
    if (!rules.is_object()) return out;
    for (const auto& [id, j] : rules.items()) {
        RuleResult r{id, value_of<std::string>(j, "label", ""), value_of<std::string>(j, "source", ""), {}, {}};
        if (j.is_object() && j.contains("violating_journeys")) r.violating = stat_from_json(j.at("violating_journeys"));
        if (j.is_object() && j.contains("first_violation")) r.first = violation_from_json(j.at("first_violation"));
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace pathways
