#include "metrics/metric_catalogue.h"

#include <algorithm>
#include <iterator>

namespace pathways {

namespace {

using Item = MetricItem;
using View = TallyView;

double number(std::uint64_t n) { return static_cast<double>(n); }

// Whole run
double cohort_size(const View& v, const Item&) { return number(v.stats.cohort_size); }
double cohort_unfinished(const View& v, const Item&) { return number(v.stats.unfinished); }
double time_mean(const View& v, const Item&) { return ratio(v.stats.time_in_system, number(v.stats.finished)); }
double time_p50(const View& v, const Item&) { return v.stats.time_in_system_sketch.quantile(0.5); }
double time_p90(const View& v, const Item&) { return v.stats.time_in_system_sketch.quantile(0.9); }
double cost_total(const View& v, const Item&) { return v.stats.cost_total; }
double cost_per_person(const View& v, const Item&) { return ratio(v.stats.cost_cohort, number(v.stats.cohort_size)); }

// Outcomes
const OutcomeTally& outcome(const View& v, const Item& i) { return v.stats.outcomes[i.slot]; }
double outcome_share(const View& v, const Item& i) {
    return ratio(number(outcome(v, i).count), number(v.stats.cohort_size));
}
double outcome_count(const View& v, const Item& i) { return number(outcome(v, i).count); }
double outcome_days_mean(const View& v, const Item& i) {
    return ratio(outcome(v, i).days, number(outcome(v, i).count));
}
double outcome_days_p50(const View& v, const Item& i) { return outcome(v, i).days_sketch.quantile(0.5); }
double outcome_days_p90(const View& v, const Item& i) { return outcome(v, i).days_sketch.quantile(0.9); }

// Stages
const StageTally& stage(const View& v, const Item& i) { return v.stats.stages[i.stage]; }
double entries(const View& v, const Item& i) { return number(stage(v, i).entries); }
double mean_wait(const View& v, const Item& i) { return ratio(stage(v, i).wait_days, number(stage(v, i).started)); }
double mean_stay(const View& v, const Item& i) { return ratio(stage(v, i).stay_days, number(stage(v, i).exits)); }
double reneged(const View& v, const Item& i) { return number(stage(v, i).reneged); }
double diverted(const View& v, const Item& i) { return number(stage(v, i).diverted); }
double drop_offs_after(const View& v, const Item& i) { return number(stage(v, i).drop_offs_after); }
double mean_occupancy(const View& v, const Item& i) { return stage(v, i).occupancy.mean(); }
double waited(const View& v, const Item& i) { return number(stage(v, i).waited); }
double mean_queue(const View& v, const Item& i) { return stage(v, i).queue.mean(); }
// Under regimes that change capacity: busy place-days over available place-days.
double utilisation(const View& v, const Item& i) {
    if (!v.model.regimes.empty()) return ratio(stage(v, i).busy.area(), stage(v, i).capacity.area());
    return ratio(stage(v, i).busy.mean(), number(v.model.stages[i.stage].capacity));
}
template <QuantileSketch StageTally::*Sketch, int Percent>
double gap_days(const View& v, const Item& i) {
    return (stage(v, i).*Sketch).quantile(Percent / 100.0);
}

// Flows
double flow_count(const View& v, const Item& i) { return number(v.stats.flows[i.slot]); }

// Attribute values: the cohort's profiles with that value, summed.
template <typename Take>
double over_profiles(const View& v, const Item& i, Take take) {
    double total = 0;
    for (std::uint32_t p = 0; p < v.model.profile_count(); ++p) {
        if (v.model.profile_value(p, i.slot) == i.value) total += take(v.stats.profiles[p]);
    }
    return total;
}
double attribute_cohort(const View& v, const Item& i) {
    return over_profiles(v, i, [](const ProfileTally& t) { return number(t.cohort); });
}
double attribute_time_mean(const View& v, const Item& i) {
    return ratio(over_profiles(v, i, [](const ProfileTally& t) { return t.days; }),
                 over_profiles(v, i, [](const ProfileTally& t) { return number(t.finished); }));
}
double attribute_outcome_share(const View& v, const Item& i) {
    return ratio(over_profiles(v, i, [&](const ProfileTally& t) { return number(t.outcome[i.outcome]); }),
                 attribute_cohort(v, i));
}

// Arrival streams: their own cohort.
const ArrivalTally& arrival(const View& v, const Item& i) { return v.stats.arrivals[i.slot]; }
double arrival_cohort(const View& v, const Item& i) { return number(arrival(v, i).cohort); }
double arrival_time_mean(const View& v, const Item& i) {
    return ratio(arrival(v, i).days, number(arrival(v, i).finished));
}
double arrival_outcome_share(const View& v, const Item& i) {
    return ratio(number(arrival(v, i).outcome[i.outcome]), number(arrival(v, i).cohort));
}

// Periods: everyone, over the part of the period inside [0, horizon).
double period_entries(const View& v, const Item& i) {
    return number(v.stats.periods.entries[i.slot * v.model.stages.size() + i.stage]);
}
double period_occupancy(const View& v, const Item& i) {
    const Period& p = v.index.periods[i.slot];
    return ratio(stage(v, i).occupancy.period_area()[i.slot], p.to - p.from);
}
double period_outcome_count(const View& v, const Item& i) {
    return number(v.stats.periods.outcomes[i.slot * v.index.outcome_stage.size() + i.outcome]);
}

// Measures: the population's journeys a measure counts, a year and as a share.
double window_years(const Model& model, Days from, Days to) {
    const SimulationSettings& sim = model.simulation;
    return std::max(0.0, std::min(to, sim.horizon_days) - std::max(from, sim.warmup_days)) / days_a_year;
}
double measure_per_year(const View& v, const Item& i) {
    const Model& m = v.model;
    return ratio(number(v.stats.measures.counted[i.slot]),
                 window_years(m, m.simulation.warmup_days, m.simulation.horizon_days));
}
double measure_share(const View& v, const Item& i) {
    return ratio(number(v.stats.measures.counted[i.slot]), number(v.stats.measures.population[i.slot]));
}
// By the period the journeys arrived in: a year of the part of the period inside the window.
double period_measure_per_year(const View& v, const Item& i) {
    const Period& p = v.index.periods[i.slot];
    const std::size_t at = i.slot * v.model.measures.size() + i.value;
    return ratio(number(v.stats.measures.period_counted[at]), window_years(v.model, p.from, p.to));
}
double period_measure_share(const View& v, const Item& i) {
    const std::size_t at = i.slot * v.model.measures.size() + i.value;
    return ratio(number(v.stats.measures.period_counted[at]), number(v.stats.measures.period_population[at]));
}

using S = MetricScope;
using U = Unit;
using B = Better;
using M = Metric;

constexpr std::array<MetricDef, metric_count> catalogue = {{
    {M::cohort_size, S::whole, "cohort.size", nullptr, U::people, B::neither, "households in the cohort", false,
     cohort_size},
    {M::cohort_unfinished, S::whole, "cohort.unfinished", nullptr, U::people, B::lower,
     "households still in the pathway at the end", false, cohort_unfinished},
    {M::outcome_share, S::outcome, "share", "share", U::share, B::neither, "{outcome}", false, outcome_share},
    {M::outcome_count, S::outcome, "count", "count", U::people, B::neither, "{outcome}: households", false,
     outcome_count},
    {M::outcome_days_mean, S::outcome, "days_to_outcome.mean", "days_mean", U::days, B::lower,
     "{outcome}: mean days to get there", false, outcome_days_mean},
    {M::outcome_days_p50, S::outcome, "days_to_outcome.p50", "days_p50", U::days, B::lower,
     "{outcome}: median days to get there", false, outcome_days_p50},
    {M::outcome_days_p90, S::outcome, "days_to_outcome.p90", "days_p90", U::days, B::lower,
     "{outcome}: days by which 9 in 10 get there", false, outcome_days_p90},
    {M::time_mean, S::whole, "time_in_system_days.mean", nullptr, U::days, B::lower, "mean time in the pathway", false,
     time_mean},
    {M::time_p50, S::whole, "time_in_system_days.p50", nullptr, U::days, B::lower, "median time in the pathway", false,
     time_p50},
    {M::time_p90, S::whole, "time_in_system_days.p90", nullptr, U::days, B::lower,
     "time in the pathway for the slowest 1 in 10", false, time_p90},
    {M::entries, S::stage, "entries", "entries", U::people, B::neither, "{stage}: entries", false, entries},
    {M::mean_wait_days, S::stage, "mean_wait_days", "mean_wait_days", U::days, B::lower, "{stage}: mean wait", false,
     mean_wait},
    {M::mean_days_in_stage, S::stage, "mean_days_in_stage", "mean_days_in_stage", U::days, B::neither,
     "{stage}: mean stay", false, mean_stay},
    {M::reneged, S::stage, "reneged", "reneged", U::people, B::lower, "{stage}: gave up waiting", false, reneged},
    {M::diverted_by_deadline, S::stage, "diverted_by_deadline", "diverted_by_deadline", U::people, B::lower,
     "{stage}: moved on by a deadline", false, diverted},
    {M::drop_offs_after, S::stage, "drop_offs_after", "drop_offs_after", U::people, B::lower,
     "{stage}: lost to the pathway after it", false, drop_offs_after},
    {M::mean_occupancy, S::stage, "mean_occupancy", "mean_occupancy", U::places, B::neither,
     "{stage}: people there on average", false, mean_occupancy},
    {M::waited, S::stage, "waited", "waited", U::people, B::lower, "{stage}: had to wait", false, waited},
    {M::mean_queue_length, S::stage, "mean_queue_length", "mean_queue_length", U::people, B::lower,
     "{stage}: people waiting on average", true, mean_queue},
    {M::utilisation, S::stage, "utilisation", "utilisation", U::share, B::neither, "{stage}: places in use", true,
     utilisation},
    {M::drop_off_days_p50, S::stage, "days_since_arrival.drop_off.p50", nullptr, U::days, B::neither,
     "{stage}: median day of losses after it", false, gap_days<&StageTally::when_drop_off, 50>},
    {M::drop_off_days_p90, S::stage, "days_since_arrival.drop_off.p90", nullptr, U::days, B::neither,
     "{stage}: day by which 9 in 10 losses after it happen", false, gap_days<&StageTally::when_drop_off, 90>},
    {M::renege_days_p50, S::stage, "days_since_arrival.renege.p50", nullptr, U::days, B::neither,
     "{stage}: median day of giving up", false, gap_days<&StageTally::when_renege, 50>},
    {M::renege_days_p90, S::stage, "days_since_arrival.renege.p90", nullptr, U::days, B::neither,
     "{stage}: day by which 9 in 10 give up", false, gap_days<&StageTally::when_renege, 90>},
    {M::deadline_days_p50, S::stage, "days_since_arrival.deadline.p50", nullptr, U::days, B::neither,
     "{stage}: median day of deadline moves", false, gap_days<&StageTally::when_deadline, 50>},
    {M::deadline_days_p90, S::stage, "days_since_arrival.deadline.p90", nullptr, U::days, B::neither,
     "{stage}: day by which 9 in 10 deadline moves happen", false, gap_days<&StageTally::when_deadline, 90>},
    {M::wait_days_p50, S::stage, "days_since_arrival.wait.p50", nullptr, U::days, B::neither,
     "{stage}: median day waiting starts", false, gap_days<&StageTally::when_wait, 50>},
    {M::wait_days_p90, S::stage, "days_since_arrival.wait.p90", nullptr, U::days, B::neither,
     "{stage}: day by which 9 in 10 waits start", false, gap_days<&StageTally::when_wait, 90>},
    {M::flow_count, S::flow, "count", "count", U::people, B::neither, "moves from {from} to {to}", false, flow_count},
    {M::cost_total, S::whole, "cost.total", nullptr, U::money, B::lower, "cost in the measurement window", false,
     cost_total},
    {M::cost_per_person, S::whole, "cost.per_person", nullptr, U::money, B::lower, "cost per household", false,
     cost_per_person},
    {M::attribute_cohort, S::attribute_value, "cohort", nullptr, U::people, B::neither, "{value}: households", false,
     attribute_cohort},
    {M::attribute_time_mean, S::attribute_value, "time_in_system_days.mean", nullptr, U::days, B::lower,
     "{value}: mean time in the pathway", false, attribute_time_mean},
    {M::attribute_outcome_share, S::attribute_outcome, "share", nullptr, U::share, B::neither, "{value}: {outcome}",
     false, attribute_outcome_share},
    {M::arrival_cohort, S::arrival, "cohort", nullptr, U::people, B::neither, "{stream}: households", false,
     arrival_cohort},
    {M::arrival_time_mean, S::arrival, "time_in_system_days.mean", nullptr, U::days, B::lower,
     "{stream}: mean time in the pathway", false, arrival_time_mean},
    {M::arrival_outcome_share, S::arrival_outcome, "share", nullptr, U::share, B::neither, "{stream}: {outcome}", false,
     arrival_outcome_share},
    {M::period_entries, S::period_stage, "entries", nullptr, U::people, B::neither, "{period}, {stage}: entries", false,
     period_entries},
    {M::period_occupancy, S::period_stage, "mean_occupancy", nullptr, U::places, B::neither,
     "{period}, {stage}: people there on average", false, period_occupancy},
    {M::period_outcome_count, S::period_outcome, "count", nullptr, U::people, B::neither, "{period}: reached {outcome}",
     false, period_outcome_count},
    {M::measure_per_year, S::measure, "per_year", "per_year", U::people, B::neither, "{measure}: households a year",
     false, measure_per_year},
    {M::measure_share, S::measure, "share", "share", U::share, B::neither, "{measure}: share of its households", false,
     measure_share},
    {M::period_measure_per_year, S::period_measure, "per_year", nullptr, U::people, B::neither,
     "{period}, {measure}: households a year", false, period_measure_per_year},
    {M::period_measure_share, S::period_measure, "share", nullptr, U::share, B::neither,
     "{period}, {measure}: share of its households", false, period_measure_share},
    {M::target_value, S::target, "value", nullptr, U::share, B::neither, "{target}", false, nullptr},
}};

std::string stage_words(const Stage& s) { return s.label.empty() ? s.id : s.label; }
std::string measure_words(const Measure& m) { return m.label.empty() ? m.id : m.label; }

const std::string& outcome_id(const Model& model, const ModelIndex& index, const MetricItem& item) {
    return model.stages[index.outcome_stage[item.outcome]].id;
}

std::string outcome_words(const Model& model, const ModelIndex& index, const MetricItem& item) {
    return stage_words(model.stages[index.outcome_stage[item.outcome]]);
}

void replace_all(std::string& text, const std::string& key, const std::string& by) {
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + by.size())) {
        text.replace(at, key.size(), by);
    }
}

}  // namespace

