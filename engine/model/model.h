#pragma once
// The validated, immutable model: stages, arrivals, deadlines, targets and the
// routes between stages. Read from JSON by load_model_document()
// (model/load.h); nothing here knows JSON. The pathway as a Boost.Graph is
// built where it is used (model/pathway_graph.h), so that the many files
// that only read a model do not parse Boost.Graph.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/duration.h"
#include "model/journey_rule.h"
#include "model/levers.h"
#include "model/measure.h"

namespace pathways {

using StageIndex = std::uint32_t;

enum class StageKind { outcome, delay, service, supply };
enum class OutcomeKind { settled, drop_off, neutral };

// What being moved on against one's will means for a person (format 1.1):
// losing support (the default), losing a roof, or a handover from one duty or
// service to the next with nothing lost.
enum class MoveEffect : std::uint8_t { loses_support, loses_accommodation, handover };

const char* stage_kind_name(StageKind k);
const char* outcome_kind_name(OutcomeKind k);
const char* move_effect_name(MoveEffect e);

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
    // Arrivals (or units) expected in [from, to): the Poisson rates over the
    // days they hold, and the batches that fall inside.
    double expected_count(Days from, Days to) const;
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
    std::string kind;  // testimony, survey, statistic, law, practice; "" when not said
    // What people told us (testimony, survey), as against published evidence.
    bool told_by_people() const { return kind == "testimony" || kind == "survey"; }
};

// An entry of the evidence register a model's sources cite by id.
struct Citation {
    std::string id, publisher, title, date, url;
    std::string figure;      // the figure the model uses, as the publication gives it
    std::string confidence;  // high, medium or low
    std::string checked;     // YYYY-MM-DD: when the entry was last confirmed; "" when not said
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

// What a stage stands for that reports single out (format 1.2 `role`; for
// older formats, read from the stage id as they named it).
enum class StageRole : std::uint8_t { none, rough_sleeping, lost_contact };

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
    std::vector<Condition> sets;        // attribute values taken on entering (format 1.1)
    std::optional<StageIndex> held_in;  // supply only: a service stage whose place is kept while waiting
    MoveEffect renege_effect = MoveEffect::loses_support;
    StageRole role = StageRole::none;

    bool waits() const { return kind == StageKind::service || kind == StageKind::supply; }
};

struct ArrivalStream {
    std::string id, label;
    StageIndex to = 0;
    ReleasePlan plan;
    Mix mix;
    bool in_cohort = true;
    bool headline = false;  // reports headline the cohort of these streams when any says so
    Sourcing sourcing;
};

struct Deadline {
    std::string id, label;
    StageIndex starts_at = 0;
    Duration after;
    std::vector<StageIndex> applies_to;
    std::vector<StageIndex> divert_to;  // by position in applies_to
    std::vector<MoveEffect> effect;     // by position in applies_to
    Sourcing sourcing;

    // The position of stage s in applies_to, if the deadline applies there.
    std::optional<std::size_t> position(StageIndex s) const;
};

// A published figure the model should reproduce: sum(numerator) / sum(denominator),
// or a single metric when the denominator is empty.
// Calibration: parameters were chosen to meet it. Validation: nothing was tuned to it.
enum class TargetRole : std::uint8_t { validation, calibration };
const char* target_role_name(TargetRole r);

struct Target {
    std::string id, label, source;
    std::vector<std::string> numerator, denominator;
    double low = 0, high = 0;
    TargetRole role = TargetRole::validation;
    std::string status_note;  // what a run cannot show
};

// Calendar periods results are counted by (format 1.1).
enum class PeriodUnit : std::uint8_t { none, month, quarter, year, days };

struct SimulationSettings {
    Days horizon_days = 365;
    Days warmup_days = 0;
    std::uint32_t replications = 30;
    std::uint64_t seed = 1;
    std::optional<Days> follow_up_days;
    std::optional<std::chrono::year_month_day> start_date;  // the date of day 0
    PeriodUnit periods = PeriodUnit::none;
    Days period_days = 0;  // with PeriodUnit::days
};

struct Model;

// A dated change of rules: from day `from` on, `rules` (the base model with
// this and every earlier regime's patch applied) is in force.
struct Regime {
    std::string id, label;
    Sourcing sourcing;
    Days from = 0;
    std::shared_ptr<const Model> rules;
};

enum class Spread : std::uint8_t { uniform, triangular, loguniform };

// A parameter (or several moving together) whose value is uncertain, for sensitivity analysis.
struct UncertainParameter {
    std::string id, label;
    Sourcing sourcing;
    std::vector<std::string> paths;  // JSON pointers into the model
    bool scale = false;              // low, high and mode are multipliers of the current values
    double low = 0, high = 0, mode = 0;
    Spread dist = Spread::uniform;
};

struct Model {
    std::string format = "pathways/1";
    std::string name, currency, note, source;
    std::vector<Attribute> attributes;
    std::vector<Stage> stages;  // vertex i of the pathway graph is stages[i]
    std::vector<ArrivalStream> arrivals;
    std::vector<Deadline> deadlines;
    std::vector<Target> targets;
    SimulationSettings simulation;
    std::vector<Regime> regimes;  // by `from`, ascending
    std::vector<UncertainParameter> uncertainty;
    std::vector<Citation> citations;         // register entries the sources cite, in order of first citation
    std::vector<JourneyRule> journey_rules;  // format 1.2 `rules`, in document order
    std::vector<Measure> measures;           // format 1.2: what the report counts, in document order
    std::vector<Lever> levers;               // format 1.2, in the order the model declares them
    std::unordered_map<std::string, StageIndex> stage_index;  // id -> index; filled by index_stages

    std::optional<StageIndex> find_stage(const std::string& id) const;
    // Profiles: every combination of attribute values, numbered mixed-radix
    // (attribute 0 varies slowest). One profile when there are no attributes.
    std::uint32_t profile_count() const;
    std::uint32_t profile_value(std::uint32_t profile, std::uint32_t attribute) const;
    bool applies(const Edge& e, std::uint32_t profile) const;
    // The profile with one attribute's value replaced.
    std::uint32_t with_value(std::uint32_t profile, std::uint32_t attribute, std::uint32_t value) const;
    // The profile after entering stage s (its `sets` applied).
    std::uint32_t after_entering(StageIndex s, std::uint32_t profile) const;
    // Format 1.1 or later: results carry by_period and by_arrival.
    bool version_1_1() const { return format != "pathways/1"; }  // 1.1 or later
    bool version_1_2() const { return format == "pathways/1.2"; }
};

// People expected to arrive over the horizon, by every stream (batches included).
double expected_arrivals(const Model& model);

// Fills model.stage_index from the stages' ids.
void index_stages(Model& model);

}  // namespace pathways
