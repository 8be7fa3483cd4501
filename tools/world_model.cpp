#include "world_model.h"

#include "format/parameter_draw.h"

namespace pathways::cli {

Json world_document(const Json& base, const std::vector<UncertainParameter>& parameters,
                    const std::vector<double>* values, const std::vector<const Json*>& patches) {
    Json document = values ? apply_parameter_values(base, parameters, *values) : base;
    document.erase("uncertainty");
    for (const Json* patch : patches) document.merge_patch(*patch);
    return document;
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