const std::array<MetricDef, metric_count>& metric_catalogue() { return catalogue; }

const MetricDef& metric_def(Metric m) { return catalogue[static_cast<std::size_t>(m)]; }

bool is_headline(Metric m) {
    constexpr Metric headline[] = {M::outcome_share,   M::outcome_days_mean,    M::time_mean,      M::cost_total,
                                   M::cost_per_person, M::drop_offs_after,      M::mean_wait_days, M::mean_occupancy,
                                   M::reneged,         M::diverted_by_deadline, M::target_value};
    return std::find(std::begin(headline), std::end(headline), m) != std::end(headline);
}

const char* gap_kind_name(GapKind kind) {
    switch (kind) {
        case GapKind::renege: return "renege";
        case GapKind::deadline: return "deadline";
        case GapKind::wait: return "wait";
        case GapKind::drop_off: break;
    }
    return "drop_off";
}

Metric gap_people_metric(GapKind kind) {
    constexpr Metric people[] = {M::drop_offs_after, M::reneged, M::diverted_by_deadline, M::waited};
    return people[static_cast<std::size_t>(kind)];
}

Metric gap_days_p50_metric(GapKind kind) {
    constexpr Metric p50[] = {M::drop_off_days_p50, M::renege_days_p50, M::deadline_days_p50, M::wait_days_p50};
    return p50[static_cast<std::size_t>(kind)];
}

