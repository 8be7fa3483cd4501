#include "report/results/results_json.h"

#include <ostream>

#include "format/json_members.h"
#include "format/json_sink.h"
#include "model/memory_room.h"
#include "report/results/results_json_detail.h"
#include "report/results/rules_json.h"

namespace pathways {

namespace {

using summary_detail::format_name;
using summary_detail::place_of;

// Where each figure of a scope goes, in catalogue order: worked out once, not
// for every item. `keys` are the parts of its place, the last one its own.
struct PlacedMetric {
    Metric metric;
    std::string section;
    std::vector<std::string> keys;
};
const std::vector<PlacedMetric>& placed_metrics(MetricScope scope) {
    static const std::vector<std::vector<PlacedMetric>> by_scope = [] {
        std::vector<std::vector<PlacedMetric>> out;
        for (const MetricDef& d : metric_catalogue()) {
            const auto k = static_cast<std::size_t>(d.scope);
            if (out.size() <= k) out.resize(k + 1);
            summary_detail::Place at = place_of(d);
            std::vector<std::string> keys;
            for (Json::json_pointer p = at.pointer; !p.empty(); p = p.parent_pointer())
                keys.insert(keys.begin(), p.back());
            out[k].push_back({d.metric, std::move(at.section), std::move(keys)});
        }
        return out;
    }();
    const auto k = static_cast<std::size_t>(scope);
    static const std::vector<PlacedMetric> none;
    return k < by_scope.size() ? by_scope[k] : none;
}

// Writes every figure of a scope (whole-run figures: those of `section`),
// nested by its name, in catalogue order. A figure's own key is new (metric
// names are unique), so it is appended; the objects it nests in are looked up.
void put_figures(Json& j, const Figures& f, MetricScope scope, const std::string& section = "") {
    check_memory_room();
    for (const PlacedMetric& m : placed_metrics(scope)) {
        if (!f.has(m.metric) || m.section != section) continue;
        Json* at = &j;
        for (std::size_t k = 0; k + 1 < m.keys.size(); ++k) at = &(*at)[m.keys[k]];
        append_member(*at, m.keys.back(), stat_json(f[m.metric]));
    }
}

// A STAT, as stat_json() makes it.
void write_stat(JsonSink& out, const Stat& s) {
    out.begin_object();
    out.member("mean", s.mean);
    out.member("sd", s.sd);
    out.key("ci95");
    out.begin_array();
    out.value(s.lo);
    out.value(s.hi);
    out.end();
    out.end();
}

// The figures in `present` (their keys equal before `level`), grouped by
// their key at `level` in the order each group first comes.
void write_nested(JsonSink& out, const Figures& f, const std::vector<const PlacedMetric*>& present, std::size_t level) {
    std::vector<bool> written(present.size(), false);
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (written[i]) continue;
        const std::string& key = present[i]->keys[level];
        if (present[i]->keys.size() == level + 1) {
            written[i] = true;
            out.key(key);
            write_stat(out, f[present[i]->metric]);
            continue;
        }
        std::vector<const PlacedMetric*> group;
        for (std::size_t k = i; k < present.size(); ++k) {
            if (written[k] || present[k]->keys.size() <= level + 1 || present[k]->keys[level] != key) continue;
            written[k] = true;
            group.push_back(present[k]);
        }
        out.key(key);
        out.begin_object();
        write_nested(out, f, group, level + 1);
        out.end();
    }
}

// Writes an item's figures of a scope member by member, into the object
// being written, as put_figures() would place them in it: each nesting object
// where its first figure comes, its figures in catalogue order. No tree is
// built, which for a model of 100,000 stages is most of writing its summary.
void write_figures(JsonSink& out, const Figures& f, MetricScope scope) {
    check_memory_room();
    std::vector<const PlacedMetric*> present;
    for (const PlacedMetric& m : placed_metrics(scope)) {
        if (f.has(m.metric) && m.section.empty()) present.push_back(&m);
    }
    write_nested(out, f, present, 0);
}

// The whole-run figures of one section (null when it has none).
Json whole_figures(const Results& r, const std::string& section) {
    Json j;
    put_figures(j, r.whole, MetricScope::whole, section);
    return j;
}

}  // namespace

// Built member by member: a tree from an initialiser list costs several times as much, once for every figure.
Json stat_json(const Stat& s) {
    Json interval(Json::value_t::array);
    auto& bounds = interval.get_ref<Json::array_t&>();
    bounds.reserve(2);
    bounds.emplace_back(s.lo);
    bounds.emplace_back(s.hi);
    Json j(Json::value_t::object);
    j.get_ref<Json::object_t&>().reserve(3);
    append_member(j, "mean", s.mean);
    append_member(j, "sd", s.sd);
    append_member(j, "ci95", std::move(interval));
    return j;
}

