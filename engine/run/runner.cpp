#include "run/runner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace pathways {

namespace {

// What one replication leaves behind once its raw tallies are reduced.
struct ReplicationOutput {
    std::vector<double> metrics;
    std::vector<std::vector<double>> curves;
    std::vector<std::vector<double>> daily;
    std::vector<std::vector<double>> gap_groups;
    std::vector<double> measure_gaps;     // a year
    std::vector<double> period_arrivals;  // by period, every stream
    std::vector<std::vector<double>> gap_days_reached;
    std::vector<double> gap_days_p10;
    std::unique_ptr<VisitObserver> observer;
    std::vector<RuleTally> rules;
    std::uint64_t events = 0;
};

std::vector<double> curve_grid(const Model& model) {
    const double last = std::max(1.0, std::ceil(model.simulation.horizon_days));
    const double step = std::max(1.0, std::ceil(last / 200.0));
    std::vector<double> days;
    for (double d = 0; d <= last; d += step) days.push_back(d);
    return days;
}

// Each gap's timing here: how many it touched by each whole day since arrival
// (empty when none), and the day by which 1 in 10 were touched, by kind.
void gap_timing(const StageTally& t, const std::vector<double>& whole_days, ReplicationOutput& out) {
    for (const QuantileSketch* when : {&t.when_drop_off, &t.when_renege, &t.when_deadline, &t.when_wait}) {
        out.gap_days_reached.push_back(when->count() == 0 ? std::vector<double>{}
                                                          : when->shares_at_most(whole_days, 1.0));
        out.gap_days_p10.push_back(when->quantile(0.1));
    }
}

std::vector<double> whole_days(const Model& model) {
    std::vector<double> days(static_cast<std::size_t>(std::max(1.0, std::ceil(model.simulation.horizon_days))) + 1);
    for (std::size_t d = 0; d < days.size(); ++d) days[d] = static_cast<double>(d);
    return days;
}

ReplicationOutput reduce(const CompiledModel& compiled, const MetricLayout& layout, const std::vector<double>& grid,
                         ReplicationStats& stats) {
    ReplicationOutput out;
    out.metrics = measure(compiled.model, compiled.index, layout, stats);
    const double cohort = static_cast<double>(stats.cohort_size);
    for (const OutcomeTally& t : stats.outcomes) out.curves.push_back(t.days_sketch.shares_at_most(grid, cohort));
    const std::vector<double> days = whole_days(compiled.model);
    for (const StageTally& t : stats.stages) {
        out.daily.push_back(t.occupancy.daily());
        out.gap_groups.emplace_back(t.gap_groups.begin(), t.gap_groups.end());
        gap_timing(t, days, out);
    }
    out.rules = std::move(stats.journey_rules);
    const SimulationSettings& sim = compiled.model.simulation;
    const double years = (sim.horizon_days - sim.warmup_days) / days_a_year;
    for (std::uint64_t n : stats.measures.gaps) out.measure_gaps.push_back(ratio(static_cast<double>(n), years));
    const std::size_t streams = compiled.model.arrivals.size();
    const std::vector<std::uint64_t>& arrivals = stats.periods.arrivals;
    for (std::size_t k = 0; streams > 0 && k * streams < arrivals.size(); ++k) {
        std::uint64_t n = 0;
        for (std::size_t a = 0; a < streams; ++a) n += arrivals[k * streams + a];
        out.period_arrivals.push_back(static_cast<double>(n));
    }
    out.events = stats.events;
    return out;
}

void add_into(std::vector<std::vector<double>>& total, const std::vector<std::vector<double>>& part) {
    if (total.empty()) total.resize(part.size());
    for (std::size_t i = 0; i < part.size(); ++i) {
        if (total[i].size() < part[i].size()) total[i].resize(part[i].size(), 0.0);
        for (std::size_t j = 0; j < part[i].size(); ++j) total[i][j] += part[i][j];
    }
}

class ReplicationBatch {
public:
    ReplicationBatch(const CompiledModel& compiled, const MetricLayout& layout, const std::vector<double>& grid,
                     const RunRequest& request, RunResults& results)
        : compiled_(compiled), layout_(layout), grid_(grid), request_(request), results_(results) {}

    // Runs replications [first, last) on the request's threads; merges them in order.
    void run(std::uint32_t first, std::uint32_t last, std::uint32_t planned) {
        next_ = first;
        last_ = last;
        merged_ = first;
        planned_ = planned;
        std::vector<std::thread> workers;
        const std::uint32_t n = std::max<std::uint32_t>(1, std::min(request_.threads, last - first));
        for (std::uint32_t i = 1; i < n; ++i) workers.emplace_back([this] { work(); });
        work();
        for (auto& w : workers) w.join();
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    void work() {
        for (;;) {
            std::uint32_t r = next_++;
            if (r >= last_) return;
            try {
                ReplicationOutput out = one(r);
                std::lock_guard<std::mutex> lock(mutex_);
                pending_.emplace(r, std::move(out));
                merge_ready();
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex_);
                if (!failure_) failure_ = std::current_exception();
                next_ = last_;
                return;
            }
        }
    }

    ReplicationOutput one(std::uint32_t r) {
        std::unique_ptr<VisitObserver> observer;
        if (request_.observer_for) observer = request_.observer_for(r);
        ReplicationStats stats = run_replication(compiled_, r, request_.options, observer.get());
        ReplicationOutput out = reduce(compiled_, layout_, grid_, stats);
        out.observer = std::move(observer);
        return out;
    }

