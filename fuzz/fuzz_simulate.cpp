// Validate, then simulate and analyse: a model that validates runs without a
// crash. Runs are kept small (few replications, a short horizon, low limits)
// so that each input takes milliseconds.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/absorbing_chain.h"
#include "format/load.h"
#include "run/runner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<pathways::Diagnostic> problems;
    const std::optional<pathways::Json> document = pathways::parse_json_text(text, "fuzz.json", problems);
    if (!document) return 0;
    pathways::LoadResult loaded = pathways::load_model_document(*document, "fuzz.json");
    if (!loaded.ok()) return 0;
    pathways::Model& model = *loaded.model;
    model.simulation.horizon_days = std::min(model.simulation.horizon_days, 200.0);
    model.simulation.warmup_days = std::min(model.simulation.warmup_days, 50.0);
    if (model.simulation.warmup_days >= model.simulation.horizon_days) model.simulation.warmup_days = 0;
    pathways::RunRequest request;
    request.replications = 2;
    request.threads = 1;
    request.options.max_events = 200'000;
    request.options.max_people = 20'000;
    try {
        (void)pathways::run_model(model, request);
    } catch (const pathways::EventLimitExceeded&) {
    } catch (const pathways::PeopleLimitExceeded&) {
    }
    try {
        (void)pathways::analyse_chain(model);
    } catch (const std::invalid_argument&) {  // outside what the chain reading covers
    }
    return 0;
}
