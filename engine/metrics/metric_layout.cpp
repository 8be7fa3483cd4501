#include "metrics/metric_layout.h"

#include <algorithm>

namespace pathways {

namespace {

using S = MetricScope;

// The catalogue as blocks: runs of consecutive entries of one scope.
std::vector<std::vector<Metric>> blocks() {
    std::vector<std::vector<Metric>> out;
    for (const MetricDef& d : metric_catalogue()) {
        if (out.empty() || metric_def(out.back().front()).scope != d.scope) out.emplace_back();
        out.back().push_back(d.metric);
    }
    return out;
}

std::vector<Metric> of_scope(S scope) {
    std::vector<Metric> out;
    for (const MetricDef& d : metric_catalogue()) {
        if (d.scope == scope) out.push_back(d.metric);
    }
    return out;
}

template <typename Add>
void each_stage_column(const Model& model, const std::vector<Metric>& metrics, Add& add) {
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        const StageKind kind = model.stages[s].kind;
        if (kind == StageKind::outcome) continue;
        for (Metric m : metrics) {
            if (!metric_def(m).service_only || kind == StageKind::service) add(m, {s, 0, 0, 0, 0});
        }
    }
}

// Value by value: the value's own metrics, then its share of each outcome.
template <typename Add>
void each_attribute_column(const Model& model, const ModelIndex& index, const std::vector<Metric>& metrics, Add& add) {
    const std::vector<Metric> per_outcome = of_scope(S::attribute_outcome);
    for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
        for (std::uint32_t v = 0; v < model.attributes[a].values.size(); ++v) {
            for (Metric m : metrics) add(m, {0, 0, a, v, 0});
            for (std::uint32_t o = 0; o < index.outcome_stage.size(); ++o) {
                for (Metric m : per_outcome) add(m, {0, 0, a, v, o});
            }
        }
    }
}

// Stream by stream (cohort streams of format 1.1 models): the stream's own
// metrics, then its share of each outcome.
template <typename Add>
void each_arrival_column(const Model& model, const ModelIndex& index, const std::vector<Metric>& metrics, Add& add) {
    if (!model.version_1_1()) return;
    const std::vector<Metric> per_outcome = of_scope(S::arrival_outcome);
    for (std::uint32_t a = 0; a < model.arrivals.size(); ++a) {
        if (!model.arrivals[a].in_cohort) continue;
        for (Metric m : metrics) add(m, {0, 0, a, 0, 0});
        for (std::uint32_t o = 0; o < index.outcome_stage.size(); ++o) {
            for (Metric m : per_outcome) add(m, {0, 0, a, 0, o});
        }
    }
}

// Period by period: every stage, then every outcome.
template <typename Add>
void each_period_column(const Model& model, const ModelIndex& index, const std::vector<Metric>& metrics, Add& add) {
    const std::vector<Metric> per_outcome = of_scope(S::period_outcome);
    for (std::uint32_t k = 0; k < index.periods.size(); ++k) {
        for (StageIndex s = 0; s < model.stages.size(); ++s) {
            if (model.stages[s].kind == StageKind::outcome) continue;
            for (Metric m : metrics) add(m, {s, 0, k, 0, 0});
        }
        for (std::uint32_t o = 0; o < index.outcome_stage.size(); ++o) {
            for (Metric m : per_outcome) add(m, {index.outcome_stage[o], 0, k, 0, o});
        }
    }
}

