// Google Benchmark of the event loop: the benchmark housing network (a
// Jackson network of five stages) for a number of simulated days, built here
// and as bench/housing-network.json, and one replication of the reference
// model, whose many small replications are what sweeps run. Each reports
// events per second and nanoseconds per event, so that the models' ratio can
// be read from one run on one build:
//   build/bench/engine_benchmark --benchmark_filter='File|Reference'
//       --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>

#include "format/file_bytes.h"
#include "format/load.h"
#include "run/runner.h"
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
                stage("social_housing_offer", 2, 0.5, {{5, 1.0, {}}}), stage("private_rental", 4, 0.3, {{6, 1.0, {}}})};
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
    index_stages(m);
    return m;
}

// Events per second, and nanoseconds per event (the inverse rate, in seconds).
void count_events(benchmark::State& state, std::uint64_t events) {
    const auto n = static_cast<double>(events);
    state.counters["events_per_second"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
    state.counters["seconds_per_event"] =
        benchmark::Counter(n, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Runs one replication of the model per iteration, each with its own streams.
void replicate(benchmark::State& state, const Model& model) {
    const CompiledModel compiled(model);
    std::uint64_t events = 0;
    std::uint32_t replication = 0;
    for (auto _ : state) {
        ReplicationStats stats = run_replication(compiled, replication++, RunOptions{});
        events += stats.events;
        benchmark::DoNotOptimize(stats.time_in_system);
    }
    count_events(state, events);
}

void BM_HousingNetworkReplication(benchmark::State& state) {
    replicate(state, housing_network(static_cast<double>(state.range(0))));
}
BENCHMARK(BM_HousingNetworkReplication)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// A model file of the repository, loaded and checked as `pathways simulate` does.
Model model_file(const std::string& relative) {
    const std::string path = std::string(PATHWAYS_SOURCE_DIR) + "/" + relative;
    LoadResult loaded = load_model_file(path);
    if (!loaded.ok()) throw std::runtime_error(path + ": does not load");
    return std::move(*loaded.model);
}

Model reference_model() { return model_file("models/hackney.json"); }

// The benchmark model as its file gives it (100,000 days, about 4 million
// events): the engine alone, one replication per iteration.
void BM_BenchmarkFileReplication(benchmark::State& state) {
    replicate(state, model_file("bench/housing-network.json"));
}
BENCHMARK(BM_BenchmarkFileReplication)->Unit(benchmark::kMillisecond);

// The engine alone: one replication of the reference model, as many as fit.
void BM_ReferenceModelReplication(benchmark::State& state) { replicate(state, reference_model()); }
BENCHMARK(BM_ReferenceModelReplication)->Unit(benchmark::kMillisecond);

// The reference model in format 1.2 with `rules` journey rules of the `enter`
// and `in` forms, each of which holds in the reference model (so every check
// runs to the end of every journey, and no replication is run again for a
// trace). With 0 it is the same model in format 1.2 without rules.
Model reference_model_with_rules(std::size_t rules) {
    const std::string path = std::string(PATHWAYS_SOURCE_DIR) + "/models/hackney.json";
    Json document = Json::parse(read_file_bytes(path, max_model_bytes).bytes.value());
    document["format"] = "pathways/1.2";
    const Json all = Json::parse(R"({
      "main_duty_after_relief": {"enter": ["main_duty_ta"], "requires": {"visited": ["relief_ended"]}},
      "relief_ends_after_relief": {"enter": ["relief_ended"], "requires": {"visited": ["relief"]}},
      "relief_help_after_relief": {"enter": ["interim_ta", "relief_search"], "requires": {"visited": ["relief"]}},
      "evicted_by_the_clock": {"enter": ["evicted_unhoused"],
                               "requires": {"deadline_fired": ["move_on_ends", "move_on_ends_56"]}},
      "social_wait_after_a_duty": {"enter": ["social_wait"], "requires": {"visited": ["main_duty_ta", "supported"]}},
      "move_on_from_ta_after_waiting": {"enter": ["ta_move_on"], "requires": {"visited": ["social_wait"]}},
      "families_not_in_single_move_on": {"enter": ["move_on_single"], "when": {"household": "family"},
                                         "forbids": {"visited": ["decision"]}},
      "relief_ends_on_time": {"in": ["interim_ta", "relief_search"], "not_after_deadline": "relief_duty_ends"},
      "prevention_ends_on_time": {"in": ["prevention"], "not_after_deadline": "prevention_duty_ends"},
      "move_on_ends_on_time": {"in": ["documents", "move_on_single", "move_on_family", "rns_casework"],
                               "not_after_deadline": "move_on_ends"}
    })");
    Json chosen = Json::object();
    for (const auto& [id, rule] : all.items()) {
        if (chosen.size() == rules) break;
        chosen[id] = rule;
        chosen[id]["label"] = id;
        chosen[id]["source"] = "benchmark";
    }
    if (rules > 0) document["rules"] = chosen;
    LoadResult loaded = load_model_document(document, path);
    if (!loaded.ok()) throw std::runtime_error(path + " with rules: does not load");
    return std::move(*loaded.model);
}

// The reference model's engine with and without journey rules: run with
// --benchmark_enable_random_interleaving=true to compare the two.
void BM_ReferenceModelRules(benchmark::State& state) {
    replicate(state, reference_model_with_rules(static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(BM_ReferenceModelRules)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond);

// What a sweep pays per replication: the engine plus reducing its tallies to
// metrics and outcome curves, 30 replications on one thread.
void run_whole(benchmark::State& state, const Model& model, std::uint32_t replications) {
    RunRequest request;
    request.replications = replications;
    request.threads = 1;
    std::uint64_t events = 0;
    for (auto _ : state) {
        RunResults results = run_model(model, request);
        events += results.events;
        benchmark::DoNotOptimize(results.stats.data());
    }
    count_events(state, events);
}

void BM_ReferenceModelRun(benchmark::State& state) {
    run_whole(state, reference_model(), static_cast<std::uint32_t>(state.range(0)));
}
BENCHMARK(BM_ReferenceModelRun)->Arg(30)->Unit(benchmark::kMillisecond);

// The benchmark model's file as `simulate` runs it, reduced to metrics and curves.
void BM_BenchmarkFileRun(benchmark::State& state) { run_whole(state, model_file("bench/housing-network.json"), 1); }
BENCHMARK(BM_BenchmarkFileRun)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
