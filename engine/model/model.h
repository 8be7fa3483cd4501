#pragma once
// The validated, immutable model: stages, arrivals, deadlines, targets and the
// pathway graph (Boost.Graph). Read from JSON by load_model_document()
// (model/load.h); nothing here knows JSON.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "model/duration.h"

namespace pathways {

using StageIndex = std::uint32_t;

enum class StageKind { outcome, delay, service, supply };
enum class OutcomeKind { settled, drop_off, neutral };

const char* stage_kind_name(StageKind k);
const char* outcome_kind_name(OutcomeKind k);

// One declared attribute (for example "household": single, family).
struct Attribute {
    std::string name;
    std::vector<std::string> values;
};

// A condition "attribute == value", both as indices into Model::attributes.
struct Condition {
    std::uint32_t attribute = 0;
    std::uint32_t value = 0;
};

struct Edge {
    StageIndex to = 0;
    double p = 0;
    std::vector<Condition> when;  // empty: applies to everyone
};

struct Window {
    Days from_day = 0, to_day = 0;
    double rate_per_day = 0;
};

struct Batch {
    Days day = 0;
    std::uint64_t size = 0;
};

// A Poisson rate with schedule windows overriding it, plus batches.
struct ReleasePlan {
    double rate_per_day = 0;
    std::vector<Window> schedule;  // sorted by from_day, non-overlapping
    std::vector<Batch> batches;    // sorted by day
    double rate_at(Days t) const;
};

// Shares of each value of each attribute (outer index: attribute).
using Mix = std::vector<std::vector<double>>;

struct PriorityRule {
    std::uint32_t attribute = 0;
    std::vector<std::uint32_t> rank_of_value;  // 0 = highest; unlisted values rank last
};

struct Cost {
    double per_day = 0, per_entry = 0;
};

struct Evidence {
    std::string text, source;
};

// Where a figure came from: free text a report prints beside it.
struct Sourcing {
    std::string source, note;
    std::vector<std::pair<std::string, std::string>> sources;  // per parameter, in document order
};

struct Initial {
    std::uint64_t count = 0;
    Mix mix;
};

struct Stage {
    std::string id, label, note, source, pathway;
    std::map<std::string, std::string> sources;
    StageKind kind = StageKind::delay;
    OutcomeKind outcome = OutcomeKind::neutral;  // outcome stages only
    std::optional<Duration> duration;            // delay and service
    std::uint64_t capacity = 0;                  // service only
    std::optional<PriorityRule> priority;        // service and supply; none = FIFO
    std::optional<Duration> patience;
    std::optional<StageIndex> on_renege;
    std::optional<ReleasePlan> supply;  // supply only
    Cost cost;
    std::vector<std::string> support;
    std::vector<Evidence> evidence;
    Initial initial;
    std::vector<Edge> next;

    bool waits() const { return kind == StageKind::service || kind == StageKind::supply; }
};

struct ArrivalStream {
    std::string id, label;
    StageIndex to = 0;
    ReleasePlan plan;
    Mix mix;
    bool in_cohort = true;
    Sourcing sourcing;
};

struct Deadline {
    std::string id, label;
    StageIndex starts_at = 0;
    Duration after;
    std::vector<StageIndex> applies_to;
    StageIndex divert_to = 0;
    Sourcing sourcing;
};

// A published figure the model should reproduce: sum(numerator) / sum(denominator),
// or a single metric when the denominator is empty.
struct Target {
    std::string id, label, source;
    std::vector<std::string> numerator, denominator;
    double low = 0, high = 0;
};

struct SimulationSettings {
    Days horizon_days = 365;
    Days warmup_days = 0;
    std::uint32_t replications = 30;
    std::uint64_t seed = 1;
    std::optional<Days> follow_up_days;
};

// Edges of the pathway graph: routing, renege and deadline diversions.
enum class TransitionKind { route, renege, deadline };

struct Transition {
    TransitionKind kind = TransitionKind::route;
    std::uint32_t index = 0;  // route: position in Stage::next; deadline: deadline index
};

using PathwayGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, Transition>;

struct Model {
    std::string name, currency, note, source;
    std::vector<Attribute> attributes;
    std::vector<Stage> stages;  // vertex i of graph is stages[i]
    std::vector<ArrivalStream> arrivals;
    std::vector<Deadline> deadlines;
    std::vector<Target> targets;
    SimulationSettings simulation;
    PathwayGraph graph;
    std::unordered_map<std::string, StageIndex> stage_index;  // id -> index; filled by build_graph

    std::optional<StageIndex> find_stage(const std::string& id) const;
    // Profiles: every combination of attribute values, numbered mixed-radix
    // (attribute 0 varies slowest). One profile when there are no attributes.
    std::uint32_t profile_count() const;
    std::uint32_t profile_value(std::uint32_t profile, std::uint32_t attribute) const;
    bool applies(const Edge& e, std::uint32_t profile) const;
};

// Rebuilds model.graph (and stage_index) from stages, on_renege and deadlines.
void build_graph(Model& model);

}  // namespace pathways
