#include "report/results/results_json.h"

#include "format/json_members.h"
#include "model/memory_room.h"
#include "report/results/results_json_detail.h"
#include "report/results/rules_json.h"

namespace pathways {

namespace {

using summary_detail::format_name;
using summary_detail::place_of;

// Writes every figure of a scope (whole-run figures: those of `section`),
// nested by its name, in catalogue order.
void put_figures(Json& j, const Figures& f, MetricScope scope, const std::string& section = "") {
    check_memory_room();
    for (const MetricDef& d : metric_catalogue()) {
        if (d.scope != scope || !f.has(d.metric)) continue;
        const summary_detail::Place at = place_of(d);
        if (at.section == section) j[at.pointer] = stat_json(f[d.metric]);
    }
}

}  // namespace

Json stat_json(const Stat& s) { return {{"mean", s.mean}, {"sd", s.sd}, {"ci95", {s.lo, s.hi}}}; }

namespace {

Json outcomes_json(const Results& r) {
    Json out = Json::object();
    for (const OutcomeResult& o : r.outcomes) {
        Json j = {{"kind", outcome_kind_name(o.kind)}};
        if (!o.label.empty()) j["label"] = o.label;
        put_figures(j, o.figures, MetricScope::outcome);
        append_member(out, o.id, std::move(j));
    }
    return out;
}

Json stages_json(const Results& r) {
    Json out = Json::object();
    // Room made first: an ordered object that grows copies its members whole (their keys are const).
    out.get_ref<Json::object_t&>().reserve(r.stages.size());
    for (const StageResult& s : r.stages) {
        Json j = {{"kind", stage_kind_name(s.kind)}};
        put_figures(j, s.figures, MetricScope::stage);
        append_member(out, s.id, std::move(j));
    }
    return out;
}

Json flows_json(const Results& r) {
    Json flows = Json::array();
    for (const FlowResult& f : r.flows) {
        Json j = {{"from", f.from}, {"to", f.to}};
        put_figures(j, f.figures, MetricScope::flow);
        flows.push_back(std::move(j));
    }
    return flows;
}

Json by_attribute_json(const Results& r) {
    Json out = Json::object();
    for (const AttributeResult& a : r.by_attribute) {
        Json values = Json::object();
        for (const AttributeValueResult& v : a.values) {
            Json j = Json::object();
            put_figures(j, v.figures, MetricScope::attribute_value);
            Json outcomes = Json::object();
            for (std::size_t o = 0; o < v.outcomes.size() && o < r.outcomes.size(); ++o) {
                Json share = Json::object();
                put_figures(share, v.outcomes[o], MetricScope::attribute_outcome);
                append_member(outcomes, r.outcomes[o].id, std::move(share));
            }
            j["outcomes"] = std::move(outcomes);
            append_member(values, v.value, std::move(j));
        }
        append_member(out, a.name, std::move(values));
    }
    return out;
}

// Each item's figures of one scope, keyed by the item's id (items: outcomes or measures).
template <typename Item>
Json figures_by_id(const std::vector<Item>& items, const std::vector<Figures>& figures, MetricScope scope) {
    Json out = Json::object();
    for (std::size_t o = 0; o < figures.size() && o < items.size(); ++o) {
        Json j = Json::object();
        put_figures(j, figures[o], scope);
        append_member(out, items[o].id, std::move(j));
    }
    return out;
}

Json outcome_figures_json(const Results& r, const std::vector<Figures>& outcomes, MetricScope scope) {
    return figures_by_id(r.outcomes, outcomes, scope);
}

Json by_arrival_json(const Results& r) {
    Json out = Json::object();
    for (const ArrivalResult& a : r.by_arrival) {
        Json j = Json::object();
        if (!a.label.empty()) j["label"] = a.label;
        if (a.headline) j["headline"] = true;
        put_figures(j, a.figures, MetricScope::arrival);
        j["outcomes"] = outcome_figures_json(r, a.outcomes, MetricScope::arrival_outcome);
        append_member(out, a.id, std::move(j));
    }
    return out;
}

Json measures_json(const Results& r) {
    Json out = Json::object();
    for (const MeasureResult& m : r.measures) {
        Json j = Json::object();
        if (!m.label.empty()) j["label"] = m.label;
        j["better"] = m.higher_is_better ? "higher" : "lower";
        if (m.headline) j["headline"] = true;
        put_figures(j, m.figures, MetricScope::measure);
        append_member(out, m.id, std::move(j));
    }
    return out;
}

// Built in place: with a period a day, the periods are the largest part of a
// summary, where memory runs out first.
Json by_period_json(const Results& r) {
    Json out = Json::object();
    // Room made first: an ordered object that grows copies its members (their
    // keys are const), and a copy that runs out of memory half-way aborts.
    out.get_ref<Json::object_t&>().reserve(r.by_period.size());
    for (const PeriodResult& p : r.by_period) {
        Json& period = out[p.label] = Json::object();
        period.get_ref<Json::object_t&>().reserve(4);
        period["from_day"] = p.from_day;
        period["to_day"] = p.to_day;
        Json& stages = period["stages"] = Json::object();
        stages.get_ref<Json::object_t&>().reserve(r.stages.size());
        for (std::size_t s = 0; s < p.stages.size() && s < r.stages.size(); ++s) {
            Json& j = append_member(stages, r.stages[s].id, Json::object());
            put_figures(j, p.stages[s], MetricScope::period_stage);
        }
        period["outcomes"] = outcome_figures_json(r, p.outcomes, MetricScope::period_outcome);
        if (!r.measures.empty())
            period["measures"] = figures_by_id(r.measures, p.measures, MetricScope::period_measure);
    }
    return out;
}

Json targets_json(const Results& r) {
    Json out = Json::object();
    for (const TargetResult& t : r.targets) {
        Json j = Json::object();
        if (!t.label.empty()) j["label"] = t.label;
        j["value"] = stat_json(t.value);
        j["low"] = t.low;
        j["high"] = t.high;
        j["status"] = t.status;
        if (!t.source.empty()) j["source"] = t.source;
        if (r.version_1_1) j["role"] = target_role_name(t.role);
        if (!t.status_note.empty()) j["status_note"] = t.status_note;
        if (!t.unclear_because.empty()) j["unclear_because"] = t.unclear_because;
        append_member(out, t.id, std::move(j));
    }
    return out;
}

Json curves_json(const Results& r) {
    Json outcomes = Json::object();
    for (std::size_t o = 0; o < r.outcomes.size() && o < r.curves.reached.size(); ++o) {
        append_member(outcomes, r.outcomes[o].id, r.curves.reached[o]);
    }
    return {
        {"days", r.curves.days}, {"outcomes", std::move(outcomes)}, {"still_in_pathway", r.curves.still_in_pathway}};
}

Json settings_json(const RunSettings& s) {
    Json j = {{"seed", s.seed},
              {"replications", s.replications},
              {"horizon_days", s.horizon_days},
              {"warmup_days", s.warmup_days},
              {"threads", s.threads}};
    if (s.follow_up_days) j["follow_up_days"] = *s.follow_up_days;
    if (s.precision_met) j["replications_auto"] = {{"precision_met", *s.precision_met}};
    return j;
}

Json manifest_json(const RunManifest& m) {
    return {{"version", m.version},
            {"model_file", m.model_file},
            {"model_sha256", m.model_sha256},
            {"scenario_files", m.scenario_files},
            {"scenario_sha256", m.scenario_sha256},
            {"command", m.command}};
}

}  // namespace

Json summary_json(const Results& r) {
    Json j;
    j["format"] = format_name;
    j["model"] = {{"name", r.model_name}, {"sha256", r.model_sha256}};
    j["scenarios"] = r.scenarios;
    j["settings"] = settings_json(r.settings);
    put_figures(j["cohort"], r.whole, MetricScope::whole, "cohort");
    j["outcomes"] = outcomes_json(r);
    put_figures(j["time_in_system_days"], r.whole, MetricScope::whole, "time_in_system_days");
    j["stages"] = stages_json(r);
    j["flows"] = flows_json(r);
    put_figures(j["cost"], r.whole, MetricScope::whole, "cost");
    if (!r.currency.empty()) j["cost"]["currency"] = r.currency;
    j["by_attribute"] = by_attribute_json(r);
    if (r.version_1_1) {
        j["by_arrival"] = by_arrival_json(r);
        j["by_period"] = by_period_json(r);
    }
    if (!r.measures.empty()) j["measures"] = measures_json(r);
    j["targets"] = targets_json(r);
    if (!r.rules.empty()) j["rules"] = rules_json(r.rules);
    j["curves"] = curves_json(r);
    j["manifest"] = manifest_json(r.manifest);
    j["events_processed"] = r.events;
    j["wall_seconds"] = r.wall_seconds;
    return j;
}

std::string summary_json_text(const Results& results) {
    Json j = summary_json(results);
    return j.dump(2) + "\n";
}

namespace summary_detail {

Place place_of(const MetricDef& def) {
    const std::vector<std::string> parts = metric_name_parts(def.metric);
    Place at;
    std::size_t first = 0;
    if (def.scope == MetricScope::whole) at.section = parts[first++];
    for (std::size_t i = first; i < parts.size(); ++i) at.pointer /= parts[i];
    return at;
}

}  // namespace summary_detail

}  // namespace pathways
