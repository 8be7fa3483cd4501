#include "model/metric_paths.h"

#include <algorithm>

namespace pathways {

namespace {

// The statistic names, each list the one place it is written down.
const std::vector<std::string> whole_model = {"cohort.size",
                                              "cohort.unfinished",
                                              "time_in_system_days.mean",
                                              "time_in_system_days.p50",
                                              "time_in_system_days.p90",
                                              "cost.total",
                                              "cost.per_person"};
const std::vector<std::string> per_outcome = {"share", "count", "days_to_outcome.mean", "days_to_outcome.p50",
                                              "days_to_outcome.p90"};
const std::vector<std::string> per_stage = {"entries", "mean_wait_days", "mean_days_in_stage", "reneged",
                                            "diverted_by_deadline", "drop_offs_after", "mean_occupancy", "waited",
                                            // When in a journey each kind of gap happens, in days since arrival.
                                            "days_since_arrival.drop_off.p50", "days_since_arrival.drop_off.p90",
                                            "days_since_arrival.renege.p50", "days_since_arrival.renege.p90",
                                            "days_since_arrival.deadline.p50", "days_since_arrival.deadline.p90",
                                            "days_since_arrival.wait.p50", "days_since_arrival.wait.p90"};
const std::vector<std::string> per_service_stage = {"mean_queue_length", "utilisation"};
const std::vector<std::string> per_attribute_value = {"cohort", "time_in_system_days.mean"};

bool listed(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Splits "a.rest" into "a" and "rest"; false when there is no dot.
bool split(const std::string& path, std::string& head, std::string& rest) {
    auto dot = path.find('.');
    if (dot == std::string::npos) return false;
    head = path.substr(0, dot);
    rest = path.substr(dot + 1);
    return true;
}

bool is_outcome(const Model& model, const std::string& id) {
    auto s = model.find_stage(id);
    return s && model.stages[*s].kind == StageKind::outcome;
}

bool stage_path(const Model& model, const std::string& rest) {
    std::string id, stat;
    if (!split(rest, id, stat)) return false;
    auto s = model.find_stage(id);
    if (!s || model.stages[*s].kind == StageKind::outcome) return false;
    return listed(per_stage, stat) || (model.stages[*s].kind == StageKind::service && listed(per_service_stage, stat));
}

bool flow_path(const Model& model, const std::string& rest) {
    std::string from, tail, to, stat;
    if (!split(rest, from, tail) || !split(tail, to, stat) || stat != "count") return false;
    auto a = model.find_stage(from), b = model.find_stage(to);
    return a && b && *a < boost::num_vertices(model.graph) && *b < boost::num_vertices(model.graph) &&
           boost::edge(*a, *b, model.graph).second;
}

bool attribute_path(const Model& model, const std::string& rest) {
    std::string name, tail;
    if (!split(rest, name, tail)) return false;
    for (const auto& a : model.attributes) {
        if (a.name != name) continue;
        for (const auto& v : a.values) {
            if (tail.rfind(v + ".", 0) != 0) continue;
            const std::string stat = tail.substr(v.size() + 1);
            std::string outcomes, outcome_stat, id, share;
            if (listed(per_attribute_value, stat)) return true;
            if (split(stat, outcomes, outcome_stat) && outcomes == "outcomes" && split(outcome_stat, id, share) &&
                share == "share" && is_outcome(model, id))
                return true;
        }
    }
    return false;
}

}  // namespace

bool is_metric_path(const Model& model, const std::string& path) {
    if (listed(whole_model, path)) return true;
    std::string head, rest;
    if (!split(path, head, rest)) return false;
    if (head == "stages") return stage_path(model, rest);
    if (head == "flows") return flow_path(model, rest);
    if (head == "by_attribute") return attribute_path(model, rest);
    std::string id, stat;
    return head == "outcomes" && split(rest, id, stat) && is_outcome(model, id) && listed(per_outcome, stat);
}

std::vector<std::string> metric_paths(const Model& model) {
    std::vector<std::string> out = whole_model;
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        const Stage& s = model.stages[i];
        const bool outcome = s.kind == StageKind::outcome;
        for (const auto& stat : outcome ? per_outcome : per_stage)
            out.push_back((outcome ? "outcomes." : "stages.") + s.id + "." + stat);
        if (s.kind == StageKind::service) {
            for (const auto& stat : per_service_stage) out.push_back("stages." + s.id + "." + stat);
        }
        if (i >= boost::num_vertices(model.graph)) continue;
        std::vector<std::size_t> seen;  // parallel edges share one flow
        for (auto [e, end] = boost::out_edges(i, model.graph); e != end; ++e) {
            const std::size_t to = boost::target(*e, model.graph);
            if (std::find(seen.begin(), seen.end(), to) != seen.end()) continue;
            seen.push_back(to);
            out.push_back("flows." + s.id + "." + model.stages[to].id + ".count");
        }
    }
    for (const auto& a : model.attributes) {
        for (const auto& v : a.values) {
            const std::string base = "by_attribute." + a.name + "." + v + ".";
            for (const auto& stat : per_attribute_value) out.push_back(base + stat);
            for (const auto& s : model.stages) {
                if (s.kind == StageKind::outcome) out.push_back(base + "outcomes." + s.id + ".share");
            }
        }
    }
    return out;
}

}  // namespace pathways