    // Sums in replication order, whatever order the threads finished in.
    void merge_ready() {
        for (auto it = pending_.find(merged_); it != pending_.end(); it = pending_.find(merged_)) {
            ReplicationOutput& out = it->second;
            results_.replications.push_back(std::move(out.metrics));
            add_into(results_.curves, out.curves);
            add_into(results_.daily_occupancy, out.daily);
            add_into(results_.gap_groups, out.gap_groups);
            add_into(results_.gap_days_reached, out.gap_days_reached);
            results_.gap_days_p10_replications.push_back(std::move(out.gap_days_p10));
            if (!out.measure_gaps.empty()) results_.measure_gap_replications.push_back(std::move(out.measure_gaps));
            if (!out.period_arrivals.empty())
                results_.period_arrival_replications.push_back(std::move(out.period_arrivals));
            results_.observers.push_back(std::move(out.observer));
            if (!out.rules.empty()) results_.rule_tallies.push_back(std::move(out.rules));
            results_.events += out.events;
            pending_.erase(it);
            ++merged_;
            if (request_.progress) request_.progress(merged_, planned_);
        }
    }

    const CompiledModel& compiled_;
    const MetricLayout& layout_;
    const std::vector<double>& grid_;
    const RunRequest& request_;
    RunResults& results_;
    std::atomic<std::uint32_t> next_{0};
    std::uint32_t last_ = 0, merged_ = 0, planned_ = 0;
    std::mutex mutex_;
    std::map<std::uint32_t, ReplicationOutput> pending_;
    std::exception_ptr failure_;
};

void summarise_columns(RunResults& results) {
    const std::size_t columns = results.layout->size();
    results.stats.assign(columns, Stat{});
    std::vector<double> values(results.replications.size());
    for (std::size_t c = 0; c < columns; ++c) {
        for (std::size_t r = 0; r < results.replications.size(); ++r) values[r] = results.replications[r][c];
        results.stats[c] = summarise(values);
    }
}

// Figures kept beside the columns, [replication][figure]: each summarised over the replications.
std::vector<Stat> summarise_rows(const std::vector<std::vector<double>>& rows) {
    std::vector<Stat> out;
    std::vector<double> values(rows.size());
    for (std::size_t i = 0; !rows.empty() && i < rows.front().size(); ++i) {
        for (std::size_t r = 0; r < rows.size(); ++r) values[r] = rows[r][i];
        out.push_back(summarise(values));
    }
    return out;
}

// Auto replications watch the headline metrics: every outcome share (to an
// absolute half-width) and the mean time in the pathway (relative to its mean).
bool precise_enough(const RunResults& results, const AutoReplications& a) {
    const auto& columns = results.layout->columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Metric m = columns[c].metric;
        if (m != Metric::outcome_share && m != Metric::time_mean) continue;
        const Stat& s = results.stats[c];
        const double limit =
            metric_def(m).unit == Unit::share ? a.share_half_width : a.mean_relative * std::fabs(s.mean);
        if (s.half_width() > limit) return false;
    }
    return true;
}

}  // namespace

const Stat& RunResults::stat(const std::string& path) const {
    auto c = layout->find(path);
    if (!c) throw std::out_of_range("no statistic named " + path);
    return stats[*c];
}

std::vector<double> RunResults::column(const std::string& path) const {
    auto c = layout->find(path);
    if (!c) throw std::out_of_range("no statistic named " + path);
    std::vector<double> v;
    for (const auto& row : replications) v.push_back(row[*c]);
    return v;
}

RunResults run_model(const Model& model, const RunRequest& request) {
    RunResults results;
    auto compiled = std::make_shared<CompiledModel>(model);
    results.compiled = compiled;
    results.layout = std::make_shared<MetricLayout>(model, compiled->index);
    results.curve_days = curve_grid(model);
    results.threads = std::max<std::uint32_t>(1, request.threads);
    ReplicationBatch batch(*compiled, *results.layout, results.curve_days, request, results);
    if (!request.automatic) {
        const std::uint32_t first = request.first_replication;
        batch.run(first, first + request.replications, first + request.replications);
        summarise_columns(results);
    } else {
        const AutoReplications& a = *request.automatic;
        std::uint32_t done = 0;
        results.precision_met = false;
        while (done < a.maximum && !results.precision_met) {
            std::uint32_t next = std::min(a.maximum, done + a.batch);
            batch.run(done, next, a.maximum);
            done = next;
            summarise_columns(results);
            results.precision_met = done >= 2 && precise_enough(results, a);
        }
    }
    if (!compiled->journey_rules.empty())
        results.first_violations = trace_first_violations(*compiled, results.rule_tallies, request.options);
    results.measure_gaps = summarise_rows(results.measure_gap_replications);
    results.period_arrivals = summarise_rows(results.period_arrival_replications);
    results.gap_days_p10 = summarise_rows(results.gap_days_p10_replications);
    const double n = static_cast<double>(std::max<std::size_t>(1, results.replications.size()));
    for (auto* means : {&results.curves, &results.daily_occupancy, &results.gap_groups, &results.gap_days_reached})
        for (auto& series : *means)
            for (double& v : series) v /= n;
    return results;
}

}  // namespace pathways
