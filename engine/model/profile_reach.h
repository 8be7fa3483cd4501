#pragma once
// Which attribute profiles can be in each stage: people enter with the
// profiles of their sources' mixes and move along the graph, each stage's
// `sets` applied on entering. Validation checks routing only for these
// profiles; the absorbing-chain solver follows the same values.
#include <cstdint>
#include <vector>

#include "model/model.h"

namespace pathways {

// People entering a stage with a mix of profiles (a value with share 0 does not occur).
struct ProfileSource {
    StageIndex stage = 0;
    Mix mix;
};

// The model's own sources: every arrival stream (background load included)
// and every stage's initial occupants (who count as having entered their
// stage, so its `sets` applies to them too).
std::vector<ProfileSource> profile_sources(const Model& model);

// The profiles a mix gives: every combination of values with a share above 0.
std::vector<bool> profiles_of(const Model& model, const Mix& mix);

// reached[stage][profile]: whether someone with that profile can be in the
// stage, coming from the model's own sources and `extra` (for example the
// mixes of later regimes), along routing edges with p > 0 whose `when`
// applies, renege moves and deadline diversions.
std::vector<std::vector<bool>> reachable_profiles(const Model& model, const std::vector<ProfileSource>& extra = {});

// The same over a run whose rules change (the base model and each regime's
// rules, which share stages and attributes): anyone one set of rules can put in
// a stage may be there when another takes over, so every set's sources and
// every reached (stage, profile) are followed under every set, until nothing new.
std::vector<std::vector<bool>> reachable_profiles(const std::vector<const Model*>& rule_sets);

}  // namespace pathways