// Calls add(metric, item) for every column, in order: block by block as the
// catalogue lists them, and within a block item by item.
template <typename Add>
void each_column(const Model& model, const ModelIndex& index, Add add) {
    for (const std::vector<Metric>& metrics : blocks()) {
        const S scope = metric_def(metrics.front()).scope;
        auto all = [&](const MetricItem& item) {
            for (Metric m : metrics) add(m, item);
        };
        switch (scope) {
            case S::whole: all({}); break;
            case S::outcome:
                for (std::uint32_t o = 0; o < index.outcome_stage.size(); ++o)
                    all({index.outcome_stage[o], 0, o, 0, 0});
                break;
            case S::stage: each_stage_column(model, metrics, add); break;
            case S::flow:
                for (std::uint32_t f = 0; f < index.flow.size(); ++f)
                    all({index.flow[f].first, index.flow[f].second, f, 0, 0});
                break;
            case S::attribute_value: each_attribute_column(model, index, metrics, add); break;
            case S::attribute_outcome: break;  // inside attribute_value, value by value
            case S::arrival: each_arrival_column(model, index, metrics, add); break;
            case S::arrival_outcome: break;  // inside arrival, stream by stream
            case S::period_stage: each_period_column(model, index, metrics, add); break;
            case S::period_outcome: break;  // inside period_stage, period by period
            case S::measure:
                for (std::uint32_t m = 0; m < model.measures.size(); ++m) all({0, 0, m, 0, 0});
                break;
            case S::period_measure:
                for (std::uint32_t k = 0; k < index.periods.size(); ++k)
                    for (std::uint32_t m = 0; m < model.measures.size(); ++m) all({0, 0, k, m, 0});
                break;
            case S::target:
                for (std::uint32_t t = 0; t < model.targets.size(); ++t) all({0, 0, t, 0, 0});
                break;
        }
    }
}

double sum_of(const MetricLayout& layout, const std::vector<double>& row, const std::vector<std::string>& paths) {
    double total = 0;
    for (const auto& p : paths) {
        if (auto c = layout.find(p)) total += row[*c];
    }
    return total;
}

}  // namespace

MetricLayout::MetricLayout(const Model& model, const ModelIndex& index) {
    each_column(model, index, [&](Metric m, const MetricItem& item) { add(model, index, m, item); });
    column_.reserve(paths_.size());
    for (std::size_t c = 0; c < paths_.size(); ++c) column_.emplace(paths_[c], c);
}

void MetricLayout::add(const Model& model, const ModelIndex& index, Metric metric, const MetricItem& item) {
    paths_.push_back(metric_path(model, index, metric, item));
    columns_.push_back({metric, item});
}

std::optional<std::size_t> MetricLayout::find(const std::string& path) const {
    if (auto it = column_.find(path); it != column_.end()) return it->second;
    return std::nullopt;
}

std::vector<double> measure(const Model& model, const ModelIndex& index, const MetricLayout& layout,
                            const ReplicationStats& stats) {
    const TallyView view{model, index, stats};
    std::vector<double> row;
    row.reserve(layout.size());
    for (const MetricColumn& c : layout.columns()) {
        const MetricDef& def = metric_def(c.metric);
        row.push_back(def.take ? def.take(view, c.item) : 0.0);
    }
    // Targets last: each divides sums of the columns before it.
    for (std::size_t i = 0; i < layout.size(); ++i) {
        const MetricColumn& c = layout.columns()[i];
        if (c.metric != Metric::target_value) continue;
        const Target& t = model.targets[c.item.slot];
        const double numerator = sum_of(layout, row, t.numerator);
        row[i] = t.denominator.empty() ? numerator : ratio(numerator, sum_of(layout, row, t.denominator));
    }
    return row;
}

std::vector<std::string> metric_paths(const Model& model) {
    const ModelIndex index(model);
    std::vector<std::string> out;
    each_column(model, index, [&](Metric m, const MetricItem& item) {
        if (m != Metric::target_value) out.push_back(metric_path(model, index, m, item));
    });
    return out;
}

bool is_metric_path(const Model& model, const std::string& path) {
    const std::vector<std::string> all = metric_paths(model);
    return std::find(all.begin(), all.end(), path) != all.end();
}

Better better_for(const Model& model, const ModelIndex& index, const MetricColumn& column) {
    const MetricScope scope = metric_def(column.metric).scope;
    if (scope == S::measure || scope == S::period_measure) {
        const Measure& m = model.measures[scope == S::measure ? column.item.slot : column.item.value];
        return m.higher_is_better ? Better::higher : Better::lower;
    }
    if (column.metric != Metric::outcome_share && column.metric != Metric::arrival_outcome_share)
        return metric_def(column.metric).better;
    const StageIndex stage =
        column.metric == Metric::outcome_share ? column.item.stage : index.outcome_stage[column.item.outcome];
    const OutcomeKind kind = model.stages[stage].outcome;
    if (kind == OutcomeKind::settled) return Better::higher;
    if (kind == OutcomeKind::drop_off) return Better::lower;
    return Better::neither;
}

}  // namespace pathways
