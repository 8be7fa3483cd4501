// Setting uncertain parameters in a model document.
#include "format/parameter_draw.h"

#include "format/model_paths.h"

namespace pathways {

Json apply_parameter_values(const Json& document, const std::vector<UncertainParameter>& parameters,
                            const std::vector<double>& values) {
    Json drawn = document;
    for (std::size_t i = 0; i < parameters.size() && i < values.size(); ++i) {
        for (const auto& path : parameters[i].paths) {
            // Multipliers apply to the model's own values, whatever other parameters did to them.
            const double current = document.at(Json::json_pointer(path)).get<double>();
            put_number(drawn, path, parameters[i].scale ? values[i] * current : values[i]);
        }
    }
    return drawn;
}

}  // namespace pathways
