#pragma once
// The sections of model validation. Each reads its part of the document into
// the Model, reporting every problem through the Reader; a section that finds
// problems leaves safe placeholder values so the others can go on checking.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "format/json_reader.h"
#include "format/load.h"
#include "model/model.h"

namespace pathways {

// Limits that keep a model runnable (model-format.md, "Limits").
inline constexpr std::uint64_t max_capacity = 10'000'000;
inline constexpr std::uint64_t max_batch_size = 10'000'000;
inline constexpr std::size_t max_stages = 100'000;
inline constexpr std::uint64_t max_replications = 10'000;
inline constexpr double max_expected_arrivals = 1e9;
// Units a supply stage may release in a replication: each is an event, taken or not.
inline constexpr double max_supply_units = 1e7;
// Not in the format's limits: a duration whose mean passes ~27,000 years is a
// typing slip, and one whose mean overflows would fill results with infinities.
inline constexpr double max_mean_duration_days = 1e7;
inline constexpr std::uint64_t max_profiles = 4096;
// Shares (routing p, mix) must sum to 1 within this.
inline constexpr double share_tolerance = 1e-9;

struct LoadContext {
    Reader& in;
    Model& model;
    std::vector<std::string> stage_ids;  // in document order, as model.stages
    std::unordered_map<std::string, StageIndex> stage_lookup;
    // A regime's rules: who reaches each stage depends on every regime's
    // rules, so their routing is checked once all are known (read_regimes).
    bool rules_of_a_regime = false;
    // The model before scenarios, when there are any: the plausible ranges of
    // `uncertainty` hold its values, as a scenario may fix a varied number anywhere.
    const Json* base = nullptr;
};

// An ISO date, YYYY-MM-DD, that is a day of the calendar (no 30 February).
std::optional<std::chrono::year_month_day> read_date(Reader& in, const Json& value, const std::string& pointer);

// A regime's rules as a model, their routing shares left for read_regimes to
// check over every regime's people.
LoadResult load_regime_rules(const Json& document);
// A model loaded only to see whether it is valid (no hash of it is made).
LoadResult load_model_to_check(const Json& document);

// Top level pieces, each given the member's value and pointer.
void read_attributes(LoadContext& c, const Json& value, const std::string& pointer);
void read_stages(LoadContext& c, const Json& value, const std::string& pointer);
void read_arrivals(LoadContext& c, const Json& value, const std::string& pointer);
void read_deadlines(LoadContext& c, const Json& value, const std::string& pointer);
void read_simulation(LoadContext& c, const Json& value, const std::string& pointer);
void read_targets(LoadContext& c, const Json& value, const std::string& pointer);
// Format 1.2 `measures` (validate_measures.cpp); read once stages, streams and attributes are known.
void read_measures(LoadContext& c, const Json& value, const std::string& pointer);

// Shared readers.
std::optional<Duration> read_duration(Reader& in, const Json& value, const std::string& pointer);
std::vector<Edge> read_next(LoadContext& c, const Json& value, const std::string& pointer);
ReleasePlan read_release_plan(Reader& in, const Json& object, const std::string& pointer);
Mix read_mix(LoadContext& c, const Json* value, const std::string& pointer);
std::optional<StageIndex> stage_ref(LoadContext& c, const Json& value, const std::string& pointer);
std::optional<std::uint32_t> attribute_ref(LoadContext& c, const std::string& name, const std::string& pointer);
std::optional<std::uint32_t> value_ref(LoadContext& c, std::uint32_t attribute, const Json& value,
                                       const std::string& pointer);
// The member `key` of object, or null when it is absent or the document's
// format does not have it: in a pathways/1 document a key of format 1.1 is an
// error at its pointer, so that an old reader never silently ignores it.
const Json* member_1_1(LoadContext& c, const Json& object, const std::string& pointer, const std::string& key);
// The same for a key of format 1.2 (rules, measures, levers).
const Json* member_1_2(LoadContext& c, const Json& object, const std::string& pointer, const std::string& key);
// What a move against one's will costs: loses_support, loses_accommodation, handover.
std::optional<MoveEffect> read_move_effect(Reader& in, const Json& value, const std::string& pointer);
// "household=family, priority_need=yes" for the given attributes of a profile.
std::string describe_profile(const Model& model, const std::vector<std::uint32_t>& attributes,
                             const std::vector<std::uint32_t>& values);

// Checks across sections, run once everything is read.
void check_expected_arrivals(LoadContext& c);
void check_target_paths(LoadContext& c, const Json& targets, const std::string& pointer);
void check_reachability(LoadContext& c);
// Deadlines whose diversions certainly bring people back to where the clock
// starts again. A loop at one instant never ends; one where time passes ends
// when a regime changes the rules, so it is refused only in rules that stay in
// force to the end (with_time_passing).
// Stages that pass people round a loop taking no time with no other way on,
// refused at the first one's `next`.
void check_instant_loops(LoadContext& c);
void check_deadline_loops(LoadContext& c, bool at_one_instant, bool with_time_passing);
// Warns about stages no arrival reaches under the base rules or any regime's (after read_regimes).
void check_arrivals_reach(LoadContext& c);
// Format 1.1: routing shares sum to 1 for every profile that can reach the
// stage (reached[stage][profile], see model/profile_reach.h).
void check_reached_shares(LoadContext& c, const std::vector<std::vector<bool>>& reached);

// Format 1.1 sections that load variants of the whole document (each regime's
// rules; the model at each end of each uncertain range), so they run last and
// are given the document.
void read_regimes(LoadContext& c, const Json& document, const Json& value, const std::string& pointer);
void read_uncertainty(LoadContext& c, const Json& document, const Json& value, const std::string& pointer);
// Format 1.2 journey rules, read once every stage, deadline and stream is known.
void read_rules(LoadContext& c, const Json& document, const Json& value, const std::string& pointer);
// Format 1.2: the levers (format/levers.h), against the document before any lever is applied.
void read_levers(LoadContext& c, const Json& document, const Json& value, const std::string& pointer);

// Whether an RFC 7386 merge patch writes (or deletes) the place at pointer or inside it.
bool patch_writes(const Json& patch, const std::string& pointer);

}  // namespace pathways
