#include "report/results_json.h"

namespace pathways {

namespace {

Json stat_at(const RunResults& r, const std::string& path) { return stat_json(r.stat(path)); }

Json outcomes_json(const Model& model, const RunResults& r) {
    Json out = Json::object();
    for (StageIndex s : r.compiled->index.outcome_stage) {
        const Stage& stage = model.stages[s];
        const std::string base = "outcomes." + stage.id + ".";
        Json o = {{"kind", outcome_kind_name(stage.outcome)}};
        if (!stage.label.empty()) o["label"] = stage.label;
        o["share"] = stat_at(r, base + "share");
        o["count"] = stat_at(r, base + "count");
        o["days_to_outcome"] = {{"mean", stat_at(r, base + "days_to_outcome.mean")},
                                {"p50", stat_at(r, base + "days_to_outcome.p50")},
                                {"p90", stat_at(r, base + "days_to_outcome.p90")}};
        out[stage.id] = std::move(o);
    }
    return out;
}

Json stage_json(const Stage& stage, const RunResults& r) {
    const std::string base = "stages." + stage.id + ".";
    Json j = {{"kind", stage_kind_name(stage.kind)}};
    for (const char* name : {"entries", "mean_wait_days", "mean_days_in_stage", "reneged", "diverted_by_deadline",
                             "drop_offs_after", "mean_occupancy"}) {
        j[name] = stat_at(r, base + name);
    }
    if (stage.kind == StageKind::service) {
        j["mean_queue_length"] = stat_at(r, base + "mean_queue_length");
        j["utilisation"] = stat_at(r, base + "utilisation");
    }
    j["waited"] = stat_at(r, base + "waited");
    Json when = Json::object();
    for (const char* kind : gap_kinds) {
        const std::string p = base + "days_since_arrival." + kind + ".";
        when[kind] = {{"p50", stat_at(r, p + "p50")}, {"p90", stat_at(r, p + "p90")}};
    }
    j["days_since_arrival"] = std::move(when);
    return j;
}

Json flows_json(const Model& model, const RunResults& r) {
    Json flows = Json::array();
    for (const auto& [from, to] : r.compiled->index.flow) {
        const std::string& a = model.stages[from].id;
        const std::string& b = model.stages[to].id;
        flows.push_back({{"from", a}, {"to", b}, {"count", stat_at(r, "flows." + a + "." + b + ".count")}});
    }
    return flows;
}

Json by_attribute_json(const Model& model, const RunResults& r) {
    Json out = Json::object();
    for (const Attribute& a : model.attributes) {
        Json values = Json::object();
        for (const std::string& v : a.values) {
            const std::string base = "by_attribute." + a.name + "." + v + ".";
            Json outcomes = Json::object();
            for (StageIndex s : r.compiled->index.outcome_stage) {
                const std::string& id = model.stages[s].id;
                outcomes[id] = {{"share", stat_at(r, base + "outcomes." + id + ".share")}};
            }
            values[v] = {{"cohort", stat_at(r, base + "cohort")},
                         {"outcomes", std::move(outcomes)},
                         {"time_in_system_days", {{"mean", stat_at(r, base + "time_in_system_days.mean")}}}};
        }
        out[a.name] = std::move(values);
    }
    return out;
}

Json targets_json(const Model& model, const RunResults& r) {
    Json out = Json::object();
    for (const Target& t : model.targets) {
        const Stat& value = r.stat("targets." + t.id + ".value");
        Json j = Json::object();
        if (!t.label.empty()) j["label"] = t.label;
        j["value"] = stat_json(value);
        j["low"] = t.low;
        j["high"] = t.high;
        j["status"] = target_status(value, t.low, t.high);
        if (!t.source.empty()) j["source"] = t.source;
        out[t.id] = std::move(j);
    }
    return out;
}

Json curves_json(const Model& model, const RunResults& r) {
    Json outcomes = Json::object();
    std::vector<double> still(r.curve_days.size(), 1.0);
    const auto& slots = r.compiled->index.outcome_stage;
    for (std::size_t o = 0; o < slots.size(); ++o) {
        Json curve = Json::array();
        for (std::size_t k = 0; k < r.curve_days.size(); ++k) {
            double v = o < r.curves.size() ? r.curves[o][k] : 0.0;
            curve.push_back(v);
            still[k] -= v;
        }
        outcomes[model.stages[slots[o]].id] = std::move(curve);
    }
    Json remaining = Json::array();
    for (double v : still) remaining.push_back(std::max(0.0, v));
    return {{"days", r.curve_days}, {"outcomes", std::move(outcomes)}, {"still_in_pathway", std::move(remaining)}};
}

Json manifest_json(const RunProvenance& p) {
    return {{"version", PATHWAYS_VERSION},
            {"model_file", p.model_file},
            {"model_sha256", p.model_sha256},
            {"scenario_files", p.scenario_files},
            {"scenario_sha256", p.scenario_sha256},
            {"command", p.command}};
}

}  // namespace

Json stat_json(const Stat& s) { return {{"mean", s.mean}, {"sd", s.sd}, {"ci95", {s.lo, s.hi}}}; }

std::string target_status(const Stat& value, double low, double high) {
    if (value.mean < low || value.mean > high) return "missed";
    if (value.lo < low || value.hi > high) return "unclear";
    return "met";
}

Json summary_json(const Model& model, const RunResults& r, const RunProvenance& p) {
    Json j;
    j["format"] = "pathways-results/1";
    j["model"] = {{"name", model.name}, {"sha256", p.canonical_sha256}};
    j["scenarios"] = p.scenario_names;
    const auto& sim = model.simulation;
    j["settings"] = {{"seed", sim.seed},
                     {"replications", r.replications.size()},
                     {"horizon_days", sim.horizon_days},
                     {"warmup_days", sim.warmup_days},
                     {"threads", r.threads}};
    if (sim.follow_up_days) j["settings"]["follow_up_days"] = *sim.follow_up_days;
    if (p.auto_replications) j["settings"]["replications_auto"] = {{"precision_met", r.precision_met}};
    j["cohort"] = {{"size", stat_at(r, "cohort.size")}, {"unfinished", stat_at(r, "cohort.unfinished")}};
    j["outcomes"] = outcomes_json(model, r);
    j["time_in_system_days"] = {{"mean", stat_at(r, "time_in_system_days.mean")},
                                {"p50", stat_at(r, "time_in_system_days.p50")},
                                {"p90", stat_at(r, "time_in_system_days.p90")}};
    Json stages = Json::object();
    for (const Stage& s : model.stages) {
        if (s.kind != StageKind::outcome) stages[s.id] = stage_json(s, r);
    }
    j["stages"] = std::move(stages);
    j["flows"] = flows_json(model, r);
    j["cost"] = {{"total", stat_at(r, "cost.total")}, {"per_person", stat_at(r, "cost.per_person")}};
    if (!model.currency.empty()) j["cost"]["currency"] = model.currency;
    j["by_attribute"] = by_attribute_json(model, r);
    j["targets"] = targets_json(model, r);
    j["curves"] = curves_json(model, r);
    j["manifest"] = manifest_json(p);
    j["events_processed"] = r.events;
    j["wall_seconds"] = p.wall_seconds;
    return j;
}

}  // namespace pathways