Metric gap_days_p90_metric(GapKind kind) {
    constexpr Metric p90[] = {M::drop_off_days_p90, M::renege_days_p90, M::deadline_days_p90, M::wait_days_p90};
    return p90[static_cast<std::size_t>(kind)];
}

std::vector<std::string> metric_name_parts(Metric m) {
    std::vector<std::string> parts;
    std::string name = metric_def(m).name;
    for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.')) {
        parts.push_back(name.substr(0, dot));
        name.erase(0, dot + 1);
    }
    parts.push_back(name);
    return parts;
}

std::vector<std::string> metric_path_parts(const Model& model, const ModelIndex& index, Metric m,
                                           const MetricItem& item) {
    const MetricDef& def = metric_def(m);
    std::vector<std::string> parts;
    switch (def.scope) {
        case S::whole: break;
        case S::outcome: parts = {"outcomes", model.stages[item.stage].id}; break;
        case S::stage: parts = {"stages", model.stages[item.stage].id}; break;
        case S::flow: parts = {"flows", model.stages[item.stage].id, model.stages[item.to].id}; break;
        case S::attribute_value:
        case S::attribute_outcome: {
            const Attribute& a = model.attributes[item.slot];
            parts = {"by_attribute", a.name, a.values[item.value]};
            if (def.scope == S::attribute_outcome) {
                parts.insert(parts.end(), {"outcomes", model.stages[index.outcome_stage[item.outcome]].id});
            }
            break;
        }
        case S::arrival: parts = {"by_arrival", model.arrivals[item.slot].id}; break;
        case S::arrival_outcome:
            parts = {"by_arrival", model.arrivals[item.slot].id, "outcomes", outcome_id(model, index, item)};
            break;
        case S::period_stage:
            parts = {"by_period", index.periods[item.slot].label, "stages", model.stages[item.stage].id};
            break;
        case S::period_outcome:
            parts = {"by_period", index.periods[item.slot].label, "outcomes", outcome_id(model, index, item)};
            break;
        case S::measure: parts = {"measures", model.measures[item.slot].id}; break;
        case S::period_measure:
            parts = {"by_period", index.periods[item.slot].label, "measures", model.measures[item.value].id};
            break;
        case S::target: parts = {"targets", model.targets[item.slot].id}; break;
    }
    for (std::string& part : metric_name_parts(m)) parts.push_back(std::move(part));
    return parts;
}

