// Routing: the `next` edges of a stage, and their shares for every kind of person.
#include <algorithm>
#include <cmath>

#include "format/validate.h"

namespace pathways {

namespace {

// An edge as far as it could be read: a share or a condition with a problem
// leaves the rest, so that the shares can still be checked as far as they are
// known and every problem of a stage is listed in one run.
struct ReadEdge {
    Edge edge;  // edge.when: the conditions that could be read
    bool target_known = false;
    bool p_known = false;
    bool when_known = false;  // every condition read
};

struct ReadWhen {
    std::vector<Condition> conditions;
    bool complete = true;
};

ReadWhen read_when(LoadContext& c, const Json& when, const std::string& p) {
    ReadWhen out;
    if (!c.in.object(when, p)) return {{}, false};
    for (const auto& [name, value] : when.items()) {
        const std::string cp = child(p, name);
        auto a = attribute_ref(c, name, cp);
        auto v = a ? value_ref(c, *a, value, cp) : std::nullopt;
        if (v)
            out.conditions.push_back({*a, *v});
        else
            out.complete = false;
    }
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
    ReadWhen when;
    if (const Json* w = Reader::member(value, "when")) when = read_when(c, *w, child(p, "when"));
    r.target_known = target.has_value();
    r.p_known = x.has_value();
    r.when_known = when.complete;
    r.edge = Edge{target.value_or(0), x.value_or(0), std::move(when.conditions)};
    return r;
}

// The least and the most the shares can sum to for one kind of person. An
// edge whose conditions could not be read applies to nobody, as written (no
// one has an undeclared value); one whose share could not be read may carry
// anything from 0 to 1.
struct ShareSum {
    double low = 0, high = 0;
    bool wrong() const { return high < 1 - share_tolerance || low > 1 + share_tolerance; }
    std::string words() const {
        if (high - low <= share_tolerance) return "the shares sum to " + show_number(low) + ", not 1";
        return high < 1 ? "the shares sum to at most " + show_number(high) + ", not 1"
                        : "the shares sum to at least " + show_number(low) + ", not 1";
    }
};

ShareSum share_sum(const std::vector<ReadEdge>& edges, const std::vector<std::uint32_t>& named,
                   const std::vector<std::uint32_t>& values) {
    ShareSum sum;
    for (const auto& e : edges) {
        bool applies = std::all_of(e.edge.when.begin(), e.edge.when.end(), [&](const Condition& cond) {
            auto at = std::lower_bound(named.begin(), named.end(), cond.attribute) - named.begin();
            return values[static_cast<std::size_t>(at)] == cond.value;
        });
        if (!applies || !e.when_known) continue;
        sum.low += e.p_known ? e.edge.p : 0.0;
        sum.high += e.p_known ? e.edge.p : 1.0;
    }
    return sum;
}

// Which kinds of person a stage's shares must hold for while it is read.
enum class ShareCheck {
    every_combination,  // format 1: everyone
    if_wrong_for_all    // format 1.1: who reaches the stage is known only later;
                        // shares wrong for everyone are wrong whoever reaches it
};

// Checks that the shares sum to 1 for every combination of the attributes the
// edges name (others cannot change which edges apply), as far as the edges
// could be read.
void check_shares(LoadContext& c, const std::vector<ReadEdge>& edges, const std::string& p, ShareCheck check) {
    std::vector<std::uint32_t> named;
    for (const auto& e : edges) {
        for (const auto& cond : e.edge.when) named.push_back(cond.attribute);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    std::vector<std::uint32_t> values(named.size(), 0);
    std::size_t failing = 0, combinations = 0;
    std::string first;
    for (bool more = true; more; ++combinations) {
        const ShareSum sum = share_sum(edges, named, values);
        if (sum.wrong() && failing++ == 0) {
            const std::string who = named.empty() ? "" : "for " + describe_profile(c.model, named, values) + " ";
            first = who + sum.words();
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
    if (check == ShareCheck::if_wrong_for_all && failing < combinations) return;
    if (failing > 1) first += " (and for " + std::to_string(failing - 1) + " other combinations)";
    if (failing > 0) c.in.error(p, first);
}

// The attributes any of the edges names, ascending.
std::vector<std::uint32_t> named_attributes(const std::vector<Edge>& edges) {
    std::vector<std::uint32_t> named;
    for (const auto& e : edges) {
        for (const auto& cond : e.when) named.push_back(cond.attribute);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    return named;
}

// The shares of one stage for every profile that reaches it, reported once
// per combination of the attributes the edges name (others change nothing).
void check_stage_shares(LoadContext& c, StageIndex s, const std::vector<bool>& reached, bool reachable_only) {
    const Model& m = c.model;
    const std::vector<Edge>& edges = m.stages[s].next;
    const std::vector<std::uint32_t> named = named_attributes(edges);
    std::vector<std::vector<std::uint32_t>> failing;
    double first_sum = 0;
    for (std::uint32_t profile = 0; profile < reached.size(); ++profile) {
        if (!reached[profile]) continue;
        double sum = 0;
        for (const Edge& e : edges) sum += m.applies(e, profile) ? e.p : 0;
        if (std::fabs(sum - 1) <= share_tolerance) continue;
        std::vector<std::uint32_t> values;
        for (std::uint32_t a : named) values.push_back(m.profile_value(profile, a));
        if (std::find(failing.begin(), failing.end(), values) != failing.end()) continue;
        if (failing.empty()) first_sum = sum;
        failing.push_back(values);
    }
    if (failing.empty()) return;
    const std::string who = named.empty() ? "" : "for " + describe_profile(m, named, failing[0]) + " ";
    std::string message = who + "the shares sum to " + show_number(first_sum) + ", not 1";
    if (failing.size() > 1) message += " (and for " + std::to_string(failing.size() - 1) + " other combinations)";
    if (reachable_only && !named.empty()) message += "; people with these values can reach this stage";
    c.in.error(child(child("/stages", m.stages[s].id), "next"), message);
}

}  // namespace

void check_reached_shares(LoadContext& c, const std::vector<std::vector<bool>>& reached) {
    const std::vector<bool> everyone(c.model.profile_count(), true);
    for (StageIndex s = 0; s < c.model.stages.size() && s < reached.size(); ++s) {
        if (c.model.stages[s].kind == StageKind::outcome) continue;
        // Nothing says who would reach a stage nobody reaches (it is warned
        // about): its routing must then hold for everyone, as in format 1.
        const bool unreached = std::find(reached[s].begin(), reached[s].end(), true) == reached[s].end();
        check_stage_shares(c, s, unreached ? everyone : reached[s], !unreached);
    }
}

std::vector<Edge> read_next(LoadContext& c, const Json& value, const std::string& p) {
    if (!c.in.array(value, p)) return {};
    if (value.empty()) {
        c.in.error(p, "must list at least one edge, got an empty array");
        return {};
    }
    std::vector<ReadEdge> read;
    for (std::size_t i = 0; i < value.size(); ++i) read.push_back(read_edge(c, value[i], child(p, i)));
    // Format 1.1 checks shares only for the profiles that reach the stage,
    // known once the whole graph is read (check_reached_shares, which runs
    // only on a model with no other problem); here only what is wrong for all.
    check_shares(c, read, p, c.model.version_1_1() ? ShareCheck::if_wrong_for_all : ShareCheck::every_combination);
    std::vector<Edge> edges;
    for (const auto& e : read) {
        if (e.target_known) edges.push_back(e.edge);
    }
    return edges;
}

}  // namespace pathways
