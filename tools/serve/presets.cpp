// The bundled scenarios as the page's presets.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "format/file_bytes.h"
#include "format/json_reader.h"
#include "workbench.h"

namespace pathways::serve {

namespace {

std::optional<Preset> read_preset(const std::string& model_path, const std::filesystem::path& file,
                                  const std::vector<Control>& controls) {
    LoadResult loaded = load_model_file(model_path, {file.string()});
    FileBytes bytes = read_file_bytes(file.string(), max_model_bytes);
    if (!loaded.ok() || !bytes.bytes) return std::nullopt;
    std::vector<Diagnostic> ignored;
    const auto document = parse_json_text(*bytes.bytes, file.string(), ignored);
    Json figures = scenario_values(controls, workbench_controls(loaded));
    // A lever's figure is the value the scenario gives it.
    if (const Json* levers = Reader::member(*document, "levers"))
        for (const auto& [id, value] : levers->items()) figures["values"][child("/levers", id)] = value;
    return Preset{loaded.scenario_descriptions.back(), file.filename().string(),
                  document->value("patch", Json::object()), std::move(figures)};
}

}  // namespace

std::vector<Preset> read_presets(const std::string& model_path, const std::string& dir,
                                 const std::vector<Control>& controls) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (error) std::cerr << "pathways serve: warning: cannot read the scenarios in " << dir << "\n";
    std::sort(files.begin(), files.end());
    std::vector<Preset> presets;
    for (const auto& file : files) {
        if (auto p = read_preset(model_path, file, controls)) {
            presets.push_back(std::move(*p));
        } else {
            std::cerr << "pathways serve: warning: " << file.string()
                      << " does not apply to this model; it is not offered as a preset\n";
        }
    }
    return presets;
}

}  // namespace pathways::serve
