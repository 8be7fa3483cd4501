#include "report/results/sensitivity_read.h"

#include <algorithm>

#include "report/results/sensitivity_output.h"

namespace pathways {

namespace {

const Json& member(const Json& j, const std::string& key, const std::string& pointer) {
    if (!j.is_object() || !j.contains(key)) throw BadSensitivity(pointer + ": missing '" + key + "'");
    return j.at(key);
}

double number(const Json& j, const std::string& key, const std::string& pointer) {
    const Json& v = member(j, key, pointer);
    if (!v.is_number()) throw BadSensitivity(pointer + "/" + key + ": must be a number");
    return v.get<double>();
}

std::optional<double> optional_number(const Json& j, const std::string& key) {
    if (!j.contains(key) || !j.at(key).is_number()) return std::nullopt;
    return j.at(key).get<double>();
}

// Another index of the same parameter ("mu" beside "mu_star"), when the study wrote it.
std::optional<double> index_value(const Json& indices, const std::string& name) {
    if (!indices.contains(name) || !indices.at(name).is_object()) return std::nullopt;
    return optional_number(indices.at(name), "value");
}

Unit unit_named(const std::string& name) {
    for (Unit u : {Unit::share, Unit::days, Unit::people, Unit::places, Unit::money}) {
        if (name == unit_name(u)) return u;
    }
    return Unit::people;
}

std::vector<SensitivityDigest::Importance> importance(const Json& indices, const std::string& index,
                                                      const std::vector<std::pair<std::string, std::string>>& labels) {
    std::vector<SensitivityDigest::Importance> out;
    if (!indices.is_object()) return out;  // "no variation", or none measured
    for (const auto& [id, label] : labels) {
        if (!indices.contains(id) || !indices.at(id).contains(index)) continue;
        const Json& all = indices.at(id);
        const Json& e = all.at(index);
        const Json ci = e.value("ci95", Json::array({0, 0}));
        out.push_back({label, e.value("value", 0.0), ci.at(0).get<double>(), ci.at(1).get<double>(),
                       index_value(all, "mu"), index_value(all, "sigma")});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.value > b.value; });
    return out;
}

SensitivityDigest::Metric metric_of(const Json& m, const std::string& p, const std::string& index,
                                    const std::vector<std::pair<std::string, std::string>>& labels) {
    SensitivityDigest::Metric out;
    out.path = member(m, "path", p).get<std::string>();
    out.label = m.value("label", out.path);
    out.unit = unit_named(m.value("unit", ""));
    out.central = number(m, "central", p);
    out.p5 = number(m, "p5", p);
    out.p50 = number(m, "p50", p);
    out.p95 = number(m, "p95", p);
    out.importance = importance(m.value("indices", Json()), index, labels);
    return out;
}

SensitivityDigest::Scenario scenario_of(const Json& s) {
    SensitivityDigest::Scenario out{s.value("name", ""), {}, {}};
    for (const Json& e : s.value("effects", Json::array()))
        out.effects.push_back({e.value("metric", ""), e.value("central", 0.0), optional_number(e, "p_same_sign"),
                               optional_number(e, "p_rises"), optional_number(e, "p_falls")});
    const Json best = s.value("p_best", Json::object());
    for (const auto& [path, share] : best.items()) out.p_best.emplace_back(path, share.get<double>());
    return out;
}

SensitivityDigest digest_of(const Json& d) {
    if (!d.is_object() || d.value("format", "") != "pathways-sensitivity/1")
        throw BadSensitivity("/format: must be \"pathways-sensitivity/1\"");
    SensitivityDigest out;
    const Json& settings = member(d, "settings", "");
    out.method = settings.value("method", "");
    out.index = out.method == "sobol" ? "ST" : "mu_star";
    out.sampled = out.method != "morris";
    const Json manifest = d.value("manifest", Json::object());
    out.model_sha256 = manifest.value("model_sha256", "");
    out.scenario_sha256 = manifest.value("scenario_sha256", std::vector<std::string>{});
    out.runs = settings.value("runs", std::size_t{0});
    out.replications = settings.value("replications", std::size_t{0});
    out.studies.push_back({out.method, out.runs, out.replications});
    std::vector<std::pair<std::string, std::string>> labels;
    for (const Json& p : member(d, "parameters", "")) {
        const std::string id = p.value("id", "");
        const std::string label = p.value("label", "");
        labels.emplace_back(id, label.empty() ? id : label);
    }
    const Json& metrics = member(d, "metrics", "");
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        const std::string path = metrics.at(i).value("path", "");
        if (path.rfind("effect.", 0) == 0) continue;
        out.metrics.push_back(metric_of(metrics.at(i), "/metrics/" + std::to_string(i), out.index, labels));
    }
    for (const Json& g : d.value("gaps", Json::array()))
        out.gaps.push_back(
            {g.value("path", ""), g.value("label", ""), optional_number(g, "p_first"), optional_number(g, "p_top3")});
    for (const Json& s : d.value("scenarios", Json::array())) out.scenarios.push_back(scenario_of(s));
    return out;
}

}  // namespace

const SensitivityDigest::Metric* SensitivityDigest::find(const std::string& path) const {
    for (const Metric& m : metrics) {
        if (m.path == path) return &m;
    }
    return nullptr;
}

std::size_t SensitivityDigest::calibrated_worlds() const {
    for (const Study& s : studies) {
        if (s.calibrated) return s.runs;
    }
    return 0;
}

SensitivityDigest read_sensitivity_json(const Json& d) {
    try {
        return digest_of(d);
    } catch (const nlohmann::json::exception& e) {  // a member of the wrong type
        throw BadSensitivity(std::string("not a sensitivity study as `pathways sensitivity` writes it: ") + e.what());
    }
}

}  // namespace pathways
