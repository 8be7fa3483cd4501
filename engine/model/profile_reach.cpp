#include "model/profile_reach.h"

#include <utility>

namespace pathways {

namespace {

// Where people in each stage can be sent besides routing: giving up and deadlines.
std::vector<std::vector<StageIndex>> forced_moves(const Model& model) {
    std::vector<std::vector<StageIndex>> out(model.stages.size());
    for (std::size_t s = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].on_renege) out[s].push_back(*model.stages[s].on_renege);
    }
    for (const Deadline& d : model.deadlines) {
        for (std::size_t i = 0; i < d.applies_to.size() && i < d.divert_to.size(); ++i)
            out[d.applies_to[i]].push_back(d.divert_to[i]);
    }
    return out;
}

// A breadth-first walk over (stage, profile) pairs.
class Walk {
public:
    explicit Walk(const Model& model)
        : model_(model), reached_(model.stages.size(), std::vector<bool>(model.profile_count(), false)) {}

    void enter(StageIndex s, std::uint32_t profile) {
        profile = model_.after_entering(s, profile);
        if (reached_[s][profile]) return;
        reached_[s][profile] = true;
        pending_.emplace_back(s, profile);
    }

    void enter_reached(const std::vector<std::vector<bool>>& reached) {
        for (StageIndex s = 0; s < reached.size() && s < reached_.size(); ++s) {
            for (std::uint32_t p = 0; p < reached[s].size(); ++p) {
                if (reached[s][p]) enter(s, p);
            }
        }
    }

    void enter_all(const ProfileSource& source) {
        const std::vector<bool> profiles = profiles_of(model_, source.mix);
        for (std::uint32_t p = 0; p < profiles.size(); ++p) {
            if (profiles[p]) enter(source.stage, p);
        }
    }

    std::vector<std::vector<bool>> run() {
        const std::vector<std::vector<StageIndex>> forced = forced_moves(model_);
        while (!pending_.empty()) {
            const auto [s, profile] = pending_.back();
            pending_.pop_back();
            for (const Edge& e : model_.stages[s].next) {
                if (e.p > 0 && model_.applies(e, profile)) enter(e.to, profile);
            }
            for (StageIndex to : forced[s]) enter(to, profile);
        }
        return std::move(reached_);
    }

private:
    const Model& model_;
    std::vector<std::vector<bool>> reached_;
    std::vector<std::pair<StageIndex, std::uint32_t>> pending_;
};

}  // namespace

std::vector<ProfileSource> profile_sources(const Model& model) {
    std::vector<ProfileSource> out;
    for (const ArrivalStream& a : model.arrivals) out.push_back({a.to, a.mix});
    for (std::size_t s = 0; s < model.stages.size(); ++s) {
        if (model.stages[s].initial.count > 0) out.push_back({static_cast<StageIndex>(s), model.stages[s].initial.mix});
    }
    return out;
}

std::vector<bool> profiles_of(const Model& model, const Mix& mix) {
    std::vector<bool> out(model.profile_count(), true);
    for (std::uint32_t p = 0; p < out.size(); ++p) {
        for (std::uint32_t a = 0; a < model.attributes.size() && a < mix.size(); ++a) {
            const std::uint32_t v = model.profile_value(p, a);
            if (v >= mix[a].size() || !(mix[a][v] > 0)) out[p] = false;
        }
    }
    return out;
}

std::vector<std::vector<bool>> reachable_profiles(const Model& model, const std::vector<ProfileSource>& extra) {
    Walk walk(model);
    for (const ProfileSource& source : profile_sources(model)) walk.enter_all(source);
    for (const ProfileSource& source : extra) walk.enter_all(source);
    return walk.run();
}

namespace {

// Where people enter under any of the rule sets (arrivals, initial occupants),
// found once: entering every set's sources in every set's walk made checking
// regimes quadratic in their number. Rules differ in values only, so profiles
// mean the same under each.
std::vector<std::vector<bool>> entry_points(const std::vector<const Model*>& rule_sets) {
    if (rule_sets.empty()) return {};
    const Model& first = *rule_sets.front();
    std::vector<std::vector<bool>> out(first.stages.size(), std::vector<bool>(first.profile_count(), false));
    for (const Model* rules : rule_sets) {
        for (const ProfileSource& source : profile_sources(*rules)) {
            const std::vector<bool> profiles = profiles_of(*rules, source.mix);
            for (std::uint32_t p = 0; p < profiles.size() && source.stage < out.size(); ++p)
                if (profiles[p]) out[source.stage][p] = true;
        }
    }
    return out;
}

}  // namespace

std::vector<std::vector<bool>> reachable_profiles(const std::vector<const Model*>& rule_sets) {
    const std::vector<std::vector<bool>> entries = entry_points(rule_sets);
    std::vector<std::vector<bool>> all;
    for (bool grew = true; grew;) {
        grew = false;
        for (const Model* rules : rule_sets) {
            Walk walk(*rules);
            walk.enter_reached(entries);
            walk.enter_reached(all);
            std::vector<std::vector<bool>> reached = walk.run();
            if (all.empty())
                all = std::vector<std::vector<bool>>(reached.size(), std::vector<bool>(rules->profile_count()));
            for (std::size_t s = 0; s < reached.size(); ++s) {
                for (std::size_t p = 0; p < reached[s].size(); ++p) {
                    if (reached[s][p] && !all[s][p]) all[s][p] = grew = true;
                }
            }
        }
    }
    return all;
}

}  // namespace pathways
