#include "sensitivity_draws.h"

#include "analysis/gap_ranking.h"
#include "run/results_builder.h"
#include "world_model.h"

namespace pathways::cli {

namespace {

// The headline metrics the study follows: outcome shares, time in the
// pathway, cost per person and targets, and the outcome shares and time of
// each headline arrival stream. The whole cohort's shares move with the mix
// of streams (more approaches from elsewhere, mostly referred on, shrink
// every other share); a stream's own shares say what happens to its people.
bool followed(const Model& model, const MetricColumn& c) {
    const Metric m = c.metric;
    if (m == Metric::arrival_outcome_share || m == Metric::arrival_time_mean)
        return model.arrivals[c.item.slot].headline;
    return m == Metric::outcome_share || m == Metric::time_mean || m == Metric::cost_per_person ||
           m == Metric::target_value;
}

// A target without a denominator is a sum of other metrics, in their unit.
Unit unit_for(const RunResults& run, const MetricColumn& c) {
    if (c.metric != Metric::target_value) return metric_def(c.metric).unit;
    const Target& target = run.compiled->model.targets[c.item.slot];
    if (!target.denominator.empty() || target.numerator.empty()) return Unit::share;
    const auto part = run.layout->find(target.numerator.front());
    return part ? metric_def(run.layout->columns()[*part].metric).unit : Unit::people;
}

StudyMetric metric_of(const RunResults& run, std::size_t column) {
    const MetricColumn& c = run.layout->columns()[column];
    const Model& model = run.compiled->model;
    const std::string label = metric_label(model, run.compiled->index, c.metric, c.item);
    return {run.layout->paths()[column], label, unit_for(run, c), better_for(model, run.compiled->index, c),
            run.stats[column].mean};
}

std::optional<std::size_t> gap_column(const RunResults& run, const Gap& gap) {
    const auto stage = run.compiled->model.find_stage(gap.stage);
    const auto& columns = run.layout->columns();
    for (std::size_t i = 0; stage && i < columns.size(); ++i) {
        if (columns[i].metric == gap_people_metric(gap.kind) && columns[i].item.stage == *stage) return i;
    }
    return std::nullopt;
}

}  // namespace

DrawRunner::DrawRunner(Json base, std::vector<WorldChange> underneath, std::vector<WorldChange> what_ifs,
                       const SimulationOptions& options, std::uint32_t replications)
    : base_(std::move(base)),
      underneath_(std::move(underneath)),
      what_ifs_(std::move(what_ifs)),
      options_(options),
      replications_(replications) {
    Model model = load(base_, 0);
    parameters_ = std::move(model.uncertainty);
    levers_ = std::move(model.levers);
}

Json DrawRunner::document_at(const std::vector<double>* values, std::optional<std::size_t> what_if) const {
    Json document = world_document(base_, parameters_, values, {});
    std::vector<const WorldChange*> changes;
    for (const WorldChange& change : underneath_) changes.push_back(&change);
    if (what_if) changes.push_back(&what_ifs_[*what_if]);
    apply_changes(document, changes, levers_);
    return document;
}

Model DrawRunner::load(const Json& document, std::size_t draw) const {
    return load_world(document, options_, "draw " + std::to_string(draw));
}

DrawRunner::Run DrawRunner::run(const Model& model) const {
    const RunResults results = run_world(model, options_, replications_);
    Run out;
    for (const std::string& path : paths_) {
        const auto column = results.layout->find(path);
        out.has.push_back(column.has_value());
        out.means.push_back(column ? results.stats[*column].mean : 0.0);
    }
    return out;
}

void DrawRunner::follow(std::vector<std::string> paths) {
    paths_ = std::move(paths);
    compared_.assign(what_ifs_.size(), {});
    for (auto& compared : compared_) {
        for (std::size_t p = 0; p < paths_.size(); ++p) compared.push_back(p);
    }
}

std::vector<std::vector<double>> DrawRunner::evaluate_all(DrawSharing& sharing,
                                                          const std::vector<std::vector<double>>& draws,
                                                          unsigned threads) const {
    return sharing.evaluate(draws.size(), threads, [&](std::size_t i) { return evaluate(draws[i], i); });
}

std::vector<double> DrawRunner::evaluate(const std::vector<double>& values, std::size_t draw) const {
    const Run baseline = run(load(document_at(&values), draw));
    std::vector<double> out = baseline.means;
    for (std::size_t w = 0; w < what_ifs_.size(); ++w) {
        const Run what_if = run(load(document_at(&values, w), draw));
        for (std::size_t p : compared_[w]) out.push_back(what_if.means[p] - baseline.means[p]);
    }
    return out;
}

std::vector<StudyMetric> DrawRunner::central(const std::vector<std::string>& what_if_names, std::vector<StudyGap>& gaps,
                                             std::vector<StudyScenario>& scenarios) {
    const Model model = load(document_at(nullptr), 0);
    RunRequest request;
    request.replications = replications_;
    request.threads = options_.threads == 0 ? 1 : options_.threads;
    const RunResults results = run_model(model, request);
    std::vector<StudyMetric> metrics = headline_metrics(model, results, gaps);
    for (std::size_t w = 0; w < what_ifs_.size(); ++w) {
        scenarios.push_back(add_what_if(w, what_if_names[w], metrics));
    }
    return metrics;
}

std::vector<StudyMetric> DrawRunner::headline_metrics(const Model& model, const RunResults& results,
                                                      std::vector<StudyGap>& gaps) {
    std::vector<StudyMetric> metrics;
    for (std::size_t c = 0; c < results.layout->size(); ++c) {
        if (!followed(model, results.layout->columns()[c])) continue;
        metrics.push_back(metric_of(results, c));
        paths_.push_back(results.layout->paths()[c]);
    }
    for (const Gap& gap : analyse_gaps(model, build_results(model, results, {})).gaps) {
        const auto column = gap_column(results, gap);
        if (!column) continue;
        metrics.push_back(metric_of(results, *column));
        gaps.push_back({gap.stage, gap_kind_name(gap.kind), metrics.back().label, metrics.size() - 1});
        paths_.push_back(results.layout->paths()[*column]);
        metrics.back().path = "gaps." + gap.stage + "." + gap_kind_name(gap.kind) + ".people";
    }
    return metrics;
}

// The what-if's effect on every followed metric it has, at the model as written.
StudyScenario DrawRunner::add_what_if(std::size_t w, const std::string& name, std::vector<StudyMetric>& metrics) {
    const Run baseline = run(load(document_at(nullptr), 0));
    const Run what_if = run(load(document_at(nullptr, w), 0));
    StudyScenario scenario{name, "", {}, {}};
    compared_.emplace_back();
    for (std::size_t p = 0; p < paths_.size(); ++p) {
        if (!what_if.has[p]) continue;
        compared_.back().push_back(p);
        scenario.headline.push_back(p);
        scenario.effect.push_back(metrics.size());
        metrics.push_back({"effect." + name + "." + metrics[p].path, "effect of " + name + " on " + metrics[p].label,
                           metrics[p].unit, metrics[p].better, what_if.means[p] - baseline.means[p]});
    }
    return scenario;
}

}  // namespace pathways::cli
