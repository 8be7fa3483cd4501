#include "world_model.h"

#include "format/json_reader.h"
#include "format/parameter_draw.h"

namespace pathways::cli {

Json world_document(const Json& base, const std::vector<UncertainParameter>& parameters,
                    const std::vector<double>* values, const std::vector<const Json*>& patches) {
    Json document = values ? apply_parameter_values(base, parameters, *values) : base;
    document.erase("uncertainty");
    for (const Json* patch : patches) document.merge_patch(*patch);
    return document;
}

std::vector<WorldChange> world_changes(const std::vector<std::string>& files) {
    std::vector<WorldChange> out;
    for (const std::string& file : files) {
        const Json scenario = read_json_file(file);
        WorldChange change{scenario.value("patch", Json::object()), {}};
        const Json levers = scenario.value("levers", Json::object());
        for (const auto& [id, value] : levers.items())
            change.levers.push_back({id, value.get<double>(), file, child("/levers", id)});
        out.push_back(std::move(change));
    }
    return out;
}

void apply_changes(Json& document, const std::vector<const WorldChange*>& changes, const std::vector<Lever>& levers) {
    std::vector<LeverValue> values;
    for (const WorldChange* change : changes) {
        document.merge_patch(change->patch);
        values.insert(values.end(), change->levers.begin(), change->levers.end());
    }
    if (values.empty()) return;
    document = apply_levers(document, levers, values);
    // Set: what remains of the levers would be checked against figures they have moved.
    document.erase("levers");
}

Model load_world(const Json& document, const SimulationOptions& options, const std::string& what) {
    LoadResult loaded = load_model_document(document, options.model_path);
    if (!loaded.ok()) {
        for (const Diagnostic& d : loaded.diagnostics) {
            if (d.severity == Diagnostic::Severity::error)
                throw WorldInvalid(what + " gives an invalid model: " + d.to_string());
        }
    }
    Model model = std::move(*loaded.model);
    apply_overrides(model, options);
    return model;
}

RunResults run_world(const Model& model, const SimulationOptions& options, std::uint32_t replications) {
    RunRequest request;
    request.replications = replications;
    request.threads = 1;
    request.options.max_events = options.max_events;
    request.options.max_people = options.max_people;
    return run_model(model, request);
}

}  // namespace pathways::cli