namespace {

void write_outcomes(JsonSink& out, const Results& r) {
    out.begin_object();
    for (const OutcomeResult& o : r.outcomes) {
        out.key(o.id);
        out.begin_object();
        out.member("kind", outcome_kind_name(o.kind));
        if (!o.label.empty()) out.member("label", o.label);
        write_figures(out, o.figures, MetricScope::outcome);
        out.end();
    }
    out.end();
}

void write_stages(JsonSink& out, const Results& r) {
    out.begin_object();
    for (const StageResult& s : r.stages) {
        out.key(s.id);
        out.begin_object();
        out.member("kind", stage_kind_name(s.kind));
        write_figures(out, s.figures, MetricScope::stage);
        out.end();
    }
    out.end();
}

void write_flows(JsonSink& out, const Results& r) {
    out.begin_array();
    for (const FlowResult& f : r.flows) {
        out.begin_object();
        out.member("from", f.from);
        out.member("to", f.to);
        write_figures(out, f.figures, MetricScope::flow);
        out.end();
    }
    out.end();
}

void write_by_attribute(JsonSink& out, const Results& r) {
    out.begin_object();
    for (const AttributeResult& a : r.by_attribute) {
        out.key(a.name);
        out.begin_object();
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
            out.member(v.value, std::move(j));
        }
        out.end();
    }
    out.end();
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

void write_by_arrival(JsonSink& out, const Results& r) {
    out.begin_object();
    for (const ArrivalResult& a : r.by_arrival) {
        Json j = Json::object();
        if (!a.label.empty()) j["label"] = a.label;
        if (a.headline) j["headline"] = true;
        put_figures(j, a.figures, MetricScope::arrival);
        j["outcomes"] = outcome_figures_json(r, a.outcomes, MetricScope::arrival_outcome);
        out.member(a.id, std::move(j));
    }
    out.end();
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

// A period at a time, a stage at a time: with a period a day, the periods are
// the largest part of a summary, where memory runs out first.
void write_by_period(JsonSink& out, const Results& r) {
    out.begin_object();
    for (const PeriodResult& p : r.by_period) {
        out.key(p.label);
        out.begin_object();
        out.member("from_day", p.from_day);
        out.member("to_day", p.to_day);
        out.key("stages");
        out.begin_object();
        for (std::size_t s = 0; s < p.stages.size() && s < r.stages.size(); ++s) {
            out.key(r.stages[s].id);
            out.begin_object();
            write_figures(out, p.stages[s], MetricScope::period_stage);
            out.end();
        }
        out.end();
        out.member("outcomes", outcome_figures_json(r, p.outcomes, MetricScope::period_outcome));
        if (!r.measures.empty())
            out.member("measures", figures_by_id(r.measures, p.measures, MetricScope::period_measure));
        out.end();
    }
    out.end();
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

void write_curves(JsonSink& out, const Results& r) {
    out.begin_object();
    out.member("days", r.curves.days);
    out.key("outcomes");
    out.begin_object();
    for (std::size_t o = 0; o < r.outcomes.size() && o < r.curves.reached.size(); ++o) {
        out.member(r.outcomes[o].id, r.curves.reached[o]);
    }
    out.end();
    out.member("still_in_pathway", r.curves.still_in_pathway);
    out.end();
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

// The sections whose items are the model's own (outcomes, stages, flows, groups), written an item at a time.
void write_items(JsonSink& out, const Results& r) {
    out.key("outcomes");
    write_outcomes(out, r);
    out.member("time_in_system_days", whole_figures(r, "time_in_system_days"));
    out.key("stages");
    write_stages(out, r);
    out.key("flows");
    write_flows(out, r);
    Json cost = whole_figures(r, "cost");
    if (!r.currency.empty()) cost["currency"] = r.currency;
    out.member("cost", std::move(cost));
    out.key("by_attribute");
    write_by_attribute(out, r);
    if (r.version_1_1) {
        out.key("by_arrival");
        write_by_arrival(out, r);
        out.key("by_period");
        write_by_period(out, r);
    }
}

void write_summary(JsonSink& out, const Results& r) {
    out.begin_object();
    out.member("format", format_name);
    out.member("model", {{"name", r.model_name}, {"sha256", r.model_sha256}});
    out.member("scenarios", r.scenarios);
    out.member("settings", settings_json(r.settings));
    out.member("cohort", whole_figures(r, "cohort"));
    write_items(out, r);
    if (!r.measures.empty()) out.member("measures", measures_json(r));
    out.member("targets", targets_json(r));
    if (!r.rules.empty()) out.member("rules", rules_json(r.rules));
    out.key("curves");
    write_curves(out, r);
    out.member("manifest", manifest_json(r.manifest));
    out.member("events_processed", r.events);
    out.member("wall_seconds", r.wall_seconds);
    out.end();
}

}  // namespace

Json summary_json(const Results& r) {
    JsonTreeSink tree;
    write_summary(tree, r);
    return tree.take();
}

std::string summary_json_text(const Results& results) {
    std::string text;
    {
        JsonTextSink sink(text);
        write_summary(sink, results);
    }
    text.push_back('\n');
    return text;
}

void write_summary_json(std::ostream& out, const Results& results) {
    JsonTextSink sink(out);
    write_summary(sink, results);
    sink.flush();
    out << '\n';
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