std::string metric_path(const Model& model, const ModelIndex& index, Metric m, const MetricItem& item) {
    std::string path;
    for (const std::string& part : metric_path_parts(model, index, m, item)) path += (path.empty() ? "" : ".") + part;
    return path;
}

std::string metric_label(const Model& model, const ModelIndex& index, Metric m, const MetricItem& item) {
    const MetricDef& def = metric_def(m);
    std::string text = def.label;
    switch (def.scope) {
        case S::outcome:
        case S::stage:
            replace_all(text, def.scope == S::outcome ? "{outcome}" : "{stage}", stage_words(model.stages[item.stage]));
            break;
        case S::flow:
            replace_all(text, "{from}", stage_words(model.stages[item.stage]));
            replace_all(text, "{to}", stage_words(model.stages[item.to]));
            break;
        case S::attribute_value:
        case S::attribute_outcome: {
            const Attribute& a = model.attributes[item.slot];
            replace_all(text, "{value}", a.name + " " + a.values[item.value]);
            if (def.scope == S::attribute_outcome) {
                replace_all(text, "{outcome}", stage_words(model.stages[index.outcome_stage[item.outcome]]));
            }
            break;
        }
        case S::target: {
            const Target& t = model.targets[item.slot];
            replace_all(text, "{target}", t.label.empty() ? t.id : t.label);
            break;
        }
        case S::arrival:
        case S::arrival_outcome: {
            const ArrivalStream& a = model.arrivals[item.slot];
            replace_all(text, "{stream}", a.label.empty() ? a.id : a.label);
            if (def.scope == S::arrival_outcome) replace_all(text, "{outcome}", outcome_words(model, index, item));
            break;
        }
        case S::period_stage:
        case S::period_outcome:
            replace_all(text, "{period}", index.periods[item.slot].label);
            if (def.scope == S::period_stage) replace_all(text, "{stage}", stage_words(model.stages[item.stage]));
            if (def.scope == S::period_outcome) replace_all(text, "{outcome}", outcome_words(model, index, item));
            break;
        case S::measure: replace_all(text, "{measure}", measure_words(model.measures[item.slot])); break;
        case S::period_measure:
            replace_all(text, "{period}", index.periods[item.slot].label);
            replace_all(text, "{measure}", measure_words(model.measures[item.value]));
            break;
        case S::whole: break;
    }
    return text;
}

}  // namespace pathways
