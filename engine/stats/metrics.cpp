#include "stats/metrics.h"

#include <functional>

namespace pathways {

namespace {

using Emit = std::function<void(const std::string& path, double value)>;

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

void outcome_metrics(const Model& model, const ModelIndex& index, const ReplicationStats* s, const Emit& emit) {
    const double cohort = s ? static_cast<double>(s->cohort_size) : 0;
    for (std::size_t slot = 0; slot < index.outcome_stage.size(); ++slot) {
        const std::string base = "outcomes." + model.stages[index.outcome_stage[slot]].id + ".";
        const OutcomeTally* t = s ? &s->outcomes[slot] : nullptr;
        const double count = t ? static_cast<double>(t->count) : 0;
        emit(base + "share", ratio(count, cohort));
        emit(base + "count", count);
        emit(base + "days_to_outcome.mean", t ? ratio(t->days, count) : 0);
        emit(base + "days_to_outcome.p50", t ? t->days_sketch.quantile(0.5) : 0);
        emit(base + "days_to_outcome.p90", t ? t->days_sketch.quantile(0.9) : 0);
    }
    emit("time_in_system_days.mean", s ? ratio(s->time_in_system, static_cast<double>(s->finished)) : 0);
    emit("time_in_system_days.p50", s ? s->time_in_system_sketch.quantile(0.5) : 0);
    emit("time_in_system_days.p90", s ? s->time_in_system_sketch.quantile(0.9) : 0);
}

void gap_timing(const std::string& base, const StageTally* t, const Emit& emit) {
    const QuantileSketch* sketches[] = {t ? &t->when_drop_off : nullptr, t ? &t->when_renege : nullptr,
                                        t ? &t->when_deadline : nullptr, t ? &t->when_wait : nullptr};
    for (std::size_t k = 0; k < 4; ++k) {
        const std::string p = base + "days_since_arrival." + gap_kinds[k] + ".";
        emit(p + "p50", sketches[k] ? sketches[k]->quantile(0.5) : 0);
        emit(p + "p90", sketches[k] ? sketches[k]->quantile(0.9) : 0);
    }
}

void stage_metrics(const Model& model, const ReplicationStats* s, const Emit& emit) {
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        const Stage& stage = model.stages[i];
        if (stage.kind == StageKind::outcome) continue;
        const std::string base = "stages." + stage.id + ".";
        const StageTally* t = s ? &s->stages[i] : nullptr;
        auto count = [&](std::uint64_t StageTally::*field) { return t ? static_cast<double>(t->*field) : 0.0; };
        emit(base + "entries", count(&StageTally::entries));
        emit(base + "mean_wait_days", t ? ratio(t->wait_days, static_cast<double>(t->started)) : 0);
        emit(base + "mean_days_in_stage", t ? ratio(t->stay_days, static_cast<double>(t->exits)) : 0);
        emit(base + "reneged", count(&StageTally::reneged));
        emit(base + "diverted_by_deadline", count(&StageTally::diverted));
        emit(base + "drop_offs_after", count(&StageTally::drop_offs_after));
        emit(base + "mean_occupancy", t ? t->occupancy.mean() : 0);
        emit(base + "waited", count(&StageTally::waited));
        if (stage.kind == StageKind::service) {
            emit(base + "mean_queue_length", t ? t->queue.mean() : 0);
            emit(base + "utilisation", t ? ratio(t->busy.mean(), static_cast<double>(stage.capacity)) : 0);
        }
        gap_timing(base, t, emit);
    }
}

void flow_and_cost_metrics(const Model& model, const ModelIndex& index, const ReplicationStats* s,
                           const Emit& emit) {
    for (std::size_t f = 0; f < index.flow.size(); ++f) {
        const auto& [from, to] = index.flow[f];
        emit("flows." + model.stages[from].id + "." + model.stages[to].id + ".count",
             s ? static_cast<double>(s->flows[f]) : 0);
    }
    emit("cost.total", s ? s->cost_total : 0);
    emit("cost.per_person", s ? ratio(s->cost_cohort, static_cast<double>(s->cohort_size)) : 0);
}

void attribute_metrics(const Model& model, const ModelIndex& index, const ReplicationStats* s, const Emit& emit) {
    const std::uint32_t profiles = model.profile_count();
    for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
        const Attribute& attribute = model.attributes[a];
        for (std::uint32_t v = 0; v < attribute.values.size(); ++v) {
            double cohort = 0, finished = 0, days = 0;
            std::vector<double> outcomes(index.outcome_stage.size(), 0);
            for (std::uint32_t p = 0; s && p < profiles; ++p) {
                if (model.profile_value(p, a) != v) continue;
                const ProfileTally& t = s->profiles[p];
                cohort += static_cast<double>(t.cohort);
                finished += static_cast<double>(t.finished);
                days += t.days;
                for (std::size_t o = 0; o < outcomes.size(); ++o) outcomes[o] += static_cast<double>(t.outcome[o]);
            }
            const std::string base = "by_attribute." + attribute.name + "." + attribute.values[v] + ".";
            emit(base + "cohort", cohort);
            emit(base + "time_in_system_days.mean", ratio(days, finished));
            for (std::size_t o = 0; o < outcomes.size(); ++o) {
                emit(base + "outcomes." + model.stages[index.outcome_stage[o]].id + ".share", ratio(outcomes[o], cohort));
            }
        }
    }
}

void visit_metrics(const Model& model, const ModelIndex& index, const ReplicationStats* s, const Emit& emit) {
    emit("cohort.size", s ? static_cast<double>(s->cohort_size) : 0);
    emit("cohort.unfinished", s ? static_cast<double>(s->unfinished) : 0);
    outcome_metrics(model, index, s, emit);
    stage_metrics(model, s, emit);
    flow_and_cost_metrics(model, index, s, emit);
    attribute_metrics(model, index, s, emit);
}

}  // namespace

MetricLayout::MetricLayout(const Model& model, const ModelIndex& index) {
    visit_metrics(model, index, nullptr, [&](const std::string& path, double) {
        column_.emplace(path, paths_.size());
        paths_.push_back(path);
    });
    for (const Target& t : model.targets) {
        const std::string path = "targets." + t.id + ".value";
        column_.emplace(path, paths_.size());
        paths_.push_back(path);
    }
}

std::optional<std::size_t> MetricLayout::find(const std::string& path) const {
    if (auto it = column_.find(path); it != column_.end()) return it->second;
    return std::nullopt;
}

namespace {

double sum_of(const MetricLayout& layout, const std::vector<double>& row, const std::vector<std::string>& paths) {
    double total = 0;
    for (const auto& p : paths) {
        if (auto c = layout.find(p)) total += row[*c];
    }
    return total;
}

}  // namespace

std::vector<double> measure(const Model& model, const ModelIndex& index, const MetricLayout& layout,
                            const ReplicationStats& stats) {
    std::vector<double> row;
    row.reserve(layout.size());
    visit_metrics(model, index, &stats, [&](const std::string&, double value) { row.push_back(value); });
    for (const Target& t : model.targets) {
        double numerator = sum_of(layout, row, t.numerator);
        row.push_back(t.denominator.empty() ? numerator : ratio(numerator, sum_of(layout, row, t.denominator)));
    }
    return row;
}

}  // namespace pathways
