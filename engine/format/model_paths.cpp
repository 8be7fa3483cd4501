// JSON pointers into a model document and the numbers they name.
#include "format/model_paths.h"

#include <cmath>
#include <cstdint>

#include "format/json_reader.h"

namespace pathways {

namespace {

const char* const integer_members[] = {"capacity", "count", "size"};

bool all_digits(const std::string& token) {
    return !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
}

// The pointer's list and last-but-one token when it ends in .../next/<token>/p.
std::optional<std::pair<std::string, std::string>> next_and_token(const std::string& pointer) {
    Json::json_pointer p;
    try {
        p = Json::json_pointer(pointer);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    if (p.empty() || p.back() != "p") return std::nullopt;
    p.pop_back();
    if (p.empty()) return std::nullopt;
    std::string token = p.back();
    p.pop_back();
    if (p.empty() || p.back() != "next") return std::nullopt;
    return std::pair{p.to_string(), std::move(token)};
}

// Whether someone can meet both conditions: no attribute is asked to have two values.
bool can_both_apply(const Json& a, const Json& b) {
    for (const auto& [name, value] : a.items()) {
        const Json* other = Reader::member(b, name);
        if (other && *other != value) return false;
    }
    return true;
}

// Whether every edge has a number for its share.
bool shares_are_numbers(const Json& next) {
    if (!next.is_array()) return false;
    for (const Json& edge : next) {
        const Json* p = edge.is_object() ? Reader::member(edge, "p") : nullptr;
        if (!p || !p->is_number()) return false;
    }
    return true;
}

const Json* at_pointer(const Json& document, const std::string& pointer) {
    try {
        const Json::json_pointer p(pointer);
        return document.contains(p) ? &document.at(p) : nullptr;
    } catch (const nlohmann::json::exception&) {
        return nullptr;
    }
}

// The same edge: to the same place under the same conditions.
bool same_edge(const Json& a, const Json& b) {
    if (!a.is_object() || !b.is_object()) return false;
    const Json* to_a = Reader::member(a, "to");
    const Json* to_b = Reader::member(b, "to");
    return to_a && to_b && *to_a == *to_b && same_condition(edge_condition(a), edge_condition(b));
}

// A regime's share at the base share's place, when its list has the same edge there.
bool regime_has_share(const Json& document, const std::string& prefix, const SharePlace& base) {
    const Json* mine = at_pointer(document, base.next);
    const Json* theirs = at_pointer(document, prefix + base.next);
    if (!mine || !theirs || !mine->is_array() || !theirs->is_array()) return false;
    if (base.edge >= mine->size() || base.edge >= theirs->size()) return false;
    return same_edge((*mine)[base.edge], (*theirs)[base.edge]) &&
           number_at(document, prefix + share_pointer(base)) != nullptr;
}

bool regime_sets(const Json& document, const std::string& prefix, const std::string& pointer) {
    if (const auto place = share_place(pointer)) return regime_has_share(document, prefix, *place);
    if (names_shares_by_stage(pointer)) return !expand_share_path(document, prefix + pointer).empty();
    return number_at(document, prefix + pointer) != nullptr;
}

}  // namespace

std::optional<SharePlace> share_place(const std::string& pointer) {
    const auto found = next_and_token(pointer);
    // Nine digits at most: no `next` list is that long, and more would overflow.
    if (!found || !all_digits(found->second) || found->second.size() > 9) return std::nullopt;
    return SharePlace{found->first, std::stoul(found->second)};
}

std::string share_pointer(const SharePlace& place) { return child(child(place.next, place.edge), "p"); }

bool names_shares_by_stage(const std::string& pointer) {
    const auto found = next_and_token(pointer);
    return found && !found->second.empty() && !all_digits(found->second);
}

const Json* number_at(const Json& document, const std::string& pointer) {
    const Json* value = at_pointer(document, pointer);
    return value && value->is_number() ? value : nullptr;
}

bool integer_parameter(const std::string& pointer) {
    const std::string last = Json::json_pointer(pointer).back();
    for (const char* name : integer_members) {
        if (last == name) return true;
    }
    return false;
}

Json edge_condition(const Json& edge) {
    const auto when = edge.find("when");
    return when == edge.end() ? Json::object() : *when;
}

bool same_condition(const Json& a, const Json& b) {
    // nlohmann::json keeps keys sorted, so the comparison ignores the order they were written in.
    return nlohmann::json(a) == nlohmann::json(b);
}

std::vector<std::size_t> share_group(const Json& next, std::size_t edge) {
    const Json when = edge_condition(next.at(edge));
    std::vector<std::size_t> group;
    for (std::size_t i = 0; i < next.size(); ++i) {
        // An edge without a numeric share is the routing checks' to report; it cannot take up a change.
        const auto share = next.at(i).find("p");
        if (share == next.at(i).end() || !share->is_number()) continue;
        if (i != edge && same_condition(edge_condition(next.at(i)), when)) group.push_back(i);
    }
    return group;
}

std::string share_problem(const Json& document, const SharePlace& place) {
    const Json& next = document.at(Json::json_pointer(place.next));
    if (!shares_are_numbers(next)) return "";
    const Json when = edge_condition(next.at(place.edge));
    for (std::size_t i = 0; i < next.size(); ++i) {
        const Json other = edge_condition(next.at(i));
        if (i != place.edge && can_both_apply(when, other) && !same_condition(other, when))
            return "edge " + std::to_string(i) + "'s 'when' overlaps this edge's only in part, so no group of " +
                   "shares can be rescaled to keep summing to 1";
    }
    double others = 0;
    for (std::size_t i : share_group(next, place.edge)) others += next.at(i).at("p").get<double>();
    if (!(others > 0)) return "no other edge with the same 'when' has a share above 0 to take up the change";
    return "";
}

std::vector<std::string> expand_share_path(const Json& document, const std::string& pointer) {
    if (!names_shares_by_stage(pointer)) return {pointer};
    const auto [list, stage] = *next_and_token(pointer);
    const Json* next = at_pointer(document, list);
    std::vector<std::string> out;
    if (!next || !next->is_array()) return out;
    for (std::size_t i = 0; i < next->size(); ++i) {
        const Json& edge = (*next)[i];
        const Json* to = edge.is_object() ? Reader::member(edge, "to") : nullptr;
        if (to && *to == stage) out.push_back(share_pointer({list, i}));
    }
    return out;
}

std::vector<std::string> regime_places(const Json& document, const std::string& pointer) {
    std::vector<std::string> out;
    const Json* regimes = at_pointer(document, "/regimes");
    if (!regimes || !regimes->is_object()) return out;
    for (const auto& [id, regime] : regimes->items()) {
        const std::string prefix = child(child("/regimes", id), "patch");
        if (regime_sets(document, prefix, pointer)) out.push_back(prefix + pointer);
    }
    return out;
}

void set_number(Json& document, const std::string& pointer, double value) {
    if (integer_parameter(pointer))
        document[Json::json_pointer(pointer)] = static_cast<std::int64_t>(std::llround(value));
    else
        document[Json::json_pointer(pointer)] = value;
}

void rebalance_share(Json& document, const SharePlace& place, double value) {
    Json& next = document.at(Json::json_pointer(place.next));
    const std::vector<std::size_t> group = share_group(next, place.edge);
    double others = 0;
    for (std::size_t i : group) others += next.at(i).at("p").get<double>();
    next.at(place.edge)["p"] = value;
    if (!(others > 0)) return;
    // The rest of the group shares what is left in the proportions they had.
    const double factor = (1 - value) / others;
    for (std::size_t i : group) next.at(i)["p"] = next.at(i).at("p").get<double>() * factor;
}

void put_number(Json& document, const std::string& pointer, double value) {
    if (const auto place = share_place(pointer))
        rebalance_share(document, *place, value);
    else
        set_number(document, pointer, value);
}

}  // namespace pathways
