#include "analysis/action_packages.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <set>
#include <stdexcept>

namespace pathways {

bool writes_clash(const std::string& a, const std::string& b) {
    const std::string& shorter = a.size() <= b.size() ? a : b;
    const std::string& longer = a.size() <= b.size() ? b : a;
    if (longer.compare(0, shorter.size(), shorter) != 0) return false;
    return longer.size() == shorter.size() || longer[shorter.size()] == '/';
}

std::vector<Clash> clashes_between(const std::vector<Action>& actions) {
    std::vector<Clash> out;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        for (std::size_t j = i + 1; j < actions.size(); ++j) {
            Clash c{i, j, {}};
            for (const std::string& p : actions[i].writes) {
                for (const std::string& q : actions[j].writes) {
                    if (writes_clash(p, q)) {
                        c.paths.push_back(p.size() <= q.size() ? p : q);
                        break;
                    }
                }
            }
            if (!c.paths.empty()) out.push_back(std::move(c));
        }
    }
    return out;
}

namespace {

bool holds_clash(const std::vector<std::size_t>& members, const std::vector<Clash>& clashes) {
    return std::any_of(clashes.begin(), clashes.end(), [&](const Clash& c) {
        return std::binary_search(members.begin(), members.end(), c.first) &&
               std::binary_search(members.begin(), members.end(), c.second);
    });
}

Package package_of(std::vector<std::size_t> members, const std::vector<Action>& actions) {
    std::sort(members.begin(), members.end());
    Package p{std::move(members), 0};
    for (std::size_t a : p.actions) p.cost_per_year += actions[a].cost_per_year;
    return p;
}

// Every subset, as bit masks ordered by size and then by the actions' order.
std::vector<std::vector<std::size_t>> every_subset(std::size_t n) {
    std::vector<std::vector<std::size_t>> out;
    for (std::uint32_t mask = 1; mask < (1u << n); ++mask) {
        std::vector<std::size_t> members;
        for (std::size_t a = 0; a < n; ++a)
            if (mask & (1u << a)) members.push_back(a);
        out.push_back(std::move(members));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& x, const auto& y) { return x.size() != y.size() ? x.size() < y.size() : x < y; });
    return out;
}

// Actions in the order the greedy chain adds them: most effect per £ first;
// free actions before any that cost, by effect.
std::vector<std::size_t> greedy_order(const std::vector<Action>& actions, const std::vector<double>& effect) {
    std::vector<std::size_t> order(actions.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto key = [&](std::size_t a) {
        const bool free = !(actions[a].cost_per_year > 0);
        return std::make_pair(free ? 0 : 1, free ? -effect[a] : -effect[a] / actions[a].cost_per_year);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return key(x) < key(y); });
    return order;
}

std::vector<std::vector<std::size_t>> heuristic_candidates(const std::vector<Action>& actions,
                                                           const std::vector<double>& effect,
                                                           const std::vector<Clash>& clashes) {
    std::vector<std::vector<std::size_t>> out;
    for (std::size_t i = 0; i < actions.size(); ++i) out.push_back({i});
    for (std::size_t i = 0; i < actions.size(); ++i)
        for (std::size_t j = i + 1; j < actions.size(); ++j) out.push_back({i, j});
    std::vector<std::size_t> chain;
    for (std::size_t a : greedy_order(actions, effect)) {
        if (!(effect[a] > 0)) continue;
        auto longer = chain;
        longer.push_back(a);
        std::sort(longer.begin(), longer.end());
        if (holds_clash(longer, clashes)) continue;
        chain = std::move(longer);
        if (chain.size() > 2) out.push_back(chain);
    }
    return out;
}

}  // namespace

PackageSearch packages_of(const std::vector<Action>& actions, const std::vector<double>& effect_alone) {
    PackageSearch search;
    search.clashes = clashes_between(actions);
    search.exhaustive = actions.size() <= exhaustive_package_limit;
    if (!search.exhaustive && effect_alone.size() != actions.size())
        throw std::invalid_argument("more than " + std::to_string(exhaustive_package_limit) +
                                    " actions need each action's effect alone");
    const auto candidates =
        search.exhaustive ? every_subset(actions.size()) : heuristic_candidates(actions, effect_alone, search.clashes);
    std::set<std::vector<std::size_t>> seen;
    for (const auto& members : candidates) {
        if (holds_clash(members, search.clashes) || !seen.insert(members).second) continue;
        search.packages.push_back(package_of(members, actions));
    }
    return search;
}

std::string package_id(const Package& p, const std::vector<Action>& actions) {
    std::vector<std::string> ids;
    for (std::size_t a : p.actions) ids.push_back(actions[a].id);
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const std::string& id : ids) {
        if (!out.empty()) out += '+';
        out += id;
    }
    return out;
}

}  // namespace pathways
