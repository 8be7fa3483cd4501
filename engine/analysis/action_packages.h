#pragma once
// Packages of actions: combinations of what-ifs applied together. Two actions
// that write the same figure (or one inside the other) cannot be combined:
// which of them would hold? Such packages are left out, and the clashes
// listed with the figures both write.
#include <cstddef>
#include <string>
#include <vector>

namespace pathways {

struct Action {
    std::string id;
    double cost_per_year = 0;
    std::vector<std::string> writes;  // the JSON pointers its patch sets
};

struct Package {
    std::vector<std::size_t> actions;  // ascending
    double cost_per_year = 0;
};

// Two actions that write one figure: every package holding both is left out.
struct Clash {
    std::size_t first = 0, second = 0;  // first < second
    std::vector<std::string> paths;     // the first's pointers the second also writes, or writes inside
};

struct PackageSearch {
    std::vector<Package> packages;  // by size, then by the actions' order
    std::vector<Clash> clashes;
    bool exhaustive = true;  // false: the heuristic's candidates only
};

// Up to this many actions every package is tried.
constexpr std::size_t exhaustive_package_limit = 10;

// Whether one pointer names the other or a figure inside it ("/stages/a"
// holds "/stages/a/capacity"; "/stages/ab" is another stage).
bool writes_clash(const std::string& a, const std::string& b);

std::vector<Clash> clashes_between(const std::vector<Action>& actions);

// Every package of one or more actions without a clash, when there are at
// most exhaustive_package_limit actions. Beyond that, a stated heuristic
// needing each action's effect alone (higher is better): every package of one
// or two actions, and the greedy chain that adds actions in order of effect
// per £ (the free ones first, in order of effect) while none clashes.
PackageSearch packages_of(const std::vector<Action>& actions, const std::vector<double>& effect_alone = {});

// A package's id: its actions' ids, sorted, joined by "+".
std::string package_id(const Package& p, const std::vector<Action>& actions);

}  // namespace pathways
