// Google Benchmark of the event loop: the benchmark housing network (a
// Jackson network of five stages) for a number of simulated days.
#include <benchmark/benchmark.h>

#include "sim/replication.h"

namespace {

using namespace pathways;

Duration exponential(double mean) { return Duration{DistKind::exponential, mean, 0, 0, {}}; }

Stage stage(const std::string& id, std::uint64_t capacity, double mean, std::vector<Edge> next) {
    Stage s;
    s.id = id;
    s.kind = capacity ? StageKind::service : StageKind::delay;
    s.capacity = capacity;
    s.duration = exponential(mean);
    s.next = std::move(next);
    return s;
}

Model housing_network(double horizon) {
    Model m;
    m.name = "benchmark";
    m.stages = {stage("move_on", 0, 20, {{1, 0.6, {}}, {4, 0.4, {}}}),
                stage("council_assessment", 3, 0.25, {{2, 0.7, {}}, {4, 0.3, {}}}),
                stage("temporary_accommodation", 150, 12, {{3, 0.5, {}}, {4, 0.5, {}}}),
                stage("social_housing_offer", 2, 0.5, {{5, 1.0, {}}}),
                stage("private_rental", 4, 0.3, {{6, 1.0, {}}})};
    for (const char* id : {"social_tenancy", "private_tenancy"}) {
        Stage s;
        s.id = id;
        s.kind = StageKind::outcome;
        s.outcome = OutcomeKind::settled;
        m.stages.push_back(s);
    }
    ArrivalStream a;
    a.id = "decisions";
    a.to = 0;
    a.plan.rate_per_day = 10;
    m.arrivals.push_back(a);
    m.simulation.horizon_days = horizon;
    m.simulation.replications = 1;
    build_graph(m);
    return m;
}

void BM_HousingNetworkReplication(benchmark::State& state) {
    const Model model = housing_network(static_cast<double>(state.range(0)));
    const CompiledModel compiled(model);
    std::uint64_t events = 0;
    std::uint32_t replication = 0;
    for (auto _ : state) {
        ReplicationStats stats = run_replication(compiled, replication++, RunOptions{});
        events += stats.events;
        benchmark::DoNotOptimize(stats.time_in_system);
    }
    state.counters["events_per_second"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_HousingNetworkReplication)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
