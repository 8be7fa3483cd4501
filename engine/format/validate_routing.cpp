// Routing: the `next` edges of a stage, and their shares for every kind of person.
#include <algorithm>
#include <cmath>

#include "format/validate.h"

namespace pathways {

namespace {

struct ReadEdge {
    Edge edge;
    bool target_known = false;
    bool complete = false;  // p and every condition read
};

std::optional<std::vector<Condition>> read_when(LoadContext& c, const Json& when, const std::string& p) {
    if (!c.in.object(when, p)) return std::nullopt;
    std::vector<Condition> out;
    bool ok = true;
    for (const auto& [name, value] : when.items()) {
        const std::string cp = child(p, name);
        auto a = attribute_ref(c, name, cp);
        auto v = a ? value_ref(c, *a, value, cp) : std::nullopt;
        ok = ok && v.has_value();
        if (v) out.push_back({*a, *v});
    }
    if (!ok) return std::nullopt;
    return out;
}

ReadEdge read_edge(LoadContext& c, const Json& value, const std::string& p) {
    ReadEdge r;
    if (!c.in.object(value, p)) return r;
    c.in.keys(value, p, {"to", "p", "when"});
    const Json* to = c.in.required(value, p, "to");
    const Json* share = c.in.required(value, p, "p");
    auto target = to ? stage_ref(c, *to, child(p, "to")) : std::nullopt;
    auto x = share ? c.in.number(*share, child(p, "p"), Sign::non_negative) : std::nullopt;
    if (x && *x > 1) {
        c.in.error(child(p, "p"), "must be a share between 0 and 1, got " + show(*share));
        x.reset();
    }
    std::optional<std::vector<Condition>> when = std::vector<Condition>{};
    if (const Json* w = Reader::member(value, "when")) when = read_when(c, *w, child(p, "when"));
    r.target_known = target.has_value();
    r.complete = x && when;
    r.edge = Edge{target.value_or(0), x.value_or(0), when.value_or(std::vector<Condition>{})};
    return r;
}

// Checks that the shares sum to 1 for every combination of the attributes the
// edges name (others cannot change which edges apply).
void check_shares(LoadContext& c, const std::vector<ReadEdge>& edges, const std::string& p) {
    std::vector<std::uint32_t> named;
    for (const auto& e : edges) {
        for (const auto& cond : e.edge.when) named.push_back(cond.attribute);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    std::vector<std::uint32_t> values(named.size(), 0);
    std::size_t failing = 0;
    std::string first;
    for (bool more = true; more;) {
        double sum = 0;
        for (const auto& e : edges) {
            bool applies = std::all_of(e.edge.when.begin(), e.edge.when.end(), [&](const Condition& cond) {
                auto at = std::lower_bound(named.begin(), named.end(), cond.attribute) - named.begin();
                return values[static_cast<std::size_t>(at)] == cond.value;
            });
            if (applies) sum += e.edge.p;
        }
        if (std::fabs(sum - 1) > share_tolerance && failing++ == 0) {
            const std::string who = named.empty() ? "" : "for " + describe_profile(c.model, named, values) + " ";
            first = who + "the shares sum to " + show_number(sum) + ", not 1";
        }
        // Next combination, the last attribute varying fastest.
        more = false;
        for (std::size_t i = named.size(); i-- > 0 && !more;) {
            if (++values[i] < c.model.attributes[named[i]].values.size())
                more = true;
            else
                values[i] = 0;
        }
    }
    if (failing > 1) first += " (and for " + std::to_string(failing - 1) + " other combinations)";
    if (failing > 0) c.in.error(p, first);
}

}  // namespace

std::vector<Edge> read_next(LoadContext& c, const Json& value, const std::string& p) {
    if (!c.in.array(value, p)) return {};
    if (value.empty()) {
        c.in.error(p, "must list at least one edge, got an empty array");
        return {};
    }
    std::vector<ReadEdge> read;
    for (std::size_t i = 0; i < value.size(); ++i) read.push_back(read_edge(c, value[i], child(p, i)));
    if (std::all_of(read.begin(), read.end(), [](const ReadEdge& e) { return e.complete; })) check_shares(c, read, p);
    std::vector<Edge> edges;
    for (const auto& e : read) {
        if (e.target_known) edges.push_back(e.edge);
    }
    return edges;
}

}  // namespace pathways
