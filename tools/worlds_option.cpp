#include "worlds_option.h"

#include <filesystem>

#include "format/uncertainty_hash.h"
#include "report/results/worlds_csv.h"

namespace pathways::cli {

namespace {

std::vector<UncertainParameter> parameters_of(const std::string& model_path) {
    LoadResult loaded = load_model_document(read_json_file(model_path), model_path);
    if (!loaded.model) throw UsageError(model_path + ": the model does not load");
    if (loaded.model->uncertainty.empty())
        throw UsageError(model_path + ": /uncertainty: the model lists no uncertain parameters for --worlds to set");
    return loaded.model->uncertainty;
}

// calibration.json beside the worlds, when the calibration wrote one.
std::optional<Json> calibration_beside(const std::string& file) {
    const auto path = std::filesystem::path(file).parent_path() / "calibration.json";
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    return read_json_file(path.string());
}

}  // namespace

PlausibleWorlds read_worlds_option(const std::string& file, const std::string& model_path) {
    PlausibleWorlds out;
    out.file = file;
    out.parameters = parameters_of(model_path);
    const std::string text = read_file(file, max_worlds_file_bytes);
    try {
        out.values = read_worlds_csv(text, out.parameters, uncertainty_sha256(out.parameters));
    } catch (const WorldsFileProblem& problem) {
        throw UsageError(file + ": " + problem.what());
    }
    out.calibration = calibration_beside(file);
    return out;
}

}  // namespace pathways::cli
