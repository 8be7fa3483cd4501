// The bundled scenarios as the page's presets.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "format/file_bytes.h"
#include "format/json_reader.h"
#include "format/model_paths.h"
#include "report/text/figures_text.h"
#include "workbench.h"

namespace pathways::serve {

namespace {

// "Deposit scheme ...: 1.15 times today's (the model: 1)", for each lever the scenario sets.
Json lever_strengths(const Json& levers, const std::vector<Control>& lever_controls) {
    Json out = Json::array();
    for (const auto& item : levers.items()) {
        // Named, not bound: clang 14 cannot capture a structured binding in a lambda.
        const std::string& id = item.key();
        const Json& value = item.value();
        const auto c = std::find_if(lever_controls.begin(), lever_controls.end(),
                                    [&id](const Control& l) { return l.lever_id == id; });
        if (c == lever_controls.end() || !value.is_number()) continue;
        // "10%", "£30 a day", "1.15 times today's".
        const auto shown = [&c](double x) {
            std::string figure = text::trimmed(x * c->shown_as, c->decimals);
            if (c->unit == "%") return figure + "%";
            if (c->unit.starts_with("\u00a3")) return "\u00a3" + figure + c->unit.substr(2);
            return figure + " " + c->unit;
        };
        std::string words = c->label;
        if (c->section_label != c->label) {
            words = c->section_label + ": ";
            words.append(1, static_cast<char>(std::tolower(static_cast<unsigned char>(c->label[0]))))
                .append(c->label.substr(1));
        }
        words.append(": ").append(shown(value.get<double>()));
        words.append(" (the model as it stands: ").append(shown(c->value)).append(")");
        out.push_back(std::move(words));
    }
    return out;
}

std::optional<Preset> read_preset(const NamedText& model, const std::filesystem::path& file,
                                  const std::vector<Control>& controls, const std::vector<Control>& levers) {
    FileBytes bytes = read_file_bytes(file.string(), max_model_bytes);
    if (!bytes.bytes) return std::nullopt;
    const LoadResult loaded = load_model_text(model, {{file.string(), *bytes.bytes}});
    if (!loaded.ok()) return std::nullopt;
    std::vector<Diagnostic> ignored;
    auto document = parse_json_text(*bytes.bytes, file.string(), ignored);
    const Json* set = Reader::member(*document, "levers");
    // The figures as the scenario's patch leaves them, before its levers move them:
    // the page sends the levers beside the patch, and they apply after it.
    Json figures;
    if (set) {
        Json patch_only = *document;
        patch_only.erase("levers");
        figures =
            scenario_values(controls, workbench_controls(load_model_text(model, {{file.string(), patch_only.dump()}})));
        for (const auto& [id, value] : set->items()) figures["values"][child("/levers", id)] = value;
        figures["levers"] = lever_strengths(*set, levers);
    } else {
        figures = scenario_values(controls, workbench_controls(loaded));
    }
    return Preset{loaded.scenario_descriptions.back(), file.filename().string(),
                  document->value("patch", Json::object()), std::move(figures)};
}

}  // namespace

std::vector<Preset> read_presets(const NamedText& model, const std::string& dir, const std::vector<Control>& controls,
                                 const std::vector<Control>& levers) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (error) std::cerr << "pathways serve: warning: cannot read the scenarios in " << dir << "\n";
    std::sort(files.begin(), files.end());
    std::vector<Preset> presets;
    for (const auto& file : files) {
        if (auto p = read_preset(model, file, controls, levers)) {
            presets.push_back(std::move(*p));
        } else {
            std::cerr << "pathways serve: warning: " << file.string()
                      << " does not apply to this model; it is not offered as a preset\n";
        }
    }
    return presets;
}

}  // namespace pathways::serve
