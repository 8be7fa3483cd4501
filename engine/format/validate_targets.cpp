// Validation targets: published figures the results should reproduce.
#include <algorithm>

#include "format/suggest.h"
#include "format/validate.h"
#include "metrics/metric_layout.h"

namespace pathways {

namespace {

std::optional<std::vector<std::string>> read_metric_paths(Reader& in, const Json& value, const std::string& p) {
    auto paths = in.strings(value, p);
    if (paths && paths->empty()) {
        in.error(p, "must list at least one metric path, got an empty array");
        return std::nullopt;
    }
    return paths;
}

// Either "metric", or "numerator" with "denominator".
bool read_ratio(Reader& in, Target& t, const Json& value, const std::string& p) {
    const Json* metric = Reader::member(value, "metric");
    const Json* numerator = Reader::member(value, "numerator");
    const Json* denominator = Reader::member(value, "denominator");
    if (metric && (numerator || denominator)) {
        in.error(p, "give either 'metric' or 'numerator' and 'denominator', not both");
        return false;
    }
    if (metric) {
        auto path = in.string(*metric, child(p, "metric"));
        if (path) t.numerator = {*path};
        return path.has_value();
    }
    if (!numerator || !denominator) {
        in.error(p, "needs 'metric', or 'numerator' and 'denominator'");
        return false;
    }
    auto n = read_metric_paths(in, *numerator, child(p, "numerator"));
    auto d = read_metric_paths(in, *denominator, child(p, "denominator"));
    t.numerator = n.value_or(std::vector<std::string>{});
    t.denominator = d.value_or(std::vector<std::string>{});
    return n && d;
}

// Whether parameters were tuned to meet the target, and what a run cannot show.
void read_role(LoadContext& c, Target& t, const Json& value, const std::string& p) {
    if (const Json* role = member_1_1(c, value, p, "role")) {
        auto r = c.in.choice(*role, child(p, "role"), {"validation", "calibration"});
        t.role = r == 1u ? TargetRole::calibration : TargetRole::validation;
    }
    if (const Json* note = member_1_1(c, value, p, "status_note"))
        t.status_note = c.in.string(*note, child(p, "status_note")).value_or("");
}

void read_target(LoadContext& c, const std::string& id, const Json& value, const std::string& p) {
    c.in.id(id, p);
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"metric", "numerator", "denominator", "low", "high", "role", "status_note"});
    Target t;
    t.id = id;
    t.label = Reader::text(value, "label");
    t.source = Reader::text(value, "source");
    read_role(c, t, value, p);
    const bool paths = read_ratio(c.in, t, value, p);
    auto lo = c.in.required_number(value, p, "low");
    auto hi = c.in.required_number(value, p, "high");
    if (lo && hi && *lo > *hi)
        c.in.error(child(p, "high"), "must be >= low (" + show_number(*lo) + "), got " + show_number(*hi));
    if (!paths || !lo || !hi) return;
    t.low = *lo;
    t.high = *hi;
    c.model.targets.push_back(std::move(t));
}

// `known`: the model's metric paths, sorted (listing them is most of what a check costs).
void check_path(LoadContext& c, const std::vector<std::string>& known, const Json& value, const std::string& p) {
    if (!value.is_string() || std::binary_search(known.begin(), known.end(), value.get<std::string>())) return;
    const std::string path = value.get<std::string>();
    c.in.error(
        p, "\"" + path + "\" names no statistic of this model's results" + did_you_mean(path, metric_paths(c.model)));
}

}  // namespace

void read_targets(LoadContext& c, const Json& value, const std::string& pointer) {
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        read_target(c, id, member, at);
    });
}

void check_target_paths(LoadContext& c, const Json& targets, const std::string& pointer) {
    if (!targets.is_object()) return;
    std::vector<std::string> known = metric_paths(c.model);
    std::sort(known.begin(), known.end());
    for (const auto& [id, target] : targets.items()) {
        if (Reader::is_free_text(id) || !target.is_object()) continue;
        const std::string p = child(pointer, id);
        if (const Json* metric = Reader::member(target, "metric")) check_path(c, known, *metric, child(p, "metric"));
        for (const char* part : {"numerator", "denominator"}) {
            const Json* list = Reader::member(target, part);
            if (!list || !list->is_array()) continue;
            for (std::size_t i = 0; i < list->size(); ++i) check_path(c, known, (*list)[i], child(child(p, part), i));
        }
    }
}

}  // namespace pathways
