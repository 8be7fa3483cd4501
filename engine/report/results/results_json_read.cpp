// The one reader of summary.json (for `render --results`): tolerant of figures
// a summary from another run or version lacks (they read as 0).
#include "report/results/results_json.h"
#include "report/results/results_json_detail.h"
#include "report/results/rules_json.h"

namespace pathways {

namespace {

using summary_detail::place_of;

const Json& member(const Json& j, const std::string& key) {
    static const Json none;
    if (!j.is_object()) return none;
    auto it = j.find(key);
    return it == j.end() ? none : *it;
}

double number_of(const Json& j) { return j.is_number() ? j.get<double>() : 0.0; }
std::string text_of(const Json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

// An item's figures (an outcome, a stage, ...): each at its catalogue name below the item.
void get_figures(const Json& j, Figures& f, MetricScope scope) {
    if (!j.is_object()) return;
    for (const MetricDef& d : metric_catalogue()) {
        if (d.scope != scope) continue;
        const summary_detail::Place at = place_of(d);
        if (j.contains(at.pointer)) f.set(d.metric, stat_from_json(j.at(at.pointer)));
    }
}

StageKind stage_kind_of(const std::string& name) {
    for (StageKind k : {StageKind::delay, StageKind::service, StageKind::supply}) {
        if (name == stage_kind_name(k)) return k;
    }
    return StageKind::delay;
}

OutcomeKind outcome_kind_of(const std::string& name) {
    for (OutcomeKind k : {OutcomeKind::settled, OutcomeKind::drop_off}) {
        if (name == outcome_kind_name(k)) return k;
    }
    return OutcomeKind::neutral;
}

void read_items(const Json& j, Results& r) {
    for (const auto& [id, o] : member(j, "outcomes").items()) {
        OutcomeResult out{id, text_of(member(o, "label")), outcome_kind_of(text_of(member(o, "kind"))), {}};
        get_figures(o, out.figures, MetricScope::outcome);
        r.outcomes.push_back(std::move(out));
    }
    for (const auto& [id, s] : member(j, "stages").items()) {
        StageResult stage{id, stage_kind_of(text_of(member(s, "kind"))), {}, {}, {}, {}, {}};
        get_figures(s, stage.figures, MetricScope::stage);
        r.stages.push_back(std::move(stage));
    }
    const Json& flows = member(j, "flows");
    for (std::size_t i = 0; flows.is_array() && i < flows.size(); ++i) {
        FlowResult f{text_of(member(flows[i], "from")), text_of(member(flows[i], "to")), {}};
        get_figures(flows[i], f.figures, MetricScope::flow);
        r.flows.push_back(std::move(f));
    }
}

std::vector<double> numbers_of(const Json& j) {
    std::vector<double> out;
    for (std::size_t i = 0; j.is_array() && i < j.size(); ++i) out.push_back(number_of(j[i]));
    return out;
}

std::vector<std::string> texts_of(const Json& j) {
    std::vector<std::string> out;
    for (std::size_t i = 0; j.is_array() && i < j.size(); ++i) out.push_back(text_of(j[i]));
    return out;
}

void read_by_attribute(const Json& j, Results& r) {
    for (const auto& [name, values] : member(j, "by_attribute").items()) {
        AttributeResult a{name, {}};
        for (const auto& [value, group] : values.items()) {
            AttributeValueResult v{value, {}, std::vector<Figures>(r.outcomes.size())};
            get_figures(group, v.figures, MetricScope::attribute_value);
            for (std::size_t o = 0; o < r.outcomes.size(); ++o) {
                get_figures(member(member(group, "outcomes"), r.outcomes[o].id), v.outcomes[o],
                            MetricScope::attribute_outcome);
            }
            a.values.push_back(std::move(v));
        }
        r.by_attribute.push_back(std::move(a));
    }
}

std::vector<Figures> outcome_figures(const Json& j, const Results& r, MetricScope scope) {
    std::vector<Figures> out(r.outcomes.size());
    for (std::size_t o = 0; o < r.outcomes.size(); ++o) get_figures(member(j, r.outcomes[o].id), out[o], scope);
    return out;
}

// Format 1.1 sections: present only in summaries of 1.1 models.
void read_arrivals_and_periods(const Json& j, Results& r) {
    r.version_1_1 = j.contains("by_arrival");
    for (const auto& [id, a] : member(j, "by_arrival").items()) {
        ArrivalResult out{id,
                          text_of(member(a, "label")),
                          {},
                          outcome_figures(member(a, "outcomes"), r, MetricScope::arrival_outcome),
                          a.is_object() && a.value("headline", false)};
        get_figures(a, out.figures, MetricScope::arrival);
        r.by_arrival.push_back(std::move(out));
    }
    for (const auto& [label, p] : member(j, "by_period").items()) {
        PeriodResult out{label,
                         number_of(member(p, "from_day")),
                         number_of(member(p, "to_day")),
                         std::vector<Figures>(r.stages.size()),
                         outcome_figures(member(p, "outcomes"), r, MetricScope::period_outcome),
                         std::vector<Figures>(r.measures.size()),
                         std::nullopt};  // summary.json holds no arrivals by period
        for (std::size_t s = 0; s < r.stages.size(); ++s)
            get_figures(member(member(p, "stages"), r.stages[s].id), out.stages[s], MetricScope::period_stage);
        for (std::size_t m = 0; m < r.measures.size(); ++m)
            get_figures(member(member(p, "measures"), r.measures[m].id), out.measures[m], MetricScope::period_measure);
        r.by_period.push_back(std::move(out));
    }
}

// Format 1.2: present only in summaries of models with measures.
void read_measure_results(const Json& j, Results& r) {
    for (const auto& [id, m] : member(j, "measures").items()) {
        MeasureResult out{id,
                          text_of(member(m, "label")),
                          text_of(member(m, "better")) == "higher",
                          m.is_object() && m.value("headline", false),
                          {},
                          {}};
        get_figures(m, out.figures, MetricScope::measure);
        r.measures.push_back(std::move(out));
    }
}

TargetRole role_of(const std::string& name) {
    return name == target_role_name(TargetRole::calibration) ? TargetRole::calibration : TargetRole::validation;
}

void read_targets(const Json& j, Results& r) {
    for (const auto& [id, t] : member(j, "targets").items()) {
        r.targets.push_back({id, text_of(member(t, "label")), text_of(member(t, "source")),
                             stat_from_json(member(t, "value")), number_of(member(t, "low")),
                             number_of(member(t, "high")), text_of(member(t, "status")),
                             role_of(text_of(member(t, "role"))), text_of(member(t, "status_note")),
                             text_of(member(t, "unclear_because"))});
    }
}

void read_curves(const Json& j, Results& r) {
    const Json& curves = member(j, "curves");
    r.curves.days = numbers_of(member(curves, "days"));
    for (const OutcomeResult& o : r.outcomes)
        r.curves.reached.push_back(numbers_of(member(member(curves, "outcomes"), o.id)));
    r.curves.still_in_pathway = numbers_of(member(curves, "still_in_pathway"));
}

void read_settings(const Json& j, Results& r) {
    const Json& s = member(j, "settings");
    r.settings.seed = static_cast<std::uint64_t>(number_of(member(s, "seed")));
    r.settings.replications = static_cast<std::size_t>(number_of(member(s, "replications")));
    r.settings.horizon_days = number_of(member(s, "horizon_days"));
    r.settings.warmup_days = number_of(member(s, "warmup_days"));
    const Json& m = member(j, "manifest");
    r.manifest = {text_of(member(m, "version")),         text_of(member(m, "model_file")),
                  text_of(member(m, "model_sha256")),    text_of(member(m, "command")),
                  texts_of(member(m, "scenario_files")), texts_of(member(m, "scenario_sha256"))};
}

}  // namespace

Stat stat_from_json(const Json& j) {
    Stat s;
    s.mean = number_of(member(j, "mean"));
    s.sd = number_of(member(j, "sd"));
    const Json& ci = member(j, "ci95");
    bool interval = ci.is_array() && ci.size() == 2;
    s.lo = interval ? number_of(ci[0]) : s.mean;
    s.hi = interval ? number_of(ci[1]) : s.mean;
    return s;
}

Results read_summary_json(const Json& j) {
    if (!j.is_object() || text_of(member(j, "format")) != summary_detail::format_name) {
        throw BadSummary(std::string("/format: must be \"") + summary_detail::format_name +
                         "\" (a summary written by 'pathways simulate --out')");
    }
    Results r;
    r.model_name = text_of(member(member(j, "model"), "name"));
    r.model_sha256 = text_of(member(member(j, "model"), "sha256"));
    r.scenarios = texts_of(member(j, "scenarios"));
    read_settings(j, r);
    // Each whole-run figure from its section, as the catalogue places it.
    for (const MetricDef& d : metric_catalogue()) {
        if (d.scope != MetricScope::whole) continue;
        const summary_detail::Place at = place_of(d);
        const Json& section = member(j, at.section);
        if (section.is_object() && section.contains(at.pointer))
            r.whole.set(d.metric, stat_from_json(section.at(at.pointer)));
    }
    r.currency = text_of(member(member(j, "cost"), "currency"));
    read_items(j, r);
    read_by_attribute(j, r);
    read_measure_results(j, r);
    read_arrivals_and_periods(j, r);
    read_targets(j, r);
    r.rules = rules_from_json(member(j, "rules"));
    read_curves(j, r);
    r.events = static_cast<std::uint64_t>(number_of(member(j, "events_processed")));
    r.wall_seconds = number_of(member(j, "wall_seconds"));
    return r;
}

}  // namespace pathways
